import {
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkInformed, useRegistrations, useWithdraw, type Registration } from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { clientPage } from '../../components/client-page';
import { CheckboxField } from '../../components/form/checkbox-field';
import { DataTable } from '../../components/data-table';
import { Pagination } from '../../components/pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useCodeLabels } from '../../i18n/code-labels';
import { useFormat } from '../../i18n/format';

/** Registrations per page: the capped list (up to 500) in one table is too long to work with. */
export const REGISTRATIONS_PAGE_SIZE = 25;

/**
 * My organisation's active registrations, newest first (the API's order), a page at a time;
 * "informing open" narrows to those whose parents/youth are still to be informed.
 */
export function RegistrationsSection() {
  const { t } = useTranslation();
  const [informingOpen, setInformingOpen] = useState(false);
  const [page, setPage] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const registrations = useRegistrations(informingOpen);
  const informed = useMarkInformed();
  const withdraw = useWithdraw();
  return (
    <section className="kt-section" aria-labelledby="involvement-mine">
      <Heading2 id="involvement-mine" ref={heading} tabIndex={-1}>
        {t('involvement.list.heading')}
      </Heading2>
      {/* Page 3 of another selection means nothing: a filter change starts again at page 1. */}
      <CheckboxField
        label={t('involvement.list.informingOpen')}
        checked={informingOpen}
        onCheckedChange={(open) => {
          setInformingOpen(open);
          setPage(1);
        }}
      />
      <ProblemAlert error={informed.error ?? withdraw.error} />
      <QueryView query={registrations}>
        {(data) => {
          if (data.items.length === 0) return <Paragraph>{t('involvement.list.empty')}</Paragraph>;
          const shown = clientPage(data.items, page, REGISTRATIONS_PAGE_SIZE);
          return (
            <>
              {data.truncated ? (
                <Paragraph data-testid="registrations-truncated">
                  {t('involvement.list.truncated', { count: data.cap })}
                </Paragraph>
              ) : null}
              <RegistrationsTable
                items={shown.items}
                caption={
                  shown.total > REGISTRATIONS_PAGE_SIZE
                    ? t('involvement.list.captionPage', { from: shown.from, to: shown.to, total: shown.total })
                    : t('involvement.list.caption', { count: shown.total })
                }
                busy={registrations.isFetching || informed.isPending || withdraw.isPending}
                onInformed={(id) => informed.mutate(id)}
                onWithdraw={(id) => withdraw.mutate(id)}
              />
              {/* Back to the top of the list with the new page, so keyboard and screen-reader users need not walk back up. */}
              <Pagination
                page={shown.page}
                pageSize={REGISTRATIONS_PAGE_SIZE}
                total={shown.total}
                onPageChange={(next) => {
                  setPage(next);
                  heading.current?.focus();
                }}
              />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

interface RegistrationsTableProps {
  items: Registration[];
  caption: string;
  busy: boolean;
  onInformed: (id: string) => void;
  onWithdraw: (id: string) => void;
}

function RegistrationsTable({ items, caption, busy, onInformed, onWithdraw }: RegistrationsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const codes = useCodeLabels();
  return (
    <DataTable caption={caption} busy={busy} testId="registrations-table" wide>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('involvement.list.youth')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.fields.riskGround')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.list.contact')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.list.registeredAt')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.fields.endsOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.list.informing')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.list.matches')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((r) => (
          <TableRow key={r.id}>
            <TableHeaderCell scope="row">
              <AppLink to={`/involvement/registrations/${r.id}`}>{r.bsnMasked}</AppLink> (
              {t('involvement.list.age', { age: r.age })})
            </TableHeaderCell>
            <TableCell>{codes.riskGround(r.riskGround)}</TableCell>
            <TableCell>
              {r.contactName}, {r.contactPhone}
            </TableCell>
            <TableCell>{format.dateTime(r.registeredAt)}</TableCell>
            <TableCell>{format.date(r.endsOn)}</TableCell>
            <TableCell>
              {r.informing.informedAt
                ? t('involvement.list.informedOn', { date: format.date(r.informing.informedAt) })
                : t(`involvement.audience.${r.informing.audience}`)}
            </TableCell>
            <TableCell>
              {r.matches.length === 0
                ? t('common.none')
                : r.matches.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 ? ', ' : ''}
                      <AppLink to={`/involvement/matches/${m.id}`}>{t(`involvement.matchKinds.${m.kind}`)}</AppLink>
                    </span>
                  ))}
            </TableCell>
            <TableCell>
              {r.informing.informedAt ? null : (
                <Button
                  appearance="secondary-action-button"
                  onClick={() => onInformed(r.id)}
                  aria-label={t('involvement.list.markInformedLabel', { youth: r.bsnMasked })}
                >
                  {t('involvement.list.markInformed')}
                </Button>
              )}{' '}
              <Button
                appearance="subtle-button"
                onClick={() => {
                  if (window.confirm(t('involvement.list.withdrawConfirm'))) onWithdraw(r.id);
                }}
                aria-label={t('involvement.list.withdrawLabel', { youth: r.bsnMasked })}
              >
                {t('involvement.list.withdraw')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
