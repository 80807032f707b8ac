// Outcome indicators (suppressed aggregates): /api/insights/outcomes.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type OutcomeReport = Schema<'OutcomeReport'>;
export type OutcomeOptions = Schema<'OutcomeOptions'>;
export type ContractOutcomes = Schema<'ContractOutcomes'>;
export type IndicatorKey = Schema<'OutcomeIndicatorKey'>;
export type LevelOfHelp = Schema<'LevelOfHelp'>;
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
