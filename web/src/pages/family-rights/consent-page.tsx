import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGiveConsent, useMyConsent, useWithdrawConsent, type PortalConsent } from '../../api/family-rights';
import { CheckboxGroup } from '../../components/form/checkbox-group';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { day } from './rights-links';
import './family-rights.css';
import { Glossary } from '../portal/term';

const SCOPES = ['contact', 'plan', 'meetings', 'story', 'instruments'] as const;
type Scope = (typeof SCOPES)[number];

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      organisationId: {
        label: t('familyRights.consent.organisation'),
        messages: { required: t('familyRights.consent.organisationRequired') },
      },
      scopes: {
        label: t('familyRights.consent.scopes'),
        messages: { required: t('familyRights.consent.scopesRequired') },
      },
    }),
    [t],
  );
}

function GiveForm({ data }: { data: PortalConsent }) {
  const { t } = useTranslation();
  const give = useGiveConsent();
  const [organisationId, setOrganisationId] = useState('');
  const [scopes, setScopes] = useState<Scope[]>([]);
  const form = useFormErrors(useSpecs(), give.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(organisationId === '', 'organisationId'), issue(scopes.length === 0, 'scopes')])) return;
    give.mutate({ organisationId, scopes }, { onSuccess: () => setScopes([]) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Heading2>{t('familyRights.consent.giveTitle')}</Heading2>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('familyRights.consent.organisation')}
        value={organisationId}
        onValueChange={setOrganisationId}
        emptyOption={t('familyRights.consent.choose')}
        options={data.overview.organisations.map((o) => ({ value: o.id, label: o.name }))}
        required
        {...form.field('organisationId')}
      />
      <CheckboxGroup<Scope>
        legend={t('familyRights.consent.scopes')}
        options={SCOPES.map((s) => ({ value: s, label: t(`familyRights.consent.scopeNames.${s}`) }))}
        selected={scopes}
        onSelectedChange={setScopes}
        {...form.field('scopes')}
      />
      <Button type="submit" appearance="primary-action-button" busy={give.isPending} disabled={give.isPending}>
        {t('familyRights.consent.give')}
      </Button>
    </form>
  );
}

export function ConsentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const consent = useMyConsent();
  const withdraw = useWithdrawConsent();
  const give = useGiveConsent();
  const scopeList = (scopes: readonly string[]) =>
    format.list(scopes.map((s) => t(`familyRights.consent.scopeNames.${s as Scope}`)));
  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.consent.title')}</PageHeading>
      <Paragraph>{t('familyRights.consent.intro')}</Paragraph>
      <Paragraph>{t('familyRights.consent.rule')}</Paragraph>
      <Glossary terms={['gezag']} />
      <ProblemAlert error={withdraw.error ?? give.error} />
      <QueryView query={consent}>
        {(data) => {
          const decides = data.viewer.mayDecideConsent;
          return (
            <>
              {decides ? null : <Paragraph>{t('familyRights.consent.notYours')}</Paragraph>}
              <Heading2>{t('familyRights.consent.active')}</Heading2>
              {data.overview.consents.length === 0 ? (
                <Paragraph>{t('familyRights.common.none')}</Paragraph>
              ) : (
                <ul className="kt-rights-list">
                  {data.overview.consents.map((c) => (
                    <li key={c.id} data-testid="consent">
                      <strong>{c.organisation.name}</strong>
                      <Paragraph>{scopeList(c.scopes)}</Paragraph>
                      <Paragraph className="kt-rights-meta">
                        {t('familyRights.consent.since', { date: format.date(day(c.givenOn)) })} ·{' '}
                        {t('familyRights.consent.givenBy', { names: format.list(c.givenBy.map((g) => g.name)) })}
                      </Paragraph>
                      <Paragraph>
                        {c.complete
                          ? t('familyRights.consent.complete')
                          : t('familyRights.consent.incomplete', { names: format.list(c.missing.map((m) => m.name)) })}
                      </Paragraph>
                      {decides ? (
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => withdraw.mutate(c.id)}
                          disabled={withdraw.isPending}
                        >
                          {t('familyRights.consent.withdraw')}
                        </Button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {data.overview.withdrawn.length > 0 ? (
                <>
                  <Heading2>{t('familyRights.consent.withdrawn')}</Heading2>
                  <ul className="kt-rights-list">
                    {data.overview.withdrawn.map((c) => (
                      <li key={c.id}>
                        <strong>{c.organisation.name}</strong>
                        <Paragraph>{scopeList(c.scopes)}</Paragraph>
                        <Paragraph className="kt-rights-meta">
                          {t('familyRights.consent.withdrawnOn', { date: format.date(day(c.withdrawnOn)) })}
                        </Paragraph>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {decides ? <GiveForm data={data} /> : null}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
