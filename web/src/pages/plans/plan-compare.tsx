import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, useComparePlan, type PlanView } from '../../api/plans';
import { SelectField } from '../../components/form/select-field';
import { QueryView } from '../../components/query-view';

/** A short text for any plan item, whatever its section. */
function describe(item: Record<string, unknown>): string {
  for (const key of ['text', 'what', 'date']) if (typeof item[key] === 'string') return item[key];
  return String(item.id);
}

/** Compare any two versions: per section what was added, removed and changed. */
export function PlanCompare({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const versions = plan.versions.map((v) => v.version);
  const [from, setFrom] = useState(String(versions[1] ?? versions[0] ?? ''));
  const [to, setTo] = useState(String(versions[0] ?? ''));
  const diff = useComparePlan(plan.familyId, from ? Number(from) : null, to ? Number(to) : null);
  const options = versions.map((v) => ({ value: String(v), label: t('plans.versionN', { version: v }) }));
  return (
    <section className="kt-section" aria-labelledby="plan-compare">
      <Heading2 id="plan-compare">{t('plans.compare.title')}</Heading2>
      <div className="kt-filter-form">
        <SelectField label={t('plans.compare.from')} value={from} onValueChange={setFrom} options={options} />
        <SelectField label={t('plans.compare.to')} value={to} onValueChange={setTo} options={options} />
      </div>
      <QueryView query={diff}>
        {(d) => {
          const changedSections = SECTIONS.filter((s) => d.sections[s].added.length + d.sections[s].removed.length + d.sections[s].changed.length > 0);
          if (changedSections.length === 0) return <Paragraph>{t('plans.compare.same')}</Paragraph>;
          return (
            <div data-testid="plan-diff">
              {changedSections.map((s) => (
                <div key={s}>
                  <Heading3>{t(`plans.sections.${s}`)}</Heading3>
                  <UnorderedList>
                    {d.sections[s].added.map((i) => <UnorderedListItem key={`a-${i.id}`}>{t('plans.compare.added')}: {describe(i)}</UnorderedListItem>)}
                    {d.sections[s].removed.map((i) => <UnorderedListItem key={`r-${i.id}`}>{t('plans.compare.removed')}: {describe(i)}</UnorderedListItem>)}
                    {d.sections[s].changed.map((c) => (
                      <UnorderedListItem key={`c-${c.id}`}>
                        {t('plans.compare.changed')}: {describe(c.after)} ({c.fields.map((f) => t(`plans.fields.${f}` as 'plans.fields.text', { defaultValue: f })).join(', ')})
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </div>
              ))}
            </div>
          );
        }}
      </QueryView>
    </section>
  );
}
