// Public form (no account): a family volunteers as support family. Screening (VOG, intake,
// references, approval) follows with the coordinator; the form only says "thank you".
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES, isSlot, usePublicFamily } from '../../api/support-families';
import { CheckboxField } from '../../components/form/checkbox-field';
import { SelectField } from '../../components/form/select-field';
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
  useSupportFormSpecs,
} from './shared-fields';
import './support-forms.css';

const int = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

export function FamilyFormPage() {
  const { t, i18n } = useTranslation();
  const send = usePublicFamily();
  const [f, setF] = useState({
    givenName: '',
    familyName: '',
    email: '',
    phone: '',
    postcode: '',
    maxChildren: '2',
    maxFamilies: '1',
    frequency: 'weekly',
    maxTravelKm: '5',
    ageMin: '4',
    ageMax: '12',
    experience: '',
    website: '',
  });
  const [offers, setOffers] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const [slots, setSlots] = useState<string[]>([]);
  const [foster, setFoster] = useState(false);
  const [consent, setConsent] = useState(false);
  const form = useFormErrors(
    useSupportFormSpecs({
      givenName: t('supportFamilies.form.givenName'),
      familyName: t('supportFamilies.form.familyName'),
      email: t('supportFamilies.form.email'),
      phone: t('supportFamilies.form.phone'),
      postcode: t('supportFamilies.form.postcode'),
      offers: t('supportFamilies.form.offers'),
      maxChildren: t('supportFamilies.form.maxChildren'),
      maxFamilies: t('supportFamilies.form.maxFamilies'),
      maxTravelKm: t('supportFamilies.form.maxTravelKm'),
      preferredAgeMin: t('supportFamilies.form.ageMin'),
      preferredAgeMax: t('supportFamilies.form.ageMax'),
      languages: t('supportFamilies.form.languagesSpoken'),
      availability: t('supportFamilies.form.availability'),
      parentingExperience: t('supportFamilies.form.experience'),
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
      offers,
      maxChildren: int(f.maxChildren),
      maxFamilies: int(f.maxFamilies),
      frequency: FREQUENCIES.find((x) => x === f.frequency) ?? 'weekly',
      languages,
      availability: slots.filter(isSlot),
      maxTravelKm: int(f.maxTravelKm),
      preferredAgeMin: int(f.ageMin),
      preferredAgeMax: int(f.ageMax),
      ...(f.experience.trim() ? { parentingExperience: f.experience.trim() } : {}),
      fosterInterest: foster,
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
      <PageHeading>{t('supportFamilies.form.familyTitle')}</PageHeading>
      <Paragraph lead>{t('supportFamilies.form.familyIntro')}</Paragraph>
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
        <KindsField
          legend={t('supportFamilies.form.offers')}
          selected={offers}
          onChange={setOffers}
          {...form.field('offers')}
        />
        <Heading2>{t('supportFamilies.form.capacity')}</Heading2>
        <TextField
          label={t('supportFamilies.form.maxChildren')}
          type="number"
          min={1}
          max={10}
          value={f.maxChildren}
          onValueChange={set('maxChildren')}
          required
          {...form.field('maxChildren')}
        />
        <TextField
          label={t('supportFamilies.form.maxFamilies')}
          type="number"
          min={1}
          max={5}
          value={f.maxFamilies}
          onValueChange={set('maxFamilies')}
          required
          {...form.field('maxFamilies')}
        />
        <SelectField
          label={t('supportFamilies.form.frequency')}
          value={f.frequency}
          onValueChange={set('frequency')}
          options={FREQUENCIES.map((x) => ({ value: x, label: t(`supportFamilies.frequencies.${x}`) }))}
        />
        <TextField
          label={t('supportFamilies.form.maxTravelKm')}
          type="number"
          min={1}
          max={50}
          value={f.maxTravelKm}
          onValueChange={set('maxTravelKm')}
          required
          {...form.field('maxTravelKm')}
        />
        <TextField
          label={t('supportFamilies.form.ageMin')}
          type="number"
          min={0}
          max={17}
          value={f.ageMin}
          onValueChange={set('ageMin')}
          required
          {...form.field('preferredAgeMin')}
        />
        <TextField
          label={t('supportFamilies.form.ageMax')}
          type="number"
          min={0}
          max={17}
          value={f.ageMax}
          onValueChange={set('ageMax')}
          required
          {...form.field('preferredAgeMax')}
        />
        <LanguagesField
          legend={t('supportFamilies.form.languagesSpoken')}
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
          label={t('supportFamilies.form.experience')}
          value={f.experience}
          onValueChange={set('experience')}
          {...form.field('parentingExperience')}
        />
        <CheckboxField label={t('supportFamilies.form.fosterInterest')} checked={foster} onCheckedChange={setFoster} />
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
