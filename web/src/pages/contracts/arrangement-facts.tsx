import { useTranslation } from 'react-i18next';
import type { CareArrangement } from '../../api/contracts';
import { useFormat } from '../../i18n/format';

/** The facts of an arrangement: school, places used and free, providers with their share, cost, period. */
export function ArrangementFacts({ a }: { a: CareArrangement }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="kt-facts">
      <dt>{t('contracts.arrangements.school')}</dt>
      <dd>
        {a.schoolName} ({a.municipalityName})
      </dd>
      <dt>{t('contracts.arrangements.capacity')}</dt>
      <dd data-testid={`capacity-${a.id}`}>
        {t('contracts.arrangements.placedFree', {
          placed: format.integer(a.placed),
          capacity: format.integer(a.capacity),
          free: format.integer(a.free),
        })}
      </dd>
      <dt>{t('contracts.arrangements.providers')}</dt>
      <dd>{format.list(a.providers.map((p) => `${p.name} (${format.percent(p.costSharePct)})`))}</dd>
      <dt>{t('contracts.arrangements.annualCost')}</dt>
      <dd>{format.money(a.annualCostCents)}</dd>
      <dt>{t('contracts.fields.period')}</dt>
      <dd>
        {format.date(a.startsOn)} – {a.endsOn ? format.date(a.endsOn) : t('contracts.openEnded')}
      </dd>
      <dt>{t('contracts.arrangements.costModel')}</dt>
      <dd>{a.costModel}</dd>
    </dl>
  );
}
