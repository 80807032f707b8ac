import {
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
import {
  CONTACT_METHODS,
  OUTREACH_OUTCOMES,
  PARTS_OF_DAY,
  useContactAttempt,
  useOutreachOutcome,
  type SignalDetail,
} from '../../api/signals';
import { CheckboxField } from '../../components/form/checkbox-field';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { today } from '../../clock';

/** Erop af: the contact attempts so far, a form for the next one, and closing with the outcome. */
export function OutreachSection({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="kt-section" aria-labelledby="outreach-title">
      <Heading2 id="outreach-title">{t('signals.outreach.title')}</Heading2>
      {signal.contactAttempts.length === 0 ? (
        <Paragraph>{t('signals.outreach.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('signals.outreach.caption', { count: signal.contactAttempts.length })}
          testId="contact-attempts"
          stack
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('signals.outreach.on')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.outreach.method')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.outreach.reached')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {signal.contactAttempts.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">
                  {format.date(a.attemptedOn)}, {t(`signals.partsOfDay.${a.partOfDay}`)}
                </TableHeaderCell>
                <TableCell>{t(`signals.methods.${a.method}`)}</TableCell>
                <TableCell>{a.reached ? t('signals.yes') : t('signals.no')}</TableCell>
                <TableCell>
                  {a.note ?? '—'} ({a.recordedBy})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      {signal.outreach ? (
        <Paragraph data-testid="outreach-outcome">
          {t('signals.outreach.closed', {
            outcome: t(`signals.outreachOutcomes.${signal.outreach.outcome}`),
            date: format.date(signal.outreach.at),
          })}
          {signal.outreach.evictionPrevented !== null
            ? ` ${signal.outreach.evictionPrevented ? t('signals.outreach.evictionPreventedYes') : t('signals.outreach.evictionPreventedNo')}`
            : ''}
        </Paragraph>
      ) : null}
      {signal.abilities.recordOutreach ? (
        <>
          <AttemptForm signal={signal} />
          <OutcomeForm signal={signal} />
        </>
      ) : null}
    </section>
  );
}

/** The outreach forms' fields: labels for the error summary and, per problem code, what to do. */
function useOutreachSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const e = (key: string) => t(`signals.outreach.errors.${key}` as 'signals.outreach.errors.method');
    const choose = (key: string) => ({ required: e(key), invalid_enum: e(key) });
    return {
      method: { label: t('signals.outreach.method'), messages: choose('method') },
      attemptedOn: {
        label: t('signals.outreach.on'),
        messages: {
          ...choose('attemptedOn'),
          invalid_format: e('attemptedOn'),
          in_future: e('attemptedOnFuture'),
          before_signal: e('attemptedOnBefore'),
        },
      },
      partOfDay: { label: t('signals.outreach.partOfDay'), messages: choose('partOfDay') },
      reached: { label: t('signals.outreach.reached'), messages: choose('reached') },
      outcome: { label: t('signals.outreach.outcome'), messages: choose('outcome') },
      note: { label: t('signals.note'), messages: { too_big: e('note') } },
    };
  }, [t]);
}

function AttemptForm({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  const record = useContactAttempt(signal.id);
  const [method, setMethod] = useState('');
  const [on, setOn] = useState(today());
  const [partOfDay, setPartOfDay] = useState('');
  const [reached, setReached] = useState<'yes' | 'no' | ''>('');
  const [note, setNote] = useState('');
  const serverError = useMemo(() => withFieldCodes(record.error), [record.error]);
  const form = useFormErrors(useOutreachSpecs(), serverError);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const methodCode = CONTACT_METHODS.find((known) => known === method);
    const partOfDayCode = PARTS_OF_DAY.find((known) => known === partOfDay);
    const valid = form.check([
      issue(!methodCode, 'method'),
      issue(!on, 'attemptedOn'),
      issue(!partOfDayCode, 'partOfDay'),
      issue(!reached, 'reached'),
    ]);
    if (!valid || !methodCode || !partOfDayCode || !reached) return;
    record.mutate(
      {
        method: methodCode,
        attemptedOn: on,
        partOfDay: partOfDayCode,
        reached: reached === 'yes',
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () => {
          setMethod('');
          setPartOfDay('');
          setReached('');
          setNote('');
          form.clear();
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="attempt-form" aria-labelledby="attempt-title">
      <Heading3 id="attempt-title">{t('signals.outreach.attemptTitle')}</Heading3>
      <ErrorSummary form={form} />
      <SelectField
        label={t('signals.outreach.method')}
        value={method}
        onValueChange={setMethod}
        emptyOption={t('signals.choose')}
        required
        {...form.field('method')}
        options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`signals.methods.${m}`) }))}
      />
      <TextField
        label={t('signals.outreach.on')}
        type="date"
        value={on}
        onValueChange={setOn}
        required
        {...form.field('attemptedOn')}
      />
      <SelectField
        label={t('signals.outreach.partOfDay')}
        value={partOfDay}
        onValueChange={setPartOfDay}
        emptyOption={t('signals.choose')}
        required
        {...form.field('partOfDay')}
        options={PARTS_OF_DAY.map((p) => ({ value: p, label: t(`signals.partsOfDay.${p}`) }))}
      />
      <RadioGroup
        legend={t('signals.outreach.reached')}
        name="reached"
        value={reached}
        onValueChange={setReached}
        {...form.field('reached')}
        options={[
          { value: 'yes', label: t('signals.yes') },
          { value: 'no', label: t('signals.no') },
        ]}
      />
      <TextareaField label={t('signals.note')} value={note} onValueChange={setNote} {...form.field('note')} />
      <ProblemAlert error={form.otherError} />
      <Button appearance="secondary-action-button" type="submit" disabled={record.isPending}>
        {t('signals.outreach.saveAttempt')}
      </Button>
    </form>
  );
}

function OutcomeForm({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  const close = useOutreachOutcome(signal.id);
  const [outcome, setOutcome] = useState('');
  const [evictionPrevented, setEvictionPrevented] = useState(false);
  const [note, setNote] = useState('');
  const serverError = useMemo(() => withFieldCodes(close.error), [close.error]);
  const form = useFormErrors(useOutreachSpecs(), serverError);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const outcomeCode = OUTREACH_OUTCOMES.find((known) => known === outcome);
    if (!form.check([issue(!outcomeCode, 'outcome')]) || !outcomeCode) return;
    close.mutate({
      outcome: outcomeCode,
      ...(signal.category === 'rent_arrears' ? { evictionPrevented } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="outcome-form" aria-labelledby="outcome-title">
      <Heading3 id="outcome-title">{t('signals.outreach.outcomeTitle')}</Heading3>
      <ErrorSummary form={form} />
      <SelectField
        label={t('signals.outreach.outcome')}
        value={outcome}
        onValueChange={setOutcome}
        emptyOption={t('signals.choose')}
        required
        {...form.field('outcome')}
        options={OUTREACH_OUTCOMES.map((o) => ({ value: o, label: t(`signals.outreachOutcomes.${o}`) }))}
      />
      {signal.category === 'rent_arrears' ? (
        <CheckboxField
          label={t('signals.outreach.evictionPrevented')}
          checked={evictionPrevented}
          onCheckedChange={setEvictionPrevented}
        />
      ) : null}
      <TextareaField label={t('signals.note')} value={note} onValueChange={setNote} {...form.field('note')} />
      <ProblemAlert error={form.otherError} />
      <Button appearance="primary-action-button" type="submit" disabled={close.isPending}>
        {t('signals.outreach.close')}
      </Button>
    </form>
  );
}
