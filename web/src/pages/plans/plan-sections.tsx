import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, PlanContent } from '../../api/plans';
import { useFormat } from '../../i18n/format';

/**
 * The plan, read-only, section by section. `actionExtra` adds to each action what the page around it
 * knows (the plan page: a request for specialised help and its state).
 */
export function PlanSections({
  content,
  actionExtra,
}: {
  content: PlanContent;
  actionExtra?: ((action: Action) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const goalOf = (id: string | null) => content.goals.find((g) => g.id === id)?.what;
  const section = (id: string, title: string, items: string[]) => (
    <section className="kt-section" aria-labelledby={`plan-${id}`}>
      <Heading2 id={`plan-${id}`}>{title}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t('plans.empty')}</Paragraph>
      ) : (
        <UnorderedList>
          {items.map((s, i) => (
            <UnorderedListItem key={i}>{s}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
  return (
    <>
      {section(
        'strengths',
        t('plans.sections.strengths'),
        content.strengths.map((s) => `${t(`plans.strengthKinds.${s.kind}`)}: ${s.text}`),
      )}
      <section className="kt-section" aria-labelledby="plan-concerns">
        <Heading2 id="plan-concerns">{t('plans.sections.concerns')}</Heading2>
        {content.concerns.length === 0 ? (
          <Paragraph>{t('plans.empty')}</Paragraph>
        ) : (
          <UnorderedList>
            {content.concerns.map((c) => (
              <UnorderedListItem key={c.id}>
                {c.priority ? `${t('plans.priority', { n: c.priority })}: ` : ''}
                {c.text}
                {c.voices.length > 0 ? (
                  <UnorderedList>
                    {c.voices.map((v) => (
                      <UnorderedListItem key={v}>{v}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                ) : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {section(
        'goals',
        t('plans.sections.goals'),
        content.goals.map(
          (g) =>
            `${t(`plans.domains.${g.domain}`)}: ${g.what}${g.byWhen ? ` — ${t('plans.byWhen')} ${format.date(g.byWhen)}` : ''}${g.howWeKnow ? ` — ${t('plans.howWeKnow')}: ${g.howWeKnow}` : ''}`,
        ),
      )}
      <section className="kt-section" aria-labelledby="plan-actions">
        <Heading2 id="plan-actions">{t('plans.sections.actions')}</Heading2>
        {content.actions.length === 0 ? (
          <Paragraph>{t('plans.empty')}</Paragraph>
        ) : (
          <UnorderedList>
            {content.actions.map((a, i) => (
              <UnorderedListItem key={a.id ?? i}>
                {`${a.what} — ${a.owner.name} (${t(`plans.ownerKinds.${a.owner.kind}`)})${a.due ? `, ${t('plans.due')} ${format.date(a.due)}` : ''} — ${t(`plans.statuses.${a.status}`)}${goalOf(a.goalId) ? ` — ${t('plans.forGoal')}: ${goalOf(a.goalId)}` : ''}`}
                {actionExtra ? actionExtra(a) : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {section(
        'safety',
        t('plans.sections.safetyAgreements'),
        content.safetyAgreements.map((s) => s.text),
      )}
      {section(
        'reviews',
        t('plans.sections.reviews'),
        content.reviews.map((r) => `${format.date(r.date)}${r.note ? ` — ${r.note}` : ''}`),
      )}
    </>
  );
}
