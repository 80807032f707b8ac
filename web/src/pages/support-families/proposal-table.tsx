// One page of the proposal: a checkbox per open pair (for accepting several at once), the pair with
// its score explained, and the single answers.
import {
  Button,
  Checkbox,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/client';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { ScoreExplanation } from './score-explanation';

export type Answer = 'accepted' | 'rejected' | 'refused';
type Pair = Schema<'SupportProposal'>['pairs'][number];

interface ProposalTableProps {
  pairs: Pair[];
  total: number;
  answered: Record<string, Answer>;
  selected: ReadonlySet<string>;
  onSelect: (requestId: string, on: boolean) => void;
  onAnswer: (requestId: string, familyId: string, how: 'accepted' | 'rejected') => void;
  pending: boolean;
}

export function ProposalTable({ pairs, total, answered, selected, onSelect, onAnswer, pending }: ProposalTableProps) {
  const { t } = useTranslation();
  const columns = ['request', 'family', 'score', 'answer'] as const;
  return (
    <DataTable caption={t('supportFamilies.proposal.caption', { count: total })} testId="proposal" stack>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('list.select')}</TableHeaderCell>
          {columns.map((c) => (
            <TableHeaderCell key={c} scope="col">
              {t(`supportFamilies.proposal.${c}`)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {pairs.map((pair) => {
          const done = answered[pair.request.id];
          const name = `${pair.request.givenName} – ${pair.family.givenName}`;
          return (
            <TableRow key={pair.request.id}>
              <TableCell data-label={t('list.select')}>
                {done ? null : (
                  <Checkbox
                    checked={selected.has(pair.request.id)}
                    onChange={(event) => onSelect(pair.request.id, event.target.checked)}
                    aria-label={t('supportFamilies.proposal.selectPair', { name })}
                  />
                )}
              </TableCell>
              <TableCell data-label={t('supportFamilies.proposal.request')}>
                <AppLink to={`/buurtgezinnen/aanvragen/${pair.request.id}`}>
                  {pair.request.givenName} ({pair.request.reference})
                </AppLink>
                <br />
                {pair.request.neighbourhoodName}
              </TableCell>
              <TableCell data-label={t('supportFamilies.proposal.family')}>
                {pair.family.givenName} ({pair.family.reference})<br />
                {pair.family.neighbourhoodName}
                {pair.greedyFamilyId !== pair.family.id ? (
                  <>
                    <br />
                    <em>{t('supportFamilies.proposal.differsFromGreedy')}</em>
                  </>
                ) : null}
              </TableCell>
              <TableCell data-label={t('supportFamilies.proposal.score')}>
                <ScoreExplanation criteria={pair.criteria} score={pair.score} />
              </TableCell>
              <TableCell data-label={t('supportFamilies.proposal.answer')}>
                {done ? (
                  t(`supportFamilies.proposal.${done}`)
                ) : (
                  <div className="kt-sf-actions">
                    <Button
                      appearance="primary-action-button"
                      disabled={pending}
                      onClick={() => onAnswer(pair.request.id, pair.family.id, 'accepted')}
                    >
                      {t('supportFamilies.proposal.accept', { name })}
                    </Button>
                    <Button
                      appearance="subtle-button"
                      disabled={pending}
                      onClick={() => onAnswer(pair.request.id, pair.family.id, 'rejected')}
                    >
                      {t('supportFamilies.proposal.reject', { name })}
                    </Button>
                    <AppLink to={`/buurtgezinnen/aanvragen/${pair.request.id}`}>
                      {t('supportFamilies.proposal.change')}
                    </AppLink>
                  </div>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </DataTable>
  );
}
