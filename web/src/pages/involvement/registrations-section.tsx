import { Button, Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkInformed, useRegistrations, useWithdraw, type Registration } from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { CheckboxField } from '../../components/form/checkbox-field';
import { DataTable } from '../../components/data-table';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

/** My organisation's active registrations; "informing open" narrows to those whose parents/youth are still to be informed. */
export function RegistrationsSection() {
  const { t } = useTranslation();
  const [informingOpen, setInformingOpen] = useState(false);
  const registrations = useRegistrations(informingOpen);
  const informed = useMarkInformed();
  const withdraw = useWithdraw();
  return (
    <section className="kt-section" aria-labelledby="involvement-mine">
      <Heading2 id="involvement-mine">{t('involvement.list.heading')}</Heading2>
      <CheckboxField label={t('involvement.list.informingOpen')} checked={informingOpen} onCheckedChange={setInformingOpen} />
      <ProblemAlert error={informed.error ?? withdraw.error} />
      <QueryView query={registrations}>
        {(data) => data.items.length === 0 ? <Paragraph>{t('involvement.list.empty')}</Paragraph> : (
          <>
            {data.truncated ? <Paragraph data-testid="registrations-truncated">{t('involvement.list.truncated', { count: data.cap })}</Paragraph> : null}
            <RegistrationsTable items={data.items} busy={registrations.isFetching || informed.isPending || withdraw.isPending}
              onInformed={(id) => informed.mutate(id)} onWithdraw={(id) => withdraw.mutate(id)} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function RegistrationsTable({ items, busy, onInformed, onWithdraw }: { items: Registration[]; busy: boolean; onInformed: (id: string) => void; onWithdraw: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable caption={t('involvement.list.caption', { count: items.length })} busy={busy} testId="registrations-table" wide>
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
              <AppLink to={`/involvement/registrations/${r.id}`}>{r.bsnMasked}</AppLink> ({t('involvement.list.age', { age: r.age })})
            </TableHeaderCell>
            <TableCell>{r.riskGround}</TableCell>
            <TableCell>{r.contactName}, {r.contactPhone}</TableCell>
            <TableCell>{format.dateTime(r.registeredAt)}</TableCell>
            <TableCell>{format.date(r.endsOn)}</TableCell>
            <TableCell>
              {r.informing.informedAt
                ? t('involvement.list.informedOn', { date: format.date(r.informing.informedAt) })
                : t(`involvement.audience.${r.informing.audience}`)}
            </TableCell>
            <TableCell>
              {r.matches.length === 0 ? t('common.none') : r.matches.map((m, i) => (
                <span key={m.id}>{i > 0 ? ', ' : ''}<AppLink to={`/involvement/matches/${m.id}`}>{t(`involvement.matchKinds.${m.kind}`)}</AppLink></span>
              ))}
            </TableCell>
            <TableCell>
              {r.informing.informedAt ? null : (
                <Button appearance="secondary-action-button" onClick={() => onInformed(r.id)} aria-label={t('involvement.list.markInformedLabel', { youth: r.bsnMasked })}>
                  {t('involvement.list.markInformed')}
                </Button>
              )}{' '}
              <Button appearance="subtle-button" onClick={() => { if (window.confirm(t('involvement.list.withdrawConfirm'))) onWithdraw(r.id); }}
                aria-label={t('involvement.list.withdrawLabel', { youth: r.bsnMasked })}>
                {t('involvement.list.withdraw')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
