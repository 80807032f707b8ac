import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useProviders, type ContractProvider } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { ProviderForm } from './provider-form';
import './contracts.css';

/** Care providers (organisations with an AGB code) and how many contracts each has; add or edit one. */
export function ProvidersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const providers = useProviders();
  const [editing, setEditing] = useState<ContractProvider | null>(null);
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
              <TableHeaderCell scope="col">{t('contracts.providers.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {providers.data.items.map((p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                <TableCell>{p.agbCode}</TableCell>
                <TableCell>{format.integer(p.contracts)}</TableCell>
                <TableCell>
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={t('contracts.providers.editOne', { name: p.name })}
                    onClick={() => {
                      setEditing(p);
                      document.getElementById('provider-form-title')?.scrollIntoView({ block: 'start' });
                    }}
                  >
                    {t('contracts.providers.edit')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}
      <ProviderForm editing={editing} onDone={() => setEditing(null)} />
    </>
  );
}
