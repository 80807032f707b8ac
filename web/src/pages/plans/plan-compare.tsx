import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../api/plans';
import { AppLink } from '../../components/app-link';
import { SelectField } from '../../components/form/select-field';
import { PlanDiff } from './plan-diff';

/** Compare any two versions: per section what was added, removed and changed. */
export function PlanCompare({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const versions = plan.versions.map((v) => v.version);
  const [from, setFrom] = useState(String(versions[1] ?? versions[0] ?? ''));
  const [to, setTo] = useState(String(versions[0] ?? ''));
  const options = versions.map((v) => ({ value: String(v), label: t('plans.versionN', { version: v }) }));
  const versionLink = (v: string) => (
    <AppLink to={`/families/${plan.familyId}/plan/versions/${v}`}>{t('plans.viewVersion', { version: v })}</AppLink>
  );
  return (
    <section className="kt-section" aria-labelledby="plan-compare">
      <Heading2 id="plan-compare">{t('plans.compare.title')}</Heading2>
      <div className="kt-filter-form">
        <SelectField label={t('plans.compare.from')} value={from} onValueChange={setFrom} options={options} />
        <SelectField label={t('plans.compare.to')} value={to} onValueChange={setTo} options={options} />
      </div>
      {from && to ? (
        <Paragraph>
          {versionLink(from)} · {versionLink(to)}
        </Paragraph>
      ) : null}
      <PlanDiff familyId={plan.familyId} from={from ? Number(from) : null} to={to ? Number(to) : null} level={3} />
    </section>
  );
}
