// Outcome indicators (suppressed aggregates): /api/insights/outcomes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type OutcomeReport = Schema<'OutcomeReport'>;
export type OutcomeOptions = Schema<'OutcomeOptions'>;
export type ContractOutcomes = Schema<'ContractOutcomes'>;
export type IndicatorKey = Schema<'OutcomeIndicatorKey'>;
export type LevelOfHelp = Schema<'LevelOfHelp'>;
export type OutcomeSettings = Schema<'OutcomeSettings'>;
export type OutcomeSettingsBody = Schema<'OutcomeSettingsBody'>;
export type Informant = 'youth' | 'parent';
export type OutcomeFigure = OutcomeReport['rows'][number]['figures'][IndicatorKey];
export type OutcomeQuery = {
  scope: 'municipality' | 'region';
  code: string;
  period: string;
  groupBy?: OutcomeReport['groupBy'];
  provider?: string;
  team?: string;
  entryPoint?: string;
  level?: LevelOfHelp;
  pilot?: string;
  informant?: Informant | '';
};

export function useOutcomeOptions(scope: 'municipality' | 'region', code: string) {
  return useQuery({
    queryKey: ['outcomes', 'options', scope, code],
    enabled: code !== '',
    queryFn: () => read(client.GET('/api/insights/outcomes/options', { params: { query: { scope, code } } })),
  });
}

/** Drops empty filters, so the URL and the cache key hold only what was chosen. */
function clean(q: OutcomeQuery) {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== '')) as OutcomeQuery;
}

export function useOutcomes(q: OutcomeQuery, enabled = true) {
  const query = clean(q);
  return useQuery({
    queryKey: ['outcomes', 'report', query],
    enabled: enabled && q.code !== '' && q.period !== '',
    placeholderData: keepPreviousData,
    queryFn: () =>
      read(
        client.GET('/api/insights/outcomes', {
          params: { query: query as never },
        }),
      ),
  });
}

export function useContractOutcomes(q: { scope: 'municipality' | 'region'; code: string; period: string }) {
  return useQuery({
    queryKey: ['outcomes', 'contracts', q],
    enabled: q.code !== '' && q.period !== '',
    placeholderData: keepPreviousData,
    queryFn: () => read(client.GET('/api/insights/outcomes/contracts', { params: { query: q } })),
  });
}

/** The municipality's measuring choices (drop-out definition, look-back window, publication). */
export function useOutcomeSettings(municipality: string) {
  return useQuery({
    queryKey: ['outcomes', 'settings', municipality],
    enabled: municipality !== '',
    queryFn: () =>
      read(client.GET('/api/insights/outcomes/settings/{municipality}', { params: { path: { municipality } } })),
  });
}

/** Changes them; the figures are read again, since their definitions follow. */
export function useSaveOutcomeSettings(municipality: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutcomeSettingsBody) =>
      read(client.PUT('/api/insights/outcomes/settings/{municipality}', { params: { path: { municipality } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['outcomes', 'settings', municipality], saved);
      return queryClient.invalidateQueries({ queryKey: ['outcomes', 'report'] });
    },
  });
}
