// The family timeline: /api/families/:familyId/timeline (the newest `limit` events, optionally filtered by kind).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import { timelineKindValues } from './schema';

export const TIMELINE_KINDS = timelineKindValues;
export type TimelineKind = Schema<'TimelineKind'>;
export type TimelineLink = Schema<'TimelineLink'>;
export type TimelineEvent = Schema<'TimelineEvent'>;
export type Timeline = Schema<'Timeline'>;

/** How many events the page asks for first, and how many more each "show older" adds (the API's default). */
export const TIMELINE_STEP = 50;
/** The most the API answers in one go. */
export const TIMELINE_MAX = 500;

export function useTimeline(familyId: string, kinds: readonly TimelineKind[] = [], limit = TIMELINE_STEP) {
  return useQuery({
    queryKey: ['timeline', familyId, [...kinds], limit],
    queryFn: () =>
      read(
        client.GET('/api/families/{familyId}/timeline', {
          params: { path: { familyId }, query: { kinds: kinds.length > 0 ? kinds.join(',') : undefined, limit } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
