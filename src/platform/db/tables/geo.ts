// Postcode areas: reference geography for routing and distances (migration 008).
export const POSTCODE_SOURCES = ['demo', 'cbs', 'pdok'] as const;
export type PostcodeSource = (typeof POSTCODE_SOURCES)[number];

export interface PostcodeAreaTable {
  postcode: string;
  municipality_code: string;
  neighbourhood_code: string | null;
  latitude: number;
  longitude: number;
  source: PostcodeSource;
}
