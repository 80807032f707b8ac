// The best overall assignment for all open requests, beside one-by-one greedy picking. The
// coordinator accepts or rejects each pair (or opens the request to choose another family).
import {
  Alert,
  Button,
  ButtonGroup,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcceptPair, useProposal, useRejectPair } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { useFormat } from '../../i18n/format';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { ScoreExplanation } from './score-explanation';

export function ProposalPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const proposal = useProposal();
  const accept = useAcceptPair();
  const reject = useRejectPair();
  const [answered, setAnswered] = useState<Record<string, 'accepted' | 'rejected'>>({});
  const p = proposal.data;
  const answer = (requestId: string, familyId: string, how: 'accepted' | 'rejected') =>
    (how === 'accepted' ? accept : reject).mutate(
      { requestId, familyId },
      { onSuccess: () => setAnswered({ ...answered, [requestId]: how }) },
    );
  return (
    <>
      <PageHeading>{t('supportFamilies.proposal.title')}</PageHeading>
      <Paragraph>{t('supportFamilies.proposal.intro')}</Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={proposal.isPending}
          disabled={proposal.isPending}
          onClick={() => {
            setAnswered({});
            proposal.mutate();
          }}
        >
          {t('supportFamilies.proposal.compute')}
        </Button>
      </ButtonGroup>
      <ProblemAlert error={proposal.error ?? accept.error ?? reject.error} />
      {p ? (
        <>
          <dl className="kt-sf-summary" data-testid="proposal-summary">
            <div>
              <dt>{t('supportFamilies.proposal.pairs')}</dt>
              <dd>{t('supportFamilies.proposal.pairsOf', { n: p.pairs.length, of: p.openRequests })}</dd>
            </div>
            <div>
              <dt>{t('supportFamilies.proposal.total')}</dt>
              <dd>{format.decimal(p.total)}</dd>
            </div>
            <div>
              <dt>{t('supportFamilies.proposal.greedy')}</dt>
              <dd>
                {format.decimal(p.greedyTotal)} (
                {t('supportFamilies.proposal.pairsOf', { n: p.greedyAssigned, of: p.openRequests })})
              </dd>
            </div>
            <div>
              <dt>{t('supportFamilies.proposal.better')}</dt>
              <dd>{p.improvementPercent === null ? '—' : format.change(p.improvementPercent)}</dd>
            </div>
          </dl>
          <Paragraph>
            {t('supportFamilies.proposal.explainGreedy', { duration: format.milliseconds(p.durationMs) })}
          </Paragraph>
          {p.pairs.length === 0 ? (
            <Alert type="info" className="kt-alert">
              <Paragraph>{t('supportFamilies.proposal.none')}</Paragraph>
            </Alert>
          ) : null}
          <DataTable caption={t('supportFamilies.proposal.caption', { count: p.pairs.length })} testId="proposal" wide>
            <TableHeader>
              <TableRow>
                {(['request', 'family', 'score', 'answer'] as const).map((c) => (
                  <TableHeaderCell key={c} scope="col">
                    {t(`supportFamilies.proposal.${c}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {p.pairs.map((pair) => (
                <TableRow key={pair.request.id}>
                  <TableCell>
                    <AppLink to={`/buurtgezinnen/aanvragen/${pair.request.id}`}>
                      {pair.request.givenName} ({pair.request.reference})
                    </AppLink>
                    <br />
                    {pair.request.neighbourhoodName}
                  </TableCell>
                  <TableCell>
                    {pair.family.givenName} ({pair.family.reference})<br />
                    {pair.family.neighbourhoodName}
                    {pair.greedyFamilyId !== pair.family.id ? (
                      <>
                        <br />
                        <em>{t('supportFamilies.proposal.differsFromGreedy')}</em>
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <ScoreExplanation criteria={pair.criteria} score={pair.score} />
                  </TableCell>
                  <TableCell>
                    {answered[pair.request.id] ? (
                      t(`supportFamilies.proposal.${answered[pair.request.id] ?? 'accepted'}`)
                    ) : (
                      <div className="kt-sf-actions">
                        <Button
                          appearance="primary-action-button"
                          disabled={accept.isPending}
                          onClick={() => answer(pair.request.id, pair.family.id, 'accepted')}
                        >
                          {t('supportFamilies.proposal.accept', {
                            name: `${pair.request.givenName} – ${pair.family.givenName}`,
                          })}
                        </Button>
                        <Button
                          appearance="subtle-button"
                          disabled={reject.isPending}
                          onClick={() => answer(pair.request.id, pair.family.id, 'rejected')}
                        >
                          {t('supportFamilies.proposal.reject', {
                            name: `${pair.request.givenName} – ${pair.family.givenName}`,
                          })}
                        </Button>
                        <AppLink to={`/buurtgezinnen/aanvragen/${pair.request.id}`}>
                          {t('supportFamilies.proposal.change')}
                        </AppLink>
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        </>
      ) : null}
    </>
  );
}
