import {
  Button,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawConsent, type ConsentOverview, type Dossier } from '../../api/families';
import { DataTable } from '../../components/data-table';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { ErrorSummary } from '../../components/form/error-summary';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useConsentSpecs } from './consent-specs';
import { useFormat } from '../../i18n/format';
import { today } from '../../clock';

type Consent = ConsentOverview['consents'][number];

/** The family withdraws a consent: from which day, and (optionally) a note in their words. */
export function WithdrawConsentForm({
  familyId,
  consent,
  onDone,
}: {
  familyId: string;
  consent: Consent;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawConsent(familyId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [withdrawnOn, setWithdrawnOn] = useState(today);
  const [note, setNote] = useState('');
  const serverError = useMemo(() => withFieldCodes(withdraw.error), [withdraw.error]);
  const form = useFormErrors(useConsentSpecs(), serverError);
  useEffect(() => {
    heading.current?.focus();
  }, [consent.id]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = form.check([
      issue(!withdrawnOn, 'withdrawnOn'),
      issue(Boolean(withdrawnOn) && withdrawnOn > today(), 'withdrawnOn', 'in_future'),
      issue(Boolean(withdrawnOn) && withdrawnOn < consent.givenOn, 'withdrawnOn', 'withdrawn_before_given'),
    ]);
    if (!valid) return;
    withdraw.mutate(
      { consentId: consent.id, withdrawnOn, ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="withdraw-heading" className="kt-card">
      <Heading3 id="withdraw-heading" ref={heading} tabIndex={-1}>
        {t('families.consentWithdrawal.title', { organisation: consent.organisation.name })}
      </Heading3>
      <Paragraph>{t('families.consentWithdrawal.intro', { date: format.date(consent.givenOn) })}</Paragraph>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextField
        label={t('families.consentWithdrawal.withdrawnOn')}
        type="date"
        value={withdrawnOn}
        onValueChange={setWithdrawnOn}
        required
        {...form.field('withdrawnOn')}
      />
      <TextareaField
        label={t('families.consentWithdrawal.note')}
        value={note}
        onValueChange={setNote}
        rows={2}
        {...form.field('note')}
      />
      <Button type="submit" appearance="primary-action-button" busy={withdraw.isPending} disabled={withdraw.isPending}>
        {t('families.consentWithdrawal.save')}
      </Button>{' '}
      <Button type="button" appearance="subtle-button" onClick={onDone}>
        {t('families.people.close')}
      </Button>
    </form>
  );
}

/** Withdrawn consents stay visible, marked as withdrawn: the family can see what it once allowed and when it stopped. */
export function WithdrawnConsents({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdrawn = dossier.consent.withdrawn;
  if (withdrawn.length === 0) return null;
  return (
    <DataTable caption={t('families.consentWithdrawal.caption')} testId="withdrawn-consents-table" wide>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('families.dossier.consentOrganisation')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.dossier.scopes')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.dossier.givenOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.consentWithdrawal.withdrawnOnColumn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('families.consentWithdrawal.noteColumn')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {withdrawn.map((w) => (
          <TableRow key={w.id}>
            <TableHeaderCell scope="row">{w.organisation.name}</TableHeaderCell>
            <TableCell>{w.scopes.map((s) => t(`families.scopes.${s}`)).join(', ')}</TableCell>
            <TableCell>{format.date(w.givenOn)}</TableCell>
            <TableCell>
              {t('families.consentWithdrawal.withdrawnOnValue', { date: format.date(w.withdrawnOn) })}
            </TableCell>
            <TableCell>{w.note ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
