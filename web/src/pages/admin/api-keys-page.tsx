import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PARTNER_SCOPES,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
  type ApiKey,
  type PartnerScope,
} from '../../api/involvement';
import { DataTable } from '../../components/data-table';
import { CheckboxGroup } from '../../components/form/checkbox-group';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { useOrganisationOptions } from './options';

// i18next reads ':' as a namespace separator, so the keys use '_'.
const SCOPE_LABEL = {
  'signals:submit': 'involvement.admin.scope.signals_submit',
  'registrations:submit': 'involvement.admin.scope.registrations_submit',
  'ijw:exchange': 'involvement.admin.scope.ijw_exchange',
} as const;

/** Partner API keys: created per organisation with scopes, the token shown once, revocable. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  return (
    <>
      <PageHeading>{t('involvement.admin.keysTitle')}</PageHeading>
      <Paragraph>{t('involvement.admin.keysIntro')}</Paragraph>
      <NewKeyForm />
      <ProblemAlert error={revoke.error} />
      <QueryView query={keys}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t('involvement.admin.noKeys')}</Paragraph>
          ) : (
            <KeysTable
              keys={data.items}
              busy={keys.isFetching || revoke.isPending}
              onRevoke={(id) => revoke.mutate(id)}
            />
          )
        }
      </QueryView>
    </>
  );
}

function useKeySpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const organisation = t('involvement.admin.errors.organisation');
    const rateLimit = t('involvement.admin.errors.rateLimit');
    return {
      organisationId: {
        label: t('involvement.admin.organisation'),
        messages: { required: organisation, invalid_format: organisation },
      },
      label: {
        label: t('involvement.admin.label'),
        messages: {
          required: t('involvement.admin.errors.label'),
          too_big: t('involvement.admin.errors.labelTooLong'),
        },
      },
      scopes: {
        label: t('involvement.admin.scopes'),
        messages: { required: t('involvement.admin.errors.scopes'), too_small: t('involvement.admin.errors.scopes') },
      },
      rateLimitPerMinute: {
        label: t('involvement.admin.rateLimit'),
        messages: { required: rateLimit, invalid_type: rateLimit, too_small: rateLimit, too_big: rateLimit },
      },
    };
  }, [t]);
}

function NewKeyForm() {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const create = useCreateApiKey();
  const [organisationId, setOrganisationId] = useState('');
  const [label, setLabel] = useState('');
  const [scopes, setScopes] = useState<PartnerScope[]>([]);
  const [limit, setLimit] = useState('60');
  const form = useFormErrors(useKeySpecs(), create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rate = Number(limit.trim());
    const ok = form.check([
      issue(!organisationId, 'organisationId'),
      issue(!label.trim(), 'label'),
      issue(scopes.length === 0, 'scopes'),
      issue(!Number.isInteger(rate) || rate < 1 || rate > 100_000, 'rateLimitPerMinute', 'invalid_type'),
    ]);
    if (!ok) return;
    create.mutate(
      { organisationId, label: label.trim(), scopes, rateLimitPerMinute: rate },
      {
        onSuccess: () => {
          setLabel('');
          setScopes([]);
        },
      },
    );
  };
  return (
    <section className="kt-section" aria-labelledby="new-key">
      <Heading2 id="new-key">{t('involvement.admin.newKey')}</Heading2>
      {create.data ? (
        <Alert type="warning" className="kt-alert" role="status">
          <Paragraph>{t('involvement.admin.tokenOnce')}</Paragraph>
          <Paragraph>
            <code data-testid="new-token">{create.data.token}</code>
          </Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <SelectField
          label={t('involvement.admin.organisation')}
          value={organisationId}
          onValueChange={setOrganisationId}
          emptyOption={t('common.choose')}
          options={organisations.options}
          {...form.field('organisationId')}
          required
        />
        <TextField
          label={t('involvement.admin.label')}
          description={t('involvement.admin.labelDescription')}
          value={label}
          onValueChange={setLabel}
          {...form.field('label')}
          required
        />
        <CheckboxGroup
          legend={t('involvement.admin.scopes')}
          options={PARTNER_SCOPES.map((s) => ({ value: s, label: t(SCOPE_LABEL[s]) }))}
          selected={scopes}
          onSelectedChange={setScopes}
          {...form.field('scopes')}
        />
        <TextField
          label={t('involvement.admin.rateLimit')}
          inputMode="numeric"
          value={limit}
          onValueChange={setLimit}
          {...form.field('rateLimitPerMinute')}
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('involvement.admin.create')}
        </Button>
      </form>
    </section>
  );
}

function KeysTable({ keys, busy, onRevoke }: { keys: ApiKey[]; busy: boolean; onRevoke: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      caption={t('involvement.admin.keysCaption', { count: keys.length })}
      busy={busy}
      testId="api-keys-table"
      wide
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('involvement.admin.label')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.admin.organisation')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.admin.prefix')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.admin.scopes')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.admin.lastUsed')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('involvement.admin.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {keys.map((k) => (
          <TableRow key={k.id}>
            <TableHeaderCell scope="row">{k.label}</TableHeaderCell>
            <TableCell>{k.organisationName}</TableCell>
            <TableCell>
              <code>{k.tokenPrefix}…</code>
            </TableCell>
            <TableCell>{k.scopes.map((s) => t(SCOPE_LABEL[s])).join(', ')}</TableCell>
            <TableCell>{k.lastUsedAt ? format.dateTime(k.lastUsedAt) : t('involvement.admin.never')}</TableCell>
            <TableCell>
              {k.revokedAt ? (
                t('involvement.admin.revokedOn', { date: format.date(k.revokedAt) })
              ) : (
                <Button
                  appearance="secondary-action-button"
                  onClick={() => onRevoke(k.id)}
                  aria-label={t('involvement.admin.revokeLabel', { label: k.label })}
                >
                  {t('involvement.admin.revoke')}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
