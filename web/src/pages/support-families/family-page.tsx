// One support family: what it offers and its screening, step by step with who and when.
import {
  Button,
  ButtonGroup,
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
import { useParams } from 'react-router';
import {
  SCREENING_STEPS,
  useFamily,
  useRecordScreening,
  useBoardKinds,
  type ScreeningStep,
} from '../../api/support-families';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate, kindLabels, slotLabel } from './labels';
import { today } from '../../clock';

export function FamilyPage() {
  const { t, i18n } = useTranslation();
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  const kinds = useBoardKinds().data?.items;
  return (
    <QueryView query={family}>
      {(f) => (
        <>
          <PageHeading>{t('supportFamilies.family.title', { reference: f.reference, name: f.givenName })}</PageHeading>
          <dl className="kt-sf-summary">
            <div>
              <dt>{t('supportFamilies.families.screening')}</dt>
              <dd data-testid="screening-state">{t(`supportFamilies.screeningState.${f.screeningState}`)}</dd>
            </div>
            <div>
              <dt>{t('supportFamilies.families.room')}</dt>
              <dd>
                {f.currentMatches} / {f.maxFamilies}
              </dd>
            </div>
            <div>
              <dt>{t('supportFamilies.families.vog')}</dt>
              <dd>{formatDate(f.vogExpiresOn, i18n.language)}</dd>
            </div>
          </dl>
          <Paragraph>
            {t('supportFamilies.family.offers', {
              kinds: kindLabels(kinds, f.offers, i18n.language),
              km: f.maxTravelKm,
              min: f.preferredAgeMin,
              max: f.preferredAgeMax,
            })}
          </Paragraph>
          <Paragraph>
            {t('supportFamilies.request.when', { slots: f.availability.map((s) => slotLabel(t, s)).join(', ') })}
          </Paragraph>
          {f.fosterInterestAt ? (
            <Paragraph>
              {t('supportFamilies.family.fosterNoted', { date: formatDate(f.fosterInterestAt, i18n.language) })}
            </Paragraph>
          ) : null}
          <section className="kt-section">
            <Heading2>{t('supportFamilies.family.screening')}</Heading2>
            {f.screening.missing.length ? (
              <Paragraph>
                {t('supportFamilies.family.missing', {
                  steps: f.screening.missing.map((s) => t(`supportFamilies.steps.${s}`)).join(', '),
                })}
              </Paragraph>
            ) : null}
            <DataTable caption={t('supportFamilies.family.stepsCaption', { count: f.screening.steps.length })}>
              <TableHeader>
                <TableRow>
                  {(['step', 'date', 'by', 'note'] as const).map((c) => (
                    <TableHeaderCell key={c} scope="col">
                      {t(`supportFamilies.family.${c}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {f.screening.steps.map((s, i) => (
                  <TableRow key={i}>
                    <TableCell>{t(`supportFamilies.steps.${s.step}`)}</TableCell>
                    <TableCell>{formatDate(s.doneOn, i18n.language)}</TableCell>
                    <TableCell>{s.recordedBy}</TableCell>
                    <TableCell>{s.note ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
            <ScreeningForm familyId={f.id} next={f.screening.missing[0] ?? 'vog'} />
          </section>
        </>
      )}
    </QueryView>
  );
}

function ScreeningForm({ familyId, next }: { familyId: string; next: ScreeningStep }) {
  const { t } = useTranslation();
  const record = useRecordScreening(familyId);
  const [step, setStep] = useState<ScreeningStep>(next);
  const [doneOn, setDoneOn] = useState(today());
  const dateLabel = step === 'vog' ? t('supportFamilies.family.vogDate') : t('supportFamilies.family.date');
  const specs: FieldSpecs = useMemo(
    () => ({
      step: { label: t('supportFamilies.family.step') },
      doneOn: {
        label: dateLabel,
        messages: {
          required: t('supportFamilies.family.errors.date'),
          invalid_format: t('supportFamilies.family.errors.date'),
          in_future: t('supportFamilies.family.errors.dateFuture'),
        },
      },
    }),
    [t, dateLabel],
  );
  // The server names the problem in its message (`in_future`): read it as the kind.
  const serverError = useMemo(() => withFieldCodes(record.error), [record.error]);
  const form = useFormErrors(specs, serverError);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = form.check([
      issue(!doneOn, 'doneOn'),
      issue(Boolean(doneOn) && doneOn > today(), 'doneOn', 'in_future'),
    ]);
    if (!ok) return;
    record.mutate({ step, doneOn }, { onSuccess: (f) => setStep(f.screening.missing[0] ?? 'vog') });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('supportFamilies.family.record')}>
      <Heading2>{t('supportFamilies.family.record')}</Heading2>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('supportFamilies.family.step')}
        value={step}
        onValueChange={(v) => setStep(SCREENING_STEPS.find((s) => s === v) ?? 'vog')}
        options={SCREENING_STEPS.map((s) => ({ value: s, label: t(`supportFamilies.steps.${s}`) }))}
        {...form.field('step')}
      />
      <TextField
        label={dateLabel}
        type="date"
        value={doneOn}
        onValueChange={setDoneOn}
        required
        {...form.field('doneOn')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={record.isPending} disabled={record.isPending}>
          {t('supportFamilies.family.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
