import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isArrears, useSignal, type SignalDetail } from '../../api/signals';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { OutreachSection } from './outreach-section';
import { SlaBadge } from './sla-badge';
import { TriageForm } from './triage-form';
import './signals.css';

/** One signal for the team or regisseur it was routed to: what came in, the triage decision, the outreach. */
export function SignalPage() {
  const { t } = useTranslation();
  const { signalId = '' } = useParams();
  const signal = useSignal(signalId);
  return (
    <QueryView query={signal}>
      {(s) => (
        <>
          <PageHeading>{t('signals.detail.title', { reference: s.reference })}</PageHeading>
          <Paragraph>
            <AppLink to={`/signals/queue?team=${s.team.id}`}>
              {t('signals.detail.backToQueue', { team: s.team.name })}
            </AppLink>
          </Paragraph>
          <Details s={s} />
          {s.abilities.triage ? <TriageForm signal={s} /> : <TriageResult s={s} />}
          {s.triage?.outcome === 'outreach' ? <OutreachSection signal={s} /> : null}
        </>
      )}
    </QueryView>
  );
}

function Details({ s }: { s: SignalDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = [s.person.givenName, s.person.familyName].filter(Boolean).join(' ');
  const rows: Array<[string, string]> = [
    [t('signals.category'), t(`signals.categories.${s.category}`)],
    [t('signals.urgency'), t(`signals.urgencies.${s.urgency}`)],
    [
      t('signals.about'),
      [
        name,
        s.person.birthDate ? format.date(s.person.birthDate) : '',
        s.person.bsnMasked ? `BSN ${s.person.bsnMasked}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    ],
    [
      t('signals.address'),
      `${s.address.postcode} ${s.address.houseNumber}, ${s.address.neighbourhoodName ? `${s.address.neighbourhoodName}, ` : ''}${s.address.municipalityName}`,
    ],
    ...(isArrears(s.category)
      ? [
          [t('signals.amount'), s.amountCents === null ? '—' : format.money(s.amountCents)] as [string, string],
          [t('signals.arrearsSince'), s.arrearsSince ? format.date(s.arrearsSince) : '—'] as [string, string],
        ]
      : []),
    [t('signals.note'), s.note ?? '—'],
    [
      t('signals.from'),
      `${s.organisationName} (${t(`signals.channels.${s.channel}` as 'signals.channels.form', { defaultValue: s.channel })}), ${format.date(s.signalDate)}`,
    ],
    [
      t('signals.detail.routedTo'),
      s.routedTo === 'regisseur'
        ? t('signals.detail.routedRegisseur')
        : t('signals.detail.routedTeam', { team: s.team.name }),
    ],
  ];
  return (
    <section className="kt-section" aria-labelledby="signal-details">
      <Heading2 id="signal-details">{t('signals.detail.what')}</Heading2>
      <dl className="kt-dl" data-testid="signal-details">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div>
          <dt>{t('signals.sla.deadline')}</dt>
          <dd>
            <SlaBadge sla={s.sla} status={s.status} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

function TriageResult({ s }: { s: SignalDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!s.triage) return null;
  return (
    <section className="kt-section" aria-labelledby="triage-result">
      <Heading2 id="triage-result">{t('signals.triage.resultTitle')}</Heading2>
      <Paragraph data-testid="triage-result">
        {t(`signals.outcomes.${s.triage.outcome}`)}
        {s.triage.referredTo ? ` — ${t(`signals.referralTargets.${s.triage.referredTo}`)}` : ''}
        {' · '}
        {s.triage.by}, {format.dateTime(s.triage.at)}
      </Paragraph>
      {s.triage.reason ? <Paragraph>{s.triage.reason}</Paragraph> : null}
      {s.triage.meldcode ? (
        <ol>
          {s.triage.meldcode.steps.map((st) => (
            <li key={st.step}>
              {t(`signals.meldcode.steps.${st.step}`)} ({format.date(st.on)}): {st.note}
            </li>
          ))}
        </ol>
      ) : null}
      {s.familyId ? (
        <Paragraph>
          <AppLink to={`/families/${s.familyId}`}>{t('signals.triage.openFamily')}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
