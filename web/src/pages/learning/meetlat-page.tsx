// The region's meetlat: its steps (with the indicators that evidence them), every municipality side
// by side with its latest position, each one's own voice (the step needing most attention and why),
// and one municipality's movement over time as a ladder with the same figures in a table beside it.
import {
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetlat, type MeetlatView } from '../../api/learning';
import { ButtonAppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { TableDownload } from '../../components/table-download';
import { useFormat } from '../../i18n/format';
import { LadderChart } from './ladder-chart';
import { useIndicatorLabel } from './texts';
import './learning.css';

export function MeetlatPage() {
  const { t } = useTranslation();
  const meetlat = useMeetlat();
  return (
    <>
      <PageHeading>{t('learning.meetlat.title')}</PageHeading>
      <QueryView query={meetlat}>{(v) => <Meetlat view={v} />}</QueryView>
    </>
  );
}

type Municipality = MeetlatView['municipalities'][number];
type Steps = NonNullable<MeetlatView['meetlat']>['steps'];
const latestOf = (m: Municipality) => m.assessments[m.assessments.length - 1];
const levelOn = (a: Municipality['assessments'][number] | undefined, stepId: string) =>
  a?.positions.find((p) => p.stepId === stepId)?.level ?? null;

function Meetlat({ view }: { view: MeetlatView }) {
  const { t } = useTranslation();
  if (!view.meetlat)
    return (
      <>
        <Paragraph>{t('learning.meetlat.none')}</Paragraph>
        {view.abilities.import ? (
          <ButtonAppLink to="/learning/meetlat/load">{t('learning.meetlat.load')}</ButtonAppLink>
        ) : null}
      </>
    );
  const m = view.meetlat;
  return (
    <>
      <Paragraph>
        <strong>{m.name}</strong> · {view.region.name}{' '}
        {m.isExample ? <span className="kt-tag-example">{t('learning.meetlat.example')}</span> : null}
      </Paragraph>
      {m.isExample ? <Paragraph>{t('learning.meetlat.exampleNote')}</Paragraph> : null}
      <Paragraph>
        {view.abilities.position ? (
          <ButtonAppLink appearance="primary-action-button" to="/learning/meetlat/position">
            {t('learning.meetlat.position')}
          </ButtonAppLink>
        ) : null}{' '}
        {view.abilities.import ? (
          <ButtonAppLink appearance="secondary-action-button" to="/learning/meetlat/load">
            {t('learning.meetlat.load')}
          </ButtonAppLink>
        ) : null}
      </Paragraph>
      <SideBySide view={view} steps={m.steps} levels={m.levels} />
      <Voices view={view} steps={m.steps} />
      <Movement view={view} steps={m.steps} levels={m.levels} />
      <StepList steps={m.steps} period={m.evidencePeriod} />
    </>
  );
}

function SideBySide({ view, steps, levels }: { view: MeetlatView; steps: Steps; levels: string[] }) {
  const { t } = useTranslation();
  const withData = view.municipalities.filter((mu) => mu.assessments.length > 0);
  const cell = (mu: Municipality, stepId: string) => {
    const now = levelOn(latestOf(mu), stepId);
    const before = levelOn(mu.assessments[mu.assessments.length - 2], stepId);
    const arrow = now === null || before === null ? '' : now > before ? ' ▲' : now < before ? ' ▼' : '';
    return { now, arrow };
  };
  type Row = (typeof steps)[number];
  return (
    <section aria-labelledby="side-by-side">
      <Heading2 id="side-by-side">{t('learning.meetlat.sideBySide')}</Heading2>
      <Paragraph>{t('learning.meetlat.sideBySideIntro', { max: levels.length })}</Paragraph>
      <DataTable caption={t('learning.meetlat.sideBySideCaption')} wide testId="meetlat-side-by-side">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('learning.meetlat.step')}</TableHeaderCell>
            {withData.map((mu) => (
              <TableHeaderCell scope="col" key={mu.code}>
                {mu.name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {steps.map((s) => (
            <TableRow key={s.id}>
              <TableHeaderCell scope="row">
                {s.position}. {s.title}
              </TableHeaderCell>
              {withData.map((mu) => {
                const c = cell(mu, s.id);
                return (
                  <TableCell key={mu.code} title={c.now ? levels[c.now - 1] : undefined}>
                    {c.now ?? '—'}
                    {c.arrow ? (
                      <span aria-label={c.arrow.includes('▲') ? t('learning.meetlat.up') : t('learning.meetlat.down')}>
                        {c.arrow}
                      </span>
                    ) : null}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      <TableDownload<Row>
        fileName={`meetlat-${view.region.name}`}
        columns={[
          { header: t('learning.meetlat.step'), value: (s) => `${s.position}. ${s.title}` },
          ...withData.map((mu) => ({ header: mu.name, value: (s: Row) => cell(mu, s.id).now })),
        ]}
        rows={steps}
      />
    </section>
  );
}

function Voices({ view, steps }: { view: MeetlatView; steps: Steps }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="voices">
      <Heading2 id="voices">{t('learning.meetlat.voices')}</Heading2>
      <Paragraph>{t('learning.meetlat.voicesIntro')}</Paragraph>
      <ul className="kt-voices">
        {view.municipalities.map((mu) => {
          const a = latestOf(mu);
          const step = steps.find((s) => s.id === a?.focusStepId);
          return (
            <li key={mu.code} className="kt-voice">
              <Heading3>{mu.name}</Heading3>
              {a ? (
                <>
                  <Paragraph>
                    {t('learning.meetlat.focus')}: <strong>{step ? `${step.position}. ${step.title}` : '—'}</strong>
                  </Paragraph>
                  <blockquote>{a.focusReason}</blockquote>
                  <Paragraph>
                    <small>
                      {t('learning.meetlat.recorded', { date: format.date(a.assessedOn), by: a.recordedBy })}
                    </small>
                  </Paragraph>
                </>
              ) : (
                <Paragraph>{t('learning.meetlat.notYet')}</Paragraph>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Movement({ view, steps, levels }: { view: MeetlatView; steps: Steps; levels: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = view.ownMunicipality ?? view.municipalities.find((mu) => mu.assessments.length > 0)?.code ?? '';
  const [code, setCode] = useState(first);
  const mu = view.municipalities.find((x) => x.code === code);
  const moments = (mu?.assessments ?? []).map((a) => ({
    label: format.date(a.assessedOn),
    levels: steps.map((s) => levelOn(a, s.id)),
  }));
  type Row = (typeof steps)[number];
  const latest = mu ? latestOf(mu) : undefined;
  const reflection = (stepId: string) => latest?.positions.find((p) => p.stepId === stepId)?.reflection ?? '';
  return (
    <section aria-labelledby="movement">
      <Heading2 id="movement">{t('learning.meetlat.movement')}</Heading2>
      <SelectField
        label={t('learning.meetlat.municipality')}
        value={code}
        onValueChange={setCode}
        options={view.municipalities.map((x) => ({ value: x.code, label: x.name }))}
      />
      {mu && moments.length > 0 ? (
        <>
          <LadderChart
            title={t('learning.meetlat.ladderTitle', { municipality: mu.name })}
            desc={t('learning.meetlat.ladderDesc', {
              moments: moments.map((m) => m.label).join(', '),
              max: levels.length,
            })}
            steps={steps.map((s) => `${s.position}. ${s.title}`)}
            levels={levels}
            moments={moments}
          />
          <Paragraph>
            <small>
              {t('learning.meetlat.ladderLegend', { levels: levels.map((l, i) => `${i + 1} ${l}`).join(' · ') })}
            </small>
          </Paragraph>
          <DataTable
            caption={t('learning.meetlat.movementCaption', { municipality: mu.name })}
            stack
            testId="meetlat-movement"
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learning.meetlat.step')}</TableHeaderCell>
                {moments.map((m) => (
                  <TableHeaderCell scope="col" key={m.label}>
                    {m.label}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell scope="col">{t('learning.meetlat.reflection')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {steps.map((s, i) => (
                <TableRow key={s.id}>
                  <TableHeaderCell scope="row">
                    {s.position}. {s.title}
                  </TableHeaderCell>
                  {moments.map((m) => {
                    const level = m.levels[i] ?? null;
                    return <TableCell key={m.label}>{level ? `${level} ${levels[level - 1] ?? ''}` : '—'}</TableCell>;
                  })}
                  <TableCell>{reflection(s.id)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          <TableDownload<Row>
            fileName={`meetlat-${mu.name}`}
            columns={[
              { header: t('learning.meetlat.step'), value: (s) => `${s.position}. ${s.title}` },
              ...moments.map((m) => ({
                header: m.label,
                value: (s: Row) => m.levels[steps.indexOf(s)] ?? null,
              })),
              { header: t('learning.meetlat.reflection'), value: (s) => reflection(s.id) },
            ]}
            rows={steps}
          />
        </>
      ) : (
        <Paragraph>{t('learning.meetlat.notYet')}</Paragraph>
      )}
    </section>
  );
}

/** Each evidence indicator with the region's current figure (a share, a mark or days), or why there is none. */
function useEvidenceText(period: string | null) {
  const { t } = useTranslation();
  const format = useFormat();
  const indicator = useIndicatorLabel();
  return (step: Steps[number]) =>
    step.evidence
      .map((e) => {
        const value =
          e.source !== 'outcome' || period === null
            ? t('learning.meetlat.evidenceElsewhere')
            : e.value === null
              ? t('learning.meetlat.evidenceHidden')
              : e.indicator === 'satisfaction'
                ? format.decimal(e.value)
                : e.indicator === 'time_to_help'
                  ? format.days(e.value)
                  : format.percent(e.value * 100);
        return t('learning.meetlat.evidenceOf', { label: indicator(e.key), value });
      })
      .join('; ') || '—';
}

function StepList({ steps, period }: { steps: Steps; period: string | null }) {
  const { t } = useTranslation();
  const indicator = useIndicatorLabel();
  const evidence = useEvidenceText(period);
  const figureHeader = period ? t('learning.meetlat.evidence', { period }) : t('learning.meetlat.evidenceNone');
  type Row = (typeof steps)[number];
  return (
    <section aria-labelledby="steps">
      <Heading2 id="steps">{t('learning.meetlat.steps')}</Heading2>
      <DataTable caption={t('learning.meetlat.stepsCaption')} stack testId="meetlat-steps">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('learning.meetlat.step')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learning.meetlat.description')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('learning.meetlat.indicators')}</TableHeaderCell>
            {period ? <TableHeaderCell scope="col">{figureHeader}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {steps.map((s) => (
            <TableRow key={s.id}>
              <TableHeaderCell scope="row">
                {s.position}. {s.title}
              </TableHeaderCell>
              <TableCell>{s.description}</TableCell>
              <TableCell>{s.indicators.map(indicator).join(', ') || '—'}</TableCell>
              {period ? <TableCell>{evidence(s)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      <TableDownload<Row>
        fileName="meetlat-treden"
        columns={[
          { header: t('learning.meetlat.step'), value: (s) => s.position },
          { header: t('learning.meetlat.stepTitle'), value: (s) => s.title },
          { header: t('learning.meetlat.description'), value: (s) => s.description },
          { header: t('learning.meetlat.indicators'), value: (s) => s.indicators.map(indicator).join(', ') },
          ...(period ? [{ header: figureHeader, value: (s: Row) => evidence(s) }] : []),
        ]}
        rows={steps}
      />
    </section>
  );
}
