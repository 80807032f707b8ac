// The best overall assignment for all open requests, beside one-by-one greedy picking. The
// coordinator accepts or rejects each pair (or opens the request to choose another family), or
// selects several on a page and accepts them at once.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcceptPair, useAcceptPairs, useProposal, useRejectPair } from '../../api/support-families';
import { clientPage } from '../../components/client-page';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { BulkSummary } from './bulk-summary';
import { ProposalTable, type Answer } from './proposal-table';

const ORDER = ['request'] as const;

export function ProposalPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const proposal = useProposal();
  const accept = useAcceptPair();
  const acceptMany = useAcceptPairs();
  const reject = useRejectPair();
  const list = useListState(ORDER);
  const [answered, setAnswered] = useState<Record<string, Answer>>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const p = proposal.data;
  // The proposal is computed, not stored: it arrives whole and is searched and paged here.
  const shown = useMemo(() => {
    const q = list.q.toLowerCase();
    const pairs = p?.pairs ?? [];
    return q
      ? pairs.filter((pair) =>
          [pair.request.reference, pair.request.givenName, pair.family.reference, pair.family.givenName].some((v) =>
            v.toLowerCase().includes(q),
          ),
        )
      : pairs;
  }, [p, list.q]);
  const page = clientPage(shown, list.page, list.pageSize);
  const answer = (requestId: string, familyId: string, how: 'accepted' | 'rejected') =>
    (how === 'accepted' ? accept : reject).mutate(
      { requestId, familyId },
      { onSuccess: () => setAnswered((prev) => ({ ...prev, [requestId]: how })) },
    );
  const acceptSelected = () => {
    const pairs = (p?.pairs ?? [])
      .filter((pair) => selected.has(pair.request.id) && !answered[pair.request.id])
      .map((pair) => ({ requestId: pair.request.id, familyId: pair.family.id }));
    if (pairs.length === 0) return;
    acceptMany.mutate(pairs, {
      onSuccess: (summary) => {
        setAnswered((prev) => ({
          ...prev,
          ...Object.fromEntries(
            summary.results.map((r) => [r.requestId, r.outcome === 'accepted' ? 'accepted' : 'refused'] as const),
          ),
        }));
        setSelected(new Set());
      },
    });
  };
  const open = page.items.filter((pair) => !answered[pair.request.id]);
  const selectedCount = [...selected].filter((id) => !answered[id]).length;
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
            setSelected(new Set());
            acceptMany.reset();
            list.firstPage();
            proposal.mutate();
          }}
        >
          {t('supportFamilies.proposal.compute')}
        </Button>
      </ButtonGroup>
      <ProblemAlert error={proposal.error ?? accept.error ?? reject.error ?? acceptMany.error} />
      {acceptMany.data ? <BulkSummary summary={acceptMany.data} pairs={p?.pairs ?? []} /> : null}
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
          ) : (
            <>
              <ListToolbar state={list} label={t('list.tools')} searchLabel={t('supportFamilies.proposal.search')} />
              <ButtonGroup>
                <Button
                  appearance="secondary-action-button"
                  disabled={open.length === 0}
                  onClick={() => setSelected(new Set([...selected, ...open.map((pair) => pair.request.id)]))}
                >
                  {t('list.selectPage')}
                </Button>
                <Button
                  appearance="primary-action-button"
                  busy={acceptMany.isPending}
                  disabled={selectedCount === 0 || acceptMany.isPending}
                  onClick={acceptSelected}
                >
                  {t('supportFamilies.proposal.acceptSelected', { count: selectedCount })}
                </Button>
              </ButtonGroup>
              <ProposalTable
                pairs={page.items}
                total={shown.length}
                answered={answered}
                selected={selected}
                onSelect={(id, on) => {
                  const next = new Set(selected);
                  if (on) next.add(id);
                  else next.delete(id);
                  setSelected(next);
                }}
                onAnswer={answer}
                pending={accept.isPending || reject.isPending}
              />
              <ListPager page={page.page} pageSize={list.pageSize} total={page.total} onPageChange={list.setPage} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
