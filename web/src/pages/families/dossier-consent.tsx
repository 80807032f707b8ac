import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_SCOPES, useRecordConsent, type ConsentScope, type Dossier, type PersonRef } from '../../api/families';
import { WithdrawConsentForm, WithdrawnConsents } from './consent-withdrawal';
import { DataTable } from '../../components/data-table';
import { CheckboxGroup } from '../../components/form/checkbox-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { ErrorSummary } from '../../components/form/error-summary';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useConsentSpecs } from './consent-specs';
import { useFormat } from '../../i18n/format';
import { today } from '../../clock';

const names = (people: PersonRef[]) => people.map((p) => p.name).join(', ');

/** Consent per organisation, and who must give it for each child by the age rule (Jeugdwet 7.3.4). */
export function ConsentSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = dossier.consent;
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const withdrawingConsent = c.consents.find((x) => x.id === withdrawing) ?? null;
  return (
    <section aria-labelledby="consent-heading" className="kt-section">
      <Heading2 id="consent-heading">{t('families.dossier.consentTitle')}</Heading2>
      <Alert type={c.complete ? 'ok' : 'warning'} className="kt-alert" data-testid="consent-status">
        <Paragraph>
          {t(c.complete ? 'families.dossier.consentComplete' : 'families.dossier.consentIncomplete')}
        </Paragraph>
      </Alert>
      {c.children.length > 0 ? (
        <DataTable caption={t('families.dossier.consentRuleCaption')} testId="consent-rule">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('families.dossier.child')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('families.dossier.rule')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('families.dossier.required')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.children.map((child) => (
              <TableRow key={child.personId}>
                <TableHeaderCell scope="row">
                  {child.name} ({child.age})
                </TableHeaderCell>
                <TableCell>{t(`families.rules.${child.rule}`)}</TableCell>
                <TableCell>
                  {child.required.length > 0 ? names(child.required) : t('families.dossier.nobody')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}
      {c.consents.length === 0 ? (
        <Paragraph>{t('families.dossier.consentEmpty')}</Paragraph>
      ) : (
        <DataTable caption={t('families.dossier.consentsCaption')} testId="consents-table" wide>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('families.dossier.consentOrganisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('families.dossier.scopes')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('families.dossier.givenBy')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('families.dossier.givenOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('families.dossier.missing')}</TableHeaderCell>
              {dossier.abilities.edit ? (
                <TableHeaderCell scope="col">{t('families.people.actions')}</TableHeaderCell>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.consents.map((consent) => (
              <TableRow key={consent.id}>
                <TableHeaderCell scope="row">{consent.organisation.name}</TableHeaderCell>
                <TableCell>{consent.scopes.map((s) => t(`families.scopes.${s}`)).join(', ')}</TableCell>
                <TableCell>{names(consent.givenBy)}</TableCell>
                <TableCell>{format.date(consent.givenOn)}</TableCell>
                <TableCell>{consent.complete ? '–' : names(consent.missing)}</TableCell>
                {dossier.abilities.edit ? (
                  <TableCell>
                    <Button
                      type="button"
                      appearance="subtle-button"
                      onClick={() => setWithdrawing(consent.id)}
                      aria-label={t('families.consentWithdrawal.buttonFor', {
                        organisation: consent.organisation.name,
                      })}
                    >
                      {t('families.consentWithdrawal.button')}
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      {dossier.abilities.edit && withdrawingConsent ? (
        <WithdrawConsentForm
          key={withdrawingConsent.id}
          familyId={dossier.id}
          consent={withdrawingConsent}
          onDone={() => setWithdrawing(null)}
        />
      ) : null}
      <WithdrawnConsents dossier={dossier} />
      {dossier.abilities.edit ? <ConsentForm dossier={dossier} /> : null}
    </section>
  );
}

function ConsentForm({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const record = useRecordConsent(dossier.id);
  const [organisationId, setOrganisationId] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [givers, setGivers] = useState<string[]>([]);
  const [givenOn, setGivenOn] = useState(today);
  const serverError = useMemo(() => withFieldCodes(record.error), [record.error]);
  const form = useFormErrors(useConsentSpecs(), serverError);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = form.check([
      issue(!organisationId, 'organisationId'),
      issue(scopes.length === 0, 'scopes'),
      issue(givers.length === 0, 'givenByPersonIds'),
      issue(!givenOn, 'givenOn'),
      issue(Boolean(givenOn) && givenOn > today(), 'givenOn', 'in_future'),
    ]);
    if (!valid) return;
    record.mutate(
      { organisationId, scopes: scopes as ConsentScope[], givenOn, givenByPersonIds: givers },
      {
        onSuccess: () => {
          form.clear();
          setScopes([]);
          setGivers([]);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="consent-form-heading">
      <Heading3 id="consent-form-heading">{t('families.dossier.consentAdd')}</Heading3>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('families.dossier.consentOrganisation')}
        value={organisationId}
        onValueChange={setOrganisationId}
        emptyOption={t('common.choose')}
        required
        options={dossier.consent.organisations.map((o) => ({ value: o.id, label: o.name }))}
        {...form.field('organisationId')}
      />
      <CheckboxGroup
        legend={t('families.dossier.consentScopes')}
        options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`families.scopes.${s}`) }))}
        selected={scopes}
        onSelectedChange={setScopes}
        {...form.field('scopes')}
      />
      <CheckboxGroup
        legend={t('families.dossier.consentGivers')}
        options={dossier.members.map((m) => ({ value: m.id, label: `${m.givenName} ${m.familyName}` }))}
        selected={givers}
        onSelectedChange={setGivers}
        {...form.field('givenByPersonIds')}
      />
      <TextField
        label={t('families.dossier.consentGivenOn')}
        type="date"
        value={givenOn}
        onValueChange={setGivenOn}
        required
        {...form.field('givenOn')}
      />
      <Button type="submit" appearance="primary-action-button" busy={record.isPending} disabled={record.isPending}>
        {t('families.dossier.consentSave')}
      </Button>
    </form>
  );
}
