import { Alert, Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordMeasurement, type Instrument, type RecordMeasurement } from '../../api/instruments';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { fieldCodesOf, generalFieldText, ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/use-language';
import { today } from '../../clock';

interface Rater {
  name: string;
  role: string;
  score: string;
}

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
  const [localError, setLocalError] = useState<string | null>(null);
  const fieldError = fieldCodesOf(record.error);
  const errorText = (field: string) => {
    const code = fieldError(field);
    return code
      ? t(`instruments.errors.${code}` as 'instruments.errors.unknown_item', { defaultValue: generalFieldText(code) })
      : undefined;
  };
  const { min, max } = instrument.scale;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setLocalError(null);
    const body: RecordMeasurement = {
      instrument: instrument.code,
      version: instrument.version,
      measuredOn,
      ...(personId ? { personId } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      scores: instrument.perRater
        ? raters
            .filter((r) => r.name.trim() || r.role.trim() || r.score !== '')
            .map((r) => ({
              item: instrument.items[0]?.code ?? 'safety',
              score: Number(r.score),
              raterName: r.name.trim(),
              raterRole: r.role.trim(),
            }))
        : instrument.items
            .filter((i) => (scores[i.code] ?? '') !== '')
            .map((i) => ({ item: i.code, score: Number(scores[i.code]) })),
    };
    if (body.scores.length === 0) {
      setLocalError(t('instruments.noScores'));
      return;
    }
    record.mutate(body, {
      onSuccess: () => {
        setScores({});
        setNote('');
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
        <TextField
          label={t('instruments.measuredOn')}
          type="date"
          value={measuredOn}
          onValueChange={setMeasuredOn}
          required
          error={errorText('measuredOn')}
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
                  error={errorText(`scores.${i}`)}
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
                    const index = instrument.items
                      .filter((i) => (scores[i.code] ?? '') !== '')
                      .map((i) => i.code)
                      .indexOf(item.code);
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
                        error={index >= 0 ? errorText(`scores.${index}`) : undefined}
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
        {localError ? (
          <Alert type="error" role="alert" className="kt-alert">
            <Paragraph>{localError}</Paragraph>
          </Alert>
        ) : null}
        <ProblemAlert error={record.error} fieldsShownInline={['scores', 'measuredOn']} />
        <Button appearance="primary-action-button" type="submit" disabled={record.isPending}>
          {t('instruments.save')}
        </Button>
      </form>
    </section>
  );
}
