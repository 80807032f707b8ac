import { useTranslation } from 'react-i18next';
import type { OutcomeOptions, OutcomeQuery } from '../../../api/outcomes';
import { SelectField } from '../../../components/form/select-field';
import { useFormat } from '../../../i18n/format';

const ENTRY_POINTS = [
  'gp_ojg',
  'school',
  'child_health_clinic',
  'signal',
  'self_referral',
  'veilig_thuis',
  'police',
  'other',
];
const LEVELS = ['none', 'basic', 'ambulant', 'day_treatment', 'crisis_or_protection', 'residential'];
const GROUPS = ['none', 'municipality', 'entry_point', 'provider', 'team', 'level'];

export function usePeriodLabel() {
  const { t } = useTranslation();
  return (p: string) => (p.includes('-H') ? t('outcomes.halfYear', { year: p.slice(0, 4), half: p.slice(6) }) : p);
}

/** The filters of the outcome pages; `show` picks which appear. */
export function OutcomeFilters({
  query,
  municipality,
  options,
  update,
  show = ['scope', 'municipality', 'period', 'provider', 'team', 'entryPoint', 'level', 'informant', 'groupBy'],
}: {
  query: OutcomeQuery;
  municipality: string;
  options: OutcomeOptions | undefined;
  update: (key: string, value: string) => void;
  show?: string[];
}) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  useFormat();
  const any = { value: '', label: t('outcomes.filters.any') };
  const has = (k: string) => show.includes(k);
  return (
    <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('outcomes.filters.label')}>
      {has('scope') && options?.fixed.regionAllowed ? (
        <SelectField
          label={t('outcomes.filters.scope')}
          value={query.scope}
          onValueChange={(v) => update('scope', v === 'region' ? 'region' : '')}
          options={[
            { value: 'municipality', label: t('outcomes.filters.municipalityView') },
            { value: 'region', label: options.region?.name ?? t('outcomes.filters.regionView') },
          ]}
        />
      ) : null}
      {has('municipality') ? (
        <SelectField
          label={t('outcomes.filters.municipality')}
          value={municipality}
          onValueChange={(v) => update('municipality', v)}
          options={(options?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
        />
      ) : null}
      {has('period') ? (
        <SelectField
          label={t('outcomes.filters.period')}
          value={query.period}
          onValueChange={(v) => update('period', v)}
          options={(options?.periods ?? []).map((p) => ({ value: p, label: periodLabel(p) }))}
        />
      ) : null}
      {has('provider') && !options?.fixed.provider ? (
        <SelectField
          label={t('outcomes.filters.provider')}
          value={query.provider ?? ''}
          onValueChange={(v) => update('provider', v)}
          options={[any, ...(options?.providers ?? []).map((p) => ({ value: p.id, label: p.name }))]}
        />
      ) : null}
      {has('team') && query.scope === 'municipality' ? (
        <SelectField
          label={t('outcomes.filters.team')}
          value={query.team ?? ''}
          onValueChange={(v) => update('team', v)}
          options={[any, ...(options?.teams ?? []).map((x) => ({ value: x.id, label: x.name }))]}
        />
      ) : null}
      {has('entryPoint') ? (
        <SelectField
          label={t('outcomes.filters.entryPoint')}
          value={query.entryPoint ?? ''}
          onValueChange={(v) => update('entryPoint', v)}
          options={[
            any,
            ...ENTRY_POINTS.map((e) => ({
              value: e,
              label: t(`families.entryPoints.${e}` as 'families.entryPoints.gp_ojg'),
            })),
          ]}
        />
      ) : null}
      {has('level') ? (
        <SelectField
          label={t('outcomes.filters.level')}
          value={query.level ?? ''}
          onValueChange={(v) => update('level', v)}
          options={[
            any,
            ...LEVELS.map((l) => ({ value: l, label: t(`outcomes.levels.${l}` as 'outcomes.levels.none') })),
          ]}
        />
      ) : null}
      {has('informant') ? (
        <SelectField
          label={t('outcomes.filters.informant')}
          description={t('outcomes.filters.informantHint')}
          value={query.informant ?? ''}
          onValueChange={(v) => update('informant', v)}
          options={[
            { value: '', label: t('outcomes.filters.everyInformant') },
            { value: 'youth', label: t('outcomes.informants.youth') },
            { value: 'parent', label: t('outcomes.informants.parent') },
          ]}
        />
      ) : null}
      {has('groupBy') ? (
        <SelectField
          label={t('outcomes.filters.groupBy')}
          value={query.groupBy ?? 'none'}
          onValueChange={(v) => update('groupBy', v === 'none' ? '' : v)}
          options={GROUPS.filter((g) => g !== 'municipality' || query.scope === 'region').map((g) => ({
            value: g,
            label: t(`outcomes.groupBy.${g}` as 'outcomes.groupBy.none'),
          }))}
        />
      ) : null}
    </form>
  );
}
