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
import {
  REGISTRATION_SORTS,
  useMarkInformed,
  useRegistrations,
  useWithdraw,
  type Registration,
} from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { CheckboxField } from '../../components/form/checkbox-field';
import { DataTable } from '../../components/data-table';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useCodeLabels } from '../../i18n/code-labels';
import { useFormat } from '../../i18n/format';

/**
 * My organisation's active registrations, paged and searched on the server with the real count
 * (newest first by default; a full BSN or the contact's name, sent in a POST body); "informing
 * open" narrows to those whose parents/youth are still to be informed.
 */
export function RegistrationsSection() {
  const { t } = useTranslation();
  const [informingOpen, setInformingOpen] = useState(false);
  const list = useListState(REGISTRATION_SORTS);
  const heading = useRef<HTMLHeadingElement>(null);
  const registrations = useRegistrations(informingOpen, {
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    q: list.q,
  });
  const informed = useMarkInformed();
  const withdraw = useWithdraw();
  return (
    <section className="kt-section" aria-labelledby="involvement-mine">
      <Heading2 id="involvement-mine" ref={heading} tabIndex={-1}>
        {t('involvement.list.heading')}
      </Heading2>
      <ListToolbar
        state={list}
        label={t('involvement.list.heading')}
        searchLabel={t('involvement.list.search')}
        searchDescription={t('involvement.list.searchDescription')}
        sorts={REGISTRATION_SORTS.map((value) => ({ value, label: t(`involvement.list.sorts.${value}`) }))}
      >
        {/* Page 3 of another selection means nothing: a filter change starts again at page 1. */}
        <CheckboxField
          label={t('involvement.list.informingOpen')}
          checked={informingOpen}
          onCheckedChange={(open) => {
            setInformingOpen(open);
            list.firstPage();
          }}
        />
      </ListToolbar>
      <ProblemAlert error={informed.error ?? withdraw.error} />
      <QueryView query={registrations}>
        {(data) =>
          data.total === 0 ? (
            <Paragraph role="status">{list.q ? t('involvement.list.noMatch') : t('involvement.list.empty')}</Paragraph>
          ) : (
            <>
              <RegistrationsTable
                items={data.items}
                caption={t('involvement.list.caption', { count: data.total })}
                busy={registrations.isFetching || informed.isPending || withdraw.isPending}
                onInformed={(id) => informed.mutate(id)}
                onWithdraw={(id) => withdraw.mutate(id)}
              />
              {/* Back to the top of the list with the new page, so keyboard and screen-reader users need not walk back up. */}
              <ListPager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPageChange={(next) => {
                  list.setPage(next);
                  heading.current?.focus();
                }}
              />
            </>
          )
        }
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
