import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CLAIM_STATES, useProviderClaims, type ClaimState, type ProviderClaim } from '../../api/provider';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { returnCodeText } from './return-codes';
import './provider.css';

const SORTS = ['received_desc'] as const;
const PAGE_SIZE = 10;

/** The claims the provider sent and the municipality's answers: refused lines first, each with its reason in words. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const list = useListState(SORTS, { pageSize: PAGE_SIZE });
  const [params, setParams] = useSearchParams();
  const raw = params.get('state') ?? '';
  const state: ClaimState = (CLAIM_STATES as readonly string[]).includes(raw) ? (raw as ClaimState) : 'all';
  const claims = useProviderClaims({ page: list.page, pageSize: list.pageSize, q: list.q, state });
  const setState = (value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'all') next.set('state', value);
    else next.delete('state');
    next.delete('page');
    setParams(next, { replace: true });
  };
  const data = claims.data;
  return (
    <>
      <PageHeading>{t('provider.claims.title')}</PageHeading>
      <Paragraph lead>{t('provider.claims.intro')}</Paragraph>
      <ListToolbar state={list} label={t('provider.claims.filters')} searchLabel={t('provider.claims.search')}>
        <SelectField
          label={t('provider.claims.state')}
          value={state}
          onValueChange={setState}
          options={CLAIM_STATES.map((s) => ({ value: s, label: t(`provider.claims.states.${s}`) }))}
        />
      </ListToolbar>
      <ProblemAlert error={claims.error} />
      {data ? (
        <div aria-busy={claims.isFetching} data-testid="provider-claims">
          {data.items.map((claim) => (
            <Claim key={claim.id} claim={claim} />
          ))}
          {data.total === 0 ? <Paragraph>{t('provider.claims.none')}</Paragraph> : null}
          <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
        </div>
      ) : null}
    </>
  );
}

function Claim({ claim }: { claim: ProviderClaim }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `claim-${claim.id}`;
  return (
    <section className="kt-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{t('provider.claims.heading', { number: claim.invoiceNumber })}</Heading2>
      <Paragraph>
        {t('provider.claims.summary', {
          count: claim.lineCount,
          municipality: claim.municipalityName,
          date: format.date(claim.receivedAt),
          lines: format.integer(claim.lineCount),
        })}
        <br />
        {t('provider.claims.claimed')}: {format.money(claim.claimedCents)} · {t('provider.claims.acceptedAmount')}:{' '}
        {format.money(claim.acceptedCents)} ·{' '}
        {claim.rejectedLines > 0 ? (
          <strong>{t('provider.claims.rejectedLines', { count: claim.rejectedLines })}</strong>
        ) : (
          t('provider.claims.allAccepted')
        )}
      </Paragraph>
      <Paragraph>
        <AppLink to={`/provider/messages/${claim.messageId}`}>{t('provider.claims.viewClaim')}</AppLink>
        {claim.answerMessageId ? (
          <>
            {' · '}
            <AppLink to={`/provider/messages/${claim.answerMessageId}`}>{t('provider.claims.viewAnswer')}</AppLink>
          </>
        ) : null}
      </Paragraph>
      <DataTable caption={t('provider.claims.linesCaption', { number: claim.invoiceNumber })} wide stack>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('provider.claims.reference')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('provider.claims.allocation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('provider.claims.period')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('provider.claims.volume')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('provider.claims.amount')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('provider.claims.result')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {claim.lines.map((line) => (
            <TableRow key={line.reference}>
              <TableHeaderCell scope="row">{line.reference}</TableHeaderCell>
              <TableCell>
                {line.allocationNumber ?? ''}
                {line.productCode ? ` · ${line.productCode}` : ''}
              </TableCell>
              <TableCell>
                {format.date(line.periodStart)} – {format.date(line.periodEnd)}
              </TableCell>
              <TableCell>{format.integer(line.volume)}</TableCell>
              <TableCell>
                {format.money(line.amountCents)}
                {line.debitCredit === 'C' ? ` (${t('provider.claims.credit')})` : ''}
              </TableCell>
              <TableCell>
                {line.accepted ? (
                  t('provider.claims.lineAccepted')
                ) : (
                  <>
                    <strong>{t('provider.claims.lineRejected')}</strong>
                    {line.returnCodes.map((c) => (
                      <span key={c.code} className="kt-block">
                        {returnCodeText(t, c)}
                      </span>
                    ))}
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      {claim.lineCount > claim.lines.length ? (
        <Paragraph>
          {t('provider.claims.moreLines', {
            shown: format.integer(claim.lines.length),
            total: format.integer(claim.lineCount),
          })}
        </Paragraph>
      ) : null}
    </section>
  );
}
