// Public form (no account): a family asks for a support family. After sending, only "thank you,
// check your e-mail" — the form gives nothing back.
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSlot, usePublicRequest } from '../../api/support-families';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { ErrorSummary } from '../../components/form/error-summary';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import {
  AvailabilityField,
  ConsentField,
  Honeypot,
  KindsField,
  LanguagesField,
  parseAges,
  useSupportFormSpecs,
} from './shared-fields';
import './support-forms.css';

export function RequestFormPage() {
  const { t, i18n } = useTranslation();
  const send = usePublicRequest();
  const [f, setF] = useState({
    givenName: '',
    familyName: '',
    email: '',
    phone: '',
    postcode: '',
    ages: '',
    upbringing: '',
    offerBack: '',
    website: '',
  });
  const [kinds, setKinds] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [slots, setSlots] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const form = useFormErrors(
    useSupportFormSpecs({
      givenName: t('supportFamilies.form.givenName'),
      familyName: t('supportFamilies.form.familyName'),
      email: t('supportFamilies.form.email'),
      phone: t('supportFamilies.form.phone'),
      postcode: t('supportFamilies.form.postcode'),
      childAges: t('supportFamilies.form.childAges'),
      supportKinds: t('supportFamilies.form.supportKinds'),
      languages: t('supportFamilies.form.languagesHome'),
      availability: t('supportFamilies.form.availability'),
      upbringing: t('supportFamilies.form.upbringing'),
      offerBack: t('supportFamilies.form.offerBack'),
      consent: t('supportFamilies.form.consentLegend'),
    }),
    send.error,
  );
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (
      !form.check([
        issue(!f.givenName.trim(), 'givenName'),
        issue(!f.familyName.trim(), 'familyName'),
        issue(!f.email.trim(), 'email'),
        issue(!f.postcode.trim(), 'postcode'),
        issue(!consent, 'consent'),
      ])
    )
      return;
    send.mutate({
      givenName: f.givenName.trim(),
      familyName: f.familyName.trim(),
      email: f.email.trim(),
      ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
      postcode: f.postcode.trim(),
      supportKinds: kinds,
      childAges: parseAges(f.ages),
      languages,
      availability: slots.filter(isSlot),
      ...(f.upbringing.trim() ? { upbringing: f.upbringing.trim() } : {}),
      ...(f.offerBack.trim() ? { offerBack: f.offerBack.trim() } : {}),
      consent: consent as true,
      ...(f.website ? { website: f.website } : {}),
      locale: i18n.language.startsWith('en') ? 'en' : 'nl',
    });
  };
  if (send.isSuccess) {
    return (
      <>
        <PageHeading>{t('supportFamilies.form.thanksTitle')}</PageHeading>
        <Alert type="ok" role="status" className="kt-alert">
          <Paragraph>{t('supportFamilies.form.thanksCheckMail')}</Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('supportFamilies.form.requestTitle')}</PageHeading>
      <Paragraph lead>{t('supportFamilies.form.requestIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="kt-sf-form">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <Heading2>{t('supportFamilies.form.aboutYou')}</Heading2>
        <TextField
          label={t('supportFamilies.form.givenName')}
          value={f.givenName}
          onValueChange={set('givenName')}
          autoComplete="given-name"
          required
          {...form.field('givenName')}
        />
        <TextField
          label={t('supportFamilies.form.familyName')}
          value={f.familyName}
          onValueChange={set('familyName')}
          autoComplete="family-name"
          required
          {...form.field('familyName')}
        />
        <TextField
          label={t('supportFamilies.form.email')}
          description={t('supportFamilies.form.emailDescription')}
          type="email"
          value={f.email}
          onValueChange={set('email')}
          autoComplete="email"
          required
          {...form.field('email')}
        />
        <TextField
          label={t('supportFamilies.form.phone')}
          type="tel"
          value={f.phone}
          onValueChange={set('phone')}
          autoComplete="tel"
          {...form.field('phone')}
        />
        <TextField
          label={t('supportFamilies.form.postcode')}
          value={f.postcode}
          onValueChange={set('postcode')}
          autoComplete="postal-code"
          required
          {...form.field('postcode')}
        />
        <TextField
          label={t('supportFamilies.form.childAges')}
          description={t('supportFamilies.form.childAgesDescription')}
          value={f.ages}
          onValueChange={set('ages')}
          inputMode="numeric"
          required
          {...form.field('childAges')}
        />
        <KindsField
          legend={t('supportFamilies.form.supportKinds')}
          selected={kinds}
          onChange={setKinds}
          {...form.field('supportKinds')}
        />
        <LanguagesField
          legend={t('supportFamilies.form.languagesHome')}
          selected={languages}
          onChange={setLanguages}
          {...form.field('languages')}
        />
        <AvailabilityField
          legend={t('supportFamilies.form.availability')}
          selected={slots}
          onChange={setSlots}
          {...form.field('availability')}
        />
        <TextareaField
          label={t('supportFamilies.form.upbringing')}
          value={f.upbringing}
          onValueChange={set('upbringing')}
          {...form.field('upbringing')}
        />
        <TextareaField
          label={t('supportFamilies.form.offerBack')}
          value={f.offerBack}
          onValueChange={set('offerBack')}
          {...form.field('offerBack')}
        />
        <ConsentField checked={consent} onChange={setConsent} {...form.field('consent')} />
        <Honeypot value={f.website} onChange={set('website')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={send.isPending} disabled={send.isPending}>
            {t('supportFamilies.form.send')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
