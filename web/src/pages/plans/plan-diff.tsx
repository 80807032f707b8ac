import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, useComparePlan, type PlanComparison } from '../../api/plans';
import { QueryView } from '../../components/query-view';
import { describeItem } from './rebase';

type Sections = PlanComparison['sections'];

/** Per section what was added, removed and changed; headings at `level` (the caller's level + 1). */
export function PlanDiffList({
  sections,
  level,
  testId = 'plan-diff',
}: {
  sections: Sections;
  level: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const changedSections = SECTIONS.filter(
    (s) => sections[s].added.length + sections[s].removed.length + sections[s].changed.length > 0,
  );
  if (changedSections.length === 0) return <Paragraph>{t('plans.compare.same')}</Paragraph>;
  return (
    <div data-testid={testId}>
      {changedSections.map((s) => (
        <div key={s}>
          <Heading level={level}>{t(`plans.sections.${s}`)}</Heading>
          <UnorderedList>
            {sections[s].added.map((i) => (
              <UnorderedListItem key={`a-${i.id}`}>
                {t('plans.compare.added')}: {describeItem(i)}
              </UnorderedListItem>
            ))}
            {sections[s].removed.map((i) => (
              <UnorderedListItem key={`r-${i.id}`}>
                {t('plans.compare.removed')}: {describeItem(i)}
              </UnorderedListItem>
            ))}
            {sections[s].changed.map((c) => (
              <UnorderedListItem key={`c-${c.id}`}>
                {t('plans.compare.changed')}: {describeItem(c.after)} (
                {c.fields.map((f) => t(`plans.fields.${f}` as 'plans.fields.text', { defaultValue: f })).join(', ')})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      ))}
    </div>
  );
}

/** The server's comparison of two versions (GET …/plan/compare), as a list per section. */
export function PlanDiff({
  familyId,
  from,
  to,
  level,
  testId,
}: {
  familyId: string;
  from: number | null;
  to: number | null;
  level: number;
  testId?: string;
}) {
  const diff = useComparePlan(familyId, from, to);
  return (
    <QueryView query={diff}>
      {(d) => <PlanDiffList sections={d.sections} level={level} {...(testId ? { testId } : {})} />}
    </QueryView>
  );
}
