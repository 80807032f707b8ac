import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { messageFileUrl, useMessageBox, type IjwMessageType } from '../../api/provider';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { UploadForm } from './upload-form';

export const MESSAGE_TYPES = [
  'JW301',
  'JW302',
  'JW305',
  'JW306',
  'JW307',
  'JW308',
  'JW315',
  'JW316',
  'JW317',
  'JW318',
  'JW319',
  'JW320',
  'JW323',
  'JW325',
] as const satisfies readonly IjwMessageType[];
const SORTS = ['created_desc'] as const;

/** The message box: the upload form first, then the messages in and out, newest first, each viewable and downloadable. */
export function MessageBoxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListState(SORTS);
  const [params, setParams] = useSearchParams();
  const rawDirection = params.get('direction') ?? '';
  const direction = rawDirection === 'in' || rawDirection === 'out' ? rawDirection : '';
  const rawType = params.get('type') ?? '';
  const messageType = (MESSAGE_TYPES as readonly string[]).includes(rawType) ? (rawType as IjwMessageType) : '';
  const box = useMessageBox({ page: list.page, pageSize: list.pageSize, q: list.q, direction, messageType });
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const data = box.data;
  return (
    <>
      <PageHeading>{t('provider.messages.title')}</PageHeading>
      <Paragraph lead>{t('provider.messages.intro')}</Paragraph>
      <UploadForm />
      <ListToolbar state={list} label={t('provider.messages.filters')} searchLabel={t('provider.messages.search')}>
        <SelectField
          label={t('provider.messages.direction')}
          value={direction}
          onValueChange={(v) => update('direction', v)}
          emptyOption={t('provider.any')}
          options={(['out', 'in'] as const).map((d) => ({ value: d, label: t(`provider.directions.${d}`) }))}
        />
        <SelectField
          label={t('provider.messages.type')}
          value={messageType}
          onValueChange={(v) => update('type', v)}
          emptyOption={t('provider.any')}
          options={MESSAGE_TYPES.map((m) => ({ value: m, label: t(`provider.types.${m}`) }))}
        />
      </ListToolbar>
      <ProblemAlert error={box.error} />
      {data ? (
        <>
          <DataTable
            caption={t('provider.messages.caption', { count: data.total })}
            busy={box.isFetching}
            testId="message-box"
            wide
            stack
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('provider.messages.type')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.messages.direction')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.messages.date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.messages.identification')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.messages.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.messages.download')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((m) => {
                const name = t(`provider.types.${m.messageType}`);
                return (
                  <TableRow key={m.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/provider/messages/${m.id}`}>{name}</AppLink>
                    </TableHeaderCell>
                    <TableCell>{t(`provider.directions.${m.direction}`)}</TableCell>
                    <TableCell>{format.dateTime(m.createdAt)}</TableCell>
                    <TableCell>{m.identification}</TableCell>
                    <TableCell>
                      {m.status === 'ready' ? (
                        <strong>{t(`provider.messageStatus.${m.status}`)}</strong>
                      ) : (
                        t(`provider.messageStatus.${m.status}`)
                      )}
                    </TableCell>
                    <TableCell>
                      <a
                        className="utrecht-link"
                        href={messageFileUrl(m.id)}
                        download
                        aria-label={t('provider.messages.downloadNamed', { name: `${name} ${m.identification}` })}
                        onClick={() => setTimeout(() => void box.refetch(), 1000)}
                      >
                        {t('provider.messages.download')}
                      </a>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </DataTable>
          {data.total === 0 ? <Paragraph>{t('provider.messages.none')}</Paragraph> : null}
          <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
        </>
      ) : null}
    </>
  );
}
