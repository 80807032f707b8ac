import type { AuditFilter } from '../../api/audit';

// Only these keys travel in the URL: ids, dossier references, dates and codes, never personal data.
const FILTER_KEYS = [
  'userId',
  'event',
  'purpose',
  'role',
  'clientRef',
  'subjectType',
  'subjectId',
  'from',
  'to',
  'action',
  'outcome',
  'emergency',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

export const EMPTY_FILTER: FilterValues = {
  userId: '',
  event: '',
  purpose: '',
  role: '',
  clientRef: '',
  subjectType: '',
  subjectId: '',
  from: '',
  to: '',
  action: '',
  outcome: '',
  emergency: '',
};

export function filterFromParams(params: URLSearchParams): FilterValues {
  const values = { ...EMPTY_FILTER };
  for (const key of FILTER_KEYS) values[key] = params.get(key) ?? '';
  return values;
}

export function pageFromParams(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

export function paramsFromFilter(values: FilterValues, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key].trim();
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

export function apiFilter(values: FilterValues, page: number): AuditFilter {
  const filter: AuditFilter = { page: String(page) };
  for (const key of FILTER_KEYS) {
    const value = values[key].trim();
    if (value) filter[key] = value;
  }
  return filter;
}
