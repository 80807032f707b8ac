import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  useInstruments,
  useMeasurements,
  useProgress,
  type Instrument,
  type MeasurementList,
} from '../../api/instruments';
import { AppLink } from '../../components/app-link';
import { SelectField } from '../../components/form/select-field';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useLanguage } from '../../i18n/use-language';
import { HistoryTable } from './history-table';
import { MeasurementForm } from './measurement-form';
import { ProgressView } from './progress-view';
import './instruments.css';

const HOUSEHOLD = 'household';

/** /families/:familyId/instruments: choose who and which instrument, record, see progress and history. */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const { familyId = '' } = useParams();
  const instruments = useInstruments();
  const list = useMeasurements(familyId);
  if (instruments.isPending || list.isPending) return <Loading />;
  if (instruments.isError || list.isError)
    return (
      <>
        <PageHeading>{t('instruments.title')}</PageHeading>
        <ProblemAlert error={instruments.error ?? list.error} />
      </>
    );
  return <Loaded familyId={familyId} instruments={instruments.data.items} list={list.data} />;
}

function Loaded({
  familyId,
  instruments,
  list,
}: {
  familyId: string;
  instruments: Instrument[];
  list: MeasurementList;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const progress = useProgress(familyId);
  const latestUsed = list.measurements.at(-1);
  const [code, setCode] = useState(latestUsed?.instrument.code ?? 'positive_health');
  const instrument = instruments.find((i) => i.code === code) ?? instruments[0];
  const [who, setWho] = useState(latestUsed ? (latestUsed.personId ?? HOUSEHOLD) : (list.persons[0]?.id ?? HOUSEHOLD));
  const [saved, setSaved] = useState(false);
  if (!instrument) return null;
  const options = [
    ...(instrument.subject !== 'household' ? list.persons.map((p) => ({ value: p.id, label: p.name })) : []),
    ...(instrument.subject !== 'person' ? [{ value: HOUSEHOLD, label: t('instruments.household') }] : []),
  ];
  const current = options.some((o) => o.value === who) ? who : (options[0]?.value ?? '');
  const personId = current === HOUSEHOLD || current === '' ? null : current;
  const measurements = list.measurements.filter(
    (m) =>
      m.instrument.code === instrument.code && m.instrument.version === instrument.version && m.personId === personId,
  );
  const series = progress.data?.series.find(
    (s) =>
      s.instrument.code === instrument.code && s.instrument.version === instrument.version && s.personId === personId,
  );
  return (
    <>
      <PageHeading>{t('instruments.titleWithRef', { reference: list.familyReference })}</PageHeading>
      <Paragraph>
        <AppLink to={`/families/${familyId}`}>{t('instruments.toDossier')}</AppLink>
      </Paragraph>
      <form className="kt-filter-form" aria-label={t('instruments.choose')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('instruments.instrument')}
          value={instrument.code}
          onValueChange={(v) => {
            setCode(v);
            setSaved(false);
          }}
          options={instruments.map((i) => ({ value: i.code, label: i.name[language] }))}
        />
        <SelectField
          label={t('instruments.who')}
          value={current}
          onValueChange={(v) => {
            setWho(v);
            setSaved(false);
          }}
          options={options}
        />
      </form>
      {saved ? (
        <Alert type="ok" role="status" className="kt-alert">
          <Paragraph>{t('instruments.saved')}</Paragraph>
        </Alert>
      ) : null}
      {measurements.length === 0 ? <Paragraph>{t('instruments.noMeasurements')}</Paragraph> : null}
      {progress.isError ? <ProblemAlert error={progress.error} /> : null}
      {series && measurements.length > 0 ? <ProgressView instrument={instrument} series={series} /> : null}
      {measurements.length > 0 ? <HistoryTable instrument={instrument} measurements={measurements} /> : null}
      {list.abilities.edit ? (
        <MeasurementForm
          key={`${instrument.code}-${current}`}
          familyId={familyId}
          instrument={instrument}
          personId={personId}
          onSaved={() => setSaved(true)}
        />
      ) : (
        <Paragraph>{t('instruments.readOnly')}</Paragraph>
      )}
    </>
  );
}
