import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordMeasurement, type Instrument, type RecordMeasurement } from '../../api/instruments';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/use-language';
import { today } from '../../clock';

interface Rater {
  name: string;
  role: string;
  score: string;
}

/** The measurement's fields: labels for the error summary and, per problem code, what to do. */
function useMeasurementSpecs(min: number, max: number): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const range = t('instruments.form.scoreRange', { min, max });
    const measuredOn = t('instruments.form.measuredOn');
    return {
      measuredOn: {
        label: t('instruments.measuredOn'),
        messages: {
          required: measuredOn,
          invalid_format: measuredOn,
          in_future: t('instruments.form.measuredOnFuture'),
        },
      },
      scores: { label: t('instruments.form.score'), messages: { required: t('instruments.form.noScores') } },
      'scores.*': {
        label: t('instruments.form.score'),
        messages: {
          out_of_range: range,
          too_small: range,
          too_big: range,
          invalid_type: range,
          unknown_item: t('instruments.errors.unknown_item'),
          duplicate_item: t('instruments.errors.duplicate_item'),
          rater_required: t('instruments.form.rater', { min, max }),
        },
      },
      personId: {
        label: t('instruments.form.person'),
        messages: {
          person_required: t('instruments.errors.person_required'),
          household_instrument: t('instruments.errors.household_instrument'),
        },
      },
    };
  }, [t, min, max]);
}

const inRange = (raw: string, min: number, max: number) =>
  /^-?\d+$/.test(raw.trim()) && Number(raw) >= min && Number(raw) <= max;

/** One labelled input per item (or per participant for the safety scale); empty means not scored. */
export function MeasurementForm({
  familyId,
  instrument,
  personId,
  onSaved,
}: {
  familyId: string;
  instrument: Instrument;
  personId: string | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const record = useRecordMeasurement(familyId);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [raters, setRaters] = useState<Rater[]>([
    { name: '', role: '', score: '' },
    { name: '', role: '', score: '' },
  ]);
  const [measuredOn, setMeasuredOn] = useState(today());
  const [note, setNote] = useState('');
  const { min, max } = instrument.scale;
  const serverError = useMemo(() => withFieldCodes(record.error), [record.error]);
  const form = useFormErrors(useMeasurementSpecs(min, max), serverError);
  const filledRaters = raters.filter((r) => r.name.trim() || r.role.trim() || r.score !== '');
  const filledItems = instrument.items.filter((i) => (scores[i.code] ?? '') !== '');
  /** A score's field: its place among the filled scores (the server's `scores.N`), or "scores" for the first. */
  const scoreField = (filledIndex: number, first: boolean) =>
    filledIndex >= 0 ? form.field(`scores.${filledIndex}`) : first ? form.field('scores') : {};
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: RecordMeasurement = {
      instrument: instrument.code,
      version: instrument.version,
      measuredOn,
      ...(personId ? { personId } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      scores: instrument.perRater
        ? filledRaters.map((r) => ({
            item: instrument.items[0]?.code ?? 'safety',
            score: Number(r.score),
            raterName: r.name.trim(),
            raterRole: r.role.trim(),
          }))
        : filledItems.map((i) => ({ item: i.code, score: Number(scores[i.code]) })),
    };
    const valid = form.check([
      issue(!measuredOn, 'measuredOn'),
      issue(body.scores.length === 0, 'scores'),
      ...(instrument.perRater
        ? filledRaters.map((r, i) =>
            issue(!r.name.trim() || !r.role.trim() || !inRange(r.score, min, max), `scores.${i}`, 'rater_required'),
          )
        : filledItems.map((item, i) =>
            issue(!inRange(scores[item.code] ?? '', min, max), `scores.${i}`, 'out_of_range'),
          )),
    ]);
    if (!valid) return;
    record.mutate(body, {
      onSuccess: () => {
        setScores({});
        setNote('');
        form.clear();
        setRaters([
          { name: '', role: '', score: '' },
          { name: '', role: '', score: '' },
        ]);
        onSaved();
      },
    });
  };
  const sections = [...new Set(instrument.items.map((i) => i.section))];
  return (
    <section className="kt-section" aria-labelledby="instrument-record">
      <Heading2 id="instrument-record">
        {t('instruments.recordTitle', { instrument: instrument.name[language] })}
      </Heading2>
      <form onSubmit={onSubmit} noValidate data-testid="measurement-form">
        <ErrorSummary form={form} />
        <TextField
          label={t('instruments.measuredOn')}
          type="date"
          value={measuredOn}
          onValueChange={setMeasuredOn}
          required
          {...form.field('measuredOn')}
        />
        {instrument.perRater
          ? raters.map((r, i) => (
              <Fieldset key={i}>
                <FieldsetLegend>{t('instruments.rater', { n: i + 1 })}</FieldsetLegend>
                <TextField
                  label={t('instruments.raterName')}
                  value={r.name}
                  onValueChange={(v) => setRaters(raters.map((x, j) => (j === i ? { ...x, name: v } : x)))}
                />
                <TextField
                  label={t('instruments.raterRole')}
                  value={r.role}
                  onValueChange={(v) => setRaters(raters.map((x, j) => (j === i ? { ...x, role: v } : x)))}
                />
                <TextField
                  label={t('instruments.raterScore', { min, max })}
                  type="number"
                  min={min}
                  max={max}
                  inputMode="numeric"
                  value={r.score}
                  onValueChange={(v) => setRaters(raters.map((x, j) => (j === i ? { ...x, score: v } : x)))}
                  {...scoreField(filledRaters.indexOf(r), i === 0)}
                />
              </Fieldset>
            ))
          : sections.map((section) => (
              <Fieldset key={section ?? 'all'}>
                <FieldsetLegend>
                  {section
                    ? t(`instruments.section.${section}` as 'instruments.section.household', { defaultValue: section })
                    : instrument.name[language]}
                </FieldsetLegend>
                <Paragraph>{t('instruments.scaleHint', { min, max })}</Paragraph>
                {instrument.items
                  .filter((i) => i.section === section)
                  .map((item) => {
                    const index = filledItems.indexOf(item);
                    return (
                      <TextField
                        key={item.code}
                        label={t('instruments.itemLabel', { label: item.label[language], min, max })}
                        type="number"
                        min={min}
                        max={max}
                        inputMode="numeric"
                        value={scores[item.code] ?? ''}
                        onValueChange={(v) => setScores({ ...scores, [item.code]: v })}
                        {...scoreField(index, item === instrument.items[0])}
                      />
                    );
                  })}
              </Fieldset>
            ))}
        {instrument.perRater ? (
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => setRaters([...raters, { name: '', role: '', score: '' }])}
          >
            {t('instruments.addRater')}
          </Button>
        ) : null}
        <TextareaField label={t('instruments.note')} value={note} onValueChange={setNote} />
        <ProblemAlert error={form.otherError} />
        <Button appearance="primary-action-button" type="submit" disabled={record.isPending}>
          {t('instruments.save')}
        </Button>
      </form>
    </section>
  );
}
