// The outcome pages' filters live in the URL (a shared link shows the same figures): area, period and
// the optional provider, team, entry point, level of help, satisfaction informant and grouping. What a role may not choose
// (a team lead's team, a provider's organisation) the server fixes anyway.
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../api/auth';
import {
  useOutcomeOptions,
  type Informant,
  type LevelOfHelp,
  type OutcomeQuery,
  type OutcomeReport,
} from '../../../api/outcomes';

const informantOf = (v: string | null): Informant | '' => (v === 'youth' || v === 'parent' ? v : '');

export function useOutcomeFilters(defaultGroupBy: OutcomeReport['groupBy'] = 'none') {
  const [params, setParams] = useSearchParams();
  const own = useCurrentUser().homeOrganisation.municipalityCode ?? '';
  const municipality = params.get('municipality') ?? (own || '0193');
  const scope = params.get('scope') === 'region' ? ('region' as const) : ('municipality' as const);
  // The options of the municipality: also names its region, so the region view needs no guess.
  const options = useOutcomeOptions('municipality', municipality);
  const regionCode = options.data?.region?.code ?? '';
  const periods = options.data?.periods ?? [];
  const period = params.get('period') ?? periods.find((p, i) => i > 0 && p.includes('-H')) ?? '';
  const query: OutcomeQuery = {
    scope,
    code: scope === 'region' ? regionCode : municipality,
    period,
    groupBy: (params.get('groupBy') as OutcomeReport['groupBy'] | null) ?? defaultGroupBy,
    provider: params.get('provider') ?? '',
    team: params.get('team') ?? '',
    entryPoint: params.get('entryPoint') ?? '',
    level: (params.get('level') ?? '') as LevelOfHelp,
    pilot: params.get('pilot') ?? '',
    informant: informantOf(params.get('informant')),
  };
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { query, municipality, options, update };
}
