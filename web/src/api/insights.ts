// Neighbourhood patterns (suppressed aggregates) and collective activities: /api/insights.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';

export interface PatternCell {
  kind: 'value' | 'primary' | 'secondary';
  value: number | null;
}
export interface PatternTotal {
  value: number;
  partial: boolean;
}
export interface Pattern {
  municipality: { code: string; name: string };
  measure: 'signals' | 'outreach';
  month: string;
  months: string[];
  threshold: number;
  columns: string[];
  rows: Array<{ code: string; name: string; cells: PatternCell[]; total: PatternTotal }>;
  columnTotals: PatternTotal[];
  total: PatternTotal;
  /** Outreach only: evictions prevented per row — a subset of the outcomes, so never added to their totals. */
  evictionsPrevented: { cells: PatternCell[]; total: PatternTotal } | null;
  trend: Array<{ month: string; total: PatternTotal }>;
}
export interface Activity {
  id: string;
  teamName: string;
  neighbourhoodName: string | null;
  category: string | null;
  title: string;
  description: string | null;
  startsOn: string;
  endsOn: string | null;
  participants: number | null;
}
export interface NewActivity {
  teamId: string;
  neighbourhoodCode?: string;
  category?: string;
  title: string;
  description?: string;
  startsOn: string;
  endsOn?: string;
  participants?: number;
}

export function usePatternMunicipalities() {
  return useQuery({
    queryKey: ['insights', 'municipalities'],
    queryFn: () => api.get<{ items: Array<{ code: string; name: string }> }>('/api/insights/municipalities'),
  });
}

export function usePattern(query: { municipality: string; measure: string; month: string }) {
  return useQuery({
    queryKey: ['insights', 'pattern', query],
    enabled: query.municipality !== '',
    placeholderData: keepPreviousData,
    queryFn: () => api.get<Pattern>(withQuery('/api/insights/patterns', query)),
  });
}

export function useActivities(municipality: string) {
  return useQuery({
    queryKey: ['insights', 'activities', municipality],
    enabled: municipality !== '',
    queryFn: () =>
      api.get<{ items: Activity[]; teams: Array<{ id: string; name: string }> }>(
        withQuery('/api/insights/activities', { municipality }),
      ),
  });
}

export function useRegisterActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewActivity) => api.post<{ id: string }>('/api/insights/activities', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['insights', 'activities'] }),
  });
}
