import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerProposal, useFamilyProposals, type FamilyProposal } from '../../api/portal';
import { TextareaField } from '../../components/form/textarea-field';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

function Answer({ familyId, proposal }: { familyId: string; proposal: FamilyProposal }) {
  const { t } = useTranslation();
  const answer = useAnswerProposal(familyId);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <div>
      <TextareaField
        label={t('portal.proposals.answer')}
        value={text}
        onValueChange={setText}
        rows={2}
        error={missing ? t('portal.proposals.reasonRequired') : undefined}
      />
      <Button
        appearance="primary-action-button"
        disabled={answer.isPending}
        onClick={() => answer.mutate({ proposalId: proposal.id, outcome: 'accepted', answer: text.trim() })}
      >
        {proposal.kind === 'goal' ? t('portal.proposals.acceptGoal') : t('portal.proposals.accept')}
      </Button>{' '}
      <Button
        appearance="secondary-action-button"
        disabled={answer.isPending}
        onClick={() => {
          setMissing(!text.trim());
          if (text.trim()) answer.mutate({ proposalId: proposal.id, outcome: 'declined', answer: text.trim() });
        }}
      >
        {t('portal.proposals.decline')}
      </Button>
      {answer.isError ? <ProblemAlert error={answer.error} /> : null}
    </div>
  );
}

/** The family's proposals on the professionals' plan page: accept (a goal goes into the plan) or answer with a reason. */
export function ProposalsPanel({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const proposals = useFamilyProposals(familyId);
  const items = proposals.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="kt-section" aria-labelledby="family-proposals" data-testid="family-proposals">
      <Heading2 id="family-proposals">{t('portal.proposals.heading')}</Heading2>
      <ul className="kt-portal-cards">
        {items.map((p) => (
          <li key={p.id} className="kt-portal-card">
            <Paragraph>
              <strong>{t(`portal.propose.${p.kind}`)}</strong> — {p.body}
            </Paragraph>
            <Paragraph>
              {t('portal.proposals.by', { name: p.proposedByName, date: format.dateTime(p.proposedAt) })} ·{' '}
              {t(`portal.propose.status.${p.status}`)}
              {p.answer ? ` — ${p.answer}` : ''}
            </Paragraph>
            {p.status === 'open' && proposals.data?.canAnswer ? <Answer familyId={familyId} proposal={p} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
