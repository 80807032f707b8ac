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
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import {
  AvailabilityField,
  ConsentField,
  Honeypot,
  KindsField,
  LanguagesField,
  useFieldErrorText,
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
  const err = useFieldErrorText(fieldErrorsOf(send.error));
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
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
        <ProblemAlert
          error={send.error}
          fieldsShownInline={[
            'givenName',
            'familyName',
            'email',
            'phone',
            'postcode',
            'offers',
            'maxChildren',
            'maxFamilies',
            'languages',
            'availability',
            'maxTravelKm',
            'preferredAgeMin',
            'preferredAgeMax',
            'consent',
          ]}
        />
        <Heading2>{t('supportFamilies.form.aboutYou')}</Heading2>
        <TextField
          label={t('supportFamilies.form.givenName')}
          value={f.givenName}
          onValueChange={set('givenName')}
          autoComplete="given-name"
          required
          error={err('givenName')}
        />
        <TextField
          label={t('supportFamilies.form.familyName')}
          value={f.familyName}
          onValueChange={set('familyName')}
          autoComplete="family-name"
          required
          error={err('familyName')}
        />
        <TextField
          label={t('supportFamilies.form.email')}
          description={t('supportFamilies.form.emailDescription')}
          type="email"
          value={f.email}
          onValueChange={set('email')}
          autoComplete="email"
          required
          error={err('email')}
        />
        <TextField
          label={t('supportFamilies.form.phone')}
          type="tel"
          value={f.phone}
          onValueChange={set('phone')}
          autoComplete="tel"
          error={err('phone')}
        />
        <TextField
          label={t('supportFamilies.form.postcode')}
          value={f.postcode}
          onValueChange={set('postcode')}
          autoComplete="postal-code"
          required
          error={err('postcode')}
        />
        <KindsField
          legend={t('supportFamilies.form.offers')}
          selected={offers}
          onChange={setOffers}
          error={err('offers')}
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
          error={err('maxChildren')}
        />
        <TextField
          label={t('supportFamilies.form.maxFamilies')}
          type="number"
          min={1}
          max={5}
          value={f.maxFamilies}
          onValueChange={set('maxFamilies')}
          required
          error={err('maxFamilies')}
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
          error={err('maxTravelKm')}
        />
        <TextField
          label={t('supportFamilies.form.ageMin')}
          type="number"
          min={0}
          max={17}
          value={f.ageMin}
          onValueChange={set('ageMin')}
          required
          error={err('preferredAgeMin')}
        />
        <TextField
          label={t('supportFamilies.form.ageMax')}
          type="number"
          min={0}
          max={17}
          value={f.ageMax}
          onValueChange={set('ageMax')}
          required
          error={err('preferredAgeMax')}
        />
        <LanguagesField
          legend={t('supportFamilies.form.languagesSpoken')}
          selected={languages}
          onChange={setLanguages}
          error={err('languages')}
        />
        <AvailabilityField
          legend={t('supportFamilies.form.availability')}
          selected={slots}
          onChange={setSlots}
          error={err('availability')}
        />
        <TextareaField
          label={t('supportFamilies.form.experience')}
          value={f.experience}
          onValueChange={set('experience')}
          error={err('parentingExperience')}
        />
        <CheckboxField label={t('supportFamilies.form.fosterInterest')} checked={foster} onCheckedChange={setFoster} />
        <ConsentField checked={consent} onChange={setConsent} error={err('consent')} />
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
