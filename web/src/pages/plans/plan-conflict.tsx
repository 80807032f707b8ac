import {
  Alert,
  Button,
  ButtonGroup,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, usePlan, usePlanVersion, type PlanContent, type PlanComparison } from '../../api/plans';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { PlanDiffList, PlanDiff } from './plan-diff';
import { rebaseDraft, type Overlap, type Rebased } from './rebase';

const emptyPlan = (): PlanContent => ({
  strengths: [],
  concerns: [],
  goals: [],
  actions: [],
  safetyAgreements: [],
  reviews: [],
});

/** Everything in `content` as added: what a colleague's first version brought when the user started from no plan. */
function allAdded(content: PlanContent): PlanComparison['sections'] {
  const out = {} as PlanComparison['sections'];
  for (const s of SECTIONS)
    out[s] = { added: content[s].map((i) => ({ ...i, id: i.id ?? '' })), removed: [], changed: [] };
  return out;
}

interface ConflictProps {
  familyId: string;
  baseVersion: number;
  draft: PlanContent;
  onRebase: (rebased: Rebased, version: number) => void;
  onDiscard: () => void;
}

/**
 * Shown when a save was refused because a colleague saved a newer version first (409
 * stale_version). The draft is untouched; the user sees what the colleague changed and chooses
 * to put their own changes on top of the newer version, or to drop them.
 */
export function PlanConflict({ familyId, baseVersion, draft, onRebase, onDiscard }: ConflictProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const plan = usePlan(familyId);
  const base = usePlanVersion(familyId, baseVersion >= 1 ? baseVersion : null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the conflict, so keyboard and screen-reader users land where the choice is.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const current = plan.data?.current;
  const body = () => {
    if (plan.isError) return <ProblemAlert error={plan.error} />;
    if (base.isError) return <ProblemAlert error={base.error} />;
    // The refused save refetches the plan; until the newer version is in, there is nothing to show.
    if (!current || current.version <= baseVersion) return <Loading />;
    const ready = baseVersion === 0 || base.data !== undefined;
    const apply = () => {
      const from = baseVersion === 0 ? emptyPlan() : base.data?.content;
      if (from) onRebase(rebaseDraft(from, current.content, draft), current.version);
    };
    return (
      <>
        <Alert type="warning" role="alert" className="kt-alert">
          <Paragraph>
            {t('plans.conflict.message', {
              author: current.author.name,
              date: format.dateTime(current.createdAt),
              version: current.version,
              base: baseVersion,
            })}
          </Paragraph>
          <Paragraph>{t('plans.conflict.draftKept')}</Paragraph>
        </Alert>
        <Heading4>{t('plans.conflict.changesTitle', { from: baseVersion, to: current.version })}</Heading4>
        {baseVersion >= 1 ? (
          <PlanDiff familyId={familyId} from={baseVersion} to={current.version} level={5} testId="plan-conflict-diff" />
        ) : (
          <PlanDiffList sections={allAdded(current.content)} level={5} testId="plan-conflict-diff" />
        )}
        <Paragraph>{t('plans.conflict.choose', { version: current.version })}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={apply} disabled={!ready} busy={!ready}>
            {t('plans.conflict.apply', { version: current.version })}
          </Button>
          <Button appearance="secondary-action-button" onClick={onDiscard}>
            {t('plans.conflict.discard')}
          </Button>
        </ButtonGroup>
      </>
    );
  };
  return (
    <section className="kt-section kt-plan-conflict" aria-labelledby="plan-conflict" data-testid="plan-conflict">
      <Heading3 id="plan-conflict" ref={heading} tabIndex={-1}>
        {t('plans.conflict.title')}
      </Heading3>
      {body()}
    </section>
  );
}

/** After a re-base: which version the draft now builds on, and the places to check before saving. */
export function RebasedNotice({ from, to, overlaps }: { from: number; to: number; overlaps: Overlap[] }) {
  const { t } = useTranslation();
  return (
    <Alert type="info" role="status" className="kt-alert" data-testid="plan-rebased">
      <Paragraph>{t('plans.conflict.rebased', { from, to })}</Paragraph>
      {overlaps.length > 0 ? (
        <>
          <Paragraph>{t('plans.conflict.checkThese')}</Paragraph>
          <UnorderedList>
            {overlaps.map((o) => (
              <UnorderedListItem key={`${o.section}-${o.id}-${o.kind}`}>
                {t(`plans.sections.${o.section}`)}: {o.text} — {t(`plans.conflict.overlaps.${o.kind}`)}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : (
        <Paragraph>{t('plans.conflict.noOverlaps')}</Paragraph>
      )}
    </Alert>
  );
}
