// Neighbourhood patterns (suppressed aggregates) and collective activities: /api/insights.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type Pattern = Schema<'NeighbourhoodPattern'>;
export type PatternCell = Pattern['rows'][number]['cells'][number];
export type PatternTotal = Pattern['total'];
export type Activity = Schema<'CollectiveActivity'>;
export type NewActivity = Schema<'NewCollectiveActivityInput'>;

export function usePatternMunicipalities() {
  return useQuery({
    queryKey: ['insights', 'municipalities'],
    queryFn: () => read(client.GET('/api/insights/municipalities')),
  });
}

export function usePattern(query: { municipality: string; measure: Pattern['measure']; month: string }) {
  return useQuery({
    queryKey: ['insights', 'pattern', query],
    enabled: query.municipality !== '',
    placeholderData: keepPreviousData,
    queryFn: () => read(client.GET('/api/insights/patterns', { params: { query } })),
  });
}

export function useActivities(municipality: string) {
  return useQuery({
    queryKey: ['insights', 'activities', municipality],
    enabled: municipality !== '',
    queryFn: () => read(client.GET('/api/insights/activities', { params: { query: { municipality } } })),
  });
}

export function useRegisterActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewActivity) => read(client.POST('/api/insights/activities', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['insights', 'activities'] }),
  });
}
