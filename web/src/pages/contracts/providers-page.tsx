import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useProviders } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** Care providers (organisations with an AGB code) and how many contracts each has. */
export function ProvidersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const providers = useProviders();
  return (
    <>
      <PageHeading>{t('contracts.providers.title')}</PageHeading>
      <Paragraph>
        <AppLink to="/contracts">{t('contracts.detail.back')}</AppLink>
      </Paragraph>
      <ProblemAlert error={providers.error} />
      {providers.data ? (
        <DataTable caption={t('contracts.providers.caption', { count: providers.data.items.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('contracts.fields.provider')}</TableHeaderCell>
              <TableHeaderCell scope="col">AGB</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.providers.contracts')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {providers.data.items.map((p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                <TableCell>{p.agbCode}</TableCell>
                <TableCell>{format.integer(p.contracts)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}
    </>
  );
}
