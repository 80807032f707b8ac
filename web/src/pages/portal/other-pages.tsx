import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePortalCare, usePortalMeetings, usePortalTeam, usePortalTimeline } from '../../api/portal';
import { useFormat } from '../../i18n/format';
import { PortalPage } from './portal-page';
import { usePortalFamily } from './portal-layout';
import { Term } from './term';

export function PortalMeetingsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { familyId, me } = usePortalFamily();
  const q = usePortalMeetings(familyId);
  return (
    <PortalPage title={t('portal.meetings.title')} query={familyId ? q : me}>
      {() => (
        <>
          <Paragraph>{t('portal.meetings.intro')}</Paragraph>
          {(q.data?.meetings ?? []).length === 0 ? <Paragraph>{t('portal.meetings.none')}</Paragraph> : null}
          {(q.data?.meetings ?? []).map((m) => (
            <section key={m.id} className="kt-section kt-portal-card" aria-labelledby={`m-${m.id}`}>
              <Heading2 id={`m-${m.id}`}>
                {t(`portal.meetings.kind.${m.kind}`)} — {format.date(m.heldOn)}
              </Heading2>
              {m.top3.length > 0 ? (
                <Paragraph>
                  <Term term="top3">{t('portal.meetings.top3')}</Term>: {m.top3.join(' · ')}
                </Paragraph>
              ) : null}
              <ul className="kt-portal-list">
                {m.participants.map((p, i) => (
                  <li key={i}>
                    <strong>
                      {p.name} ({p.roleLabel})
                    </strong>
                    {p.words.length ? (
                      <>
                        {' '}
                        — {t('portal.meetings.worries')}: {p.words.map((w) => `“${w}”`).join(', ')}
                      </>
                    ) : null}
                    {p.strengths.length ? (
                      <>
                        {' '}
                        — {t('portal.meetings.goesWell')}: {p.strengths.join(', ')}
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </PortalPage>
  );
}

export function PortalTeamPage() {
  const { t } = useTranslation();
  const { familyId, me } = usePortalFamily();
  const q = usePortalTeam(familyId);
  return (
    <PortalPage title={t('portal.team.title')} query={familyId ? q : me}>
      {() => (
        <>
          <Paragraph>{t('portal.team.intro')}</Paragraph>
          <ul className="kt-portal-cards">
            {(q.data?.people ?? []).map((p, i) => (
              <li key={i} className="kt-portal-card">
                <Paragraph className="kt-portal-card__title">{p.name}</Paragraph>
                {p.regisseur ? (
                  <Paragraph>
                    <Term term="regisseur">{t('portal.team.regisseur')}</Term>
                  </Paragraph>
                ) : null}
                <Paragraph>{t('portal.team.from', { organisation: p.organisation, team: p.team })}</Paragraph>
                {p.email ? (
                  <Paragraph>
                    <a className="utrecht-link kt-touch" href={`mailto:${p.email}`}>
                      {t('portal.team.mail', { email: p.email })}
                    </a>
                  </Paragraph>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </PortalPage>
  );
}

export function PortalCarePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { familyId, me } = usePortalFamily();
  const q = usePortalCare(familyId);
  return (
    <PortalPage title={t('portal.care.title')} query={familyId ? q : me}>
      {() => (
        <>
          <Paragraph>
            {t('portal.care.intro')} <Term term="beschikking">{t('portal.glossary.beschikkingWord')}</Term>
          </Paragraph>
          {(q.data?.decisions ?? []).length === 0 ? <Paragraph>{t('portal.care.none')}</Paragraph> : null}
          {(q.data?.decisions ?? []).map((d) => (
            <section key={d.id} className="kt-section kt-portal-card" aria-labelledby={`d-${d.id}`}>
              <Heading2 id={`d-${d.id}`}>
                {t(`portal.care.outcome.${d.outcome}`)} — {format.date(d.decidedAt)}
              </Heading2>
              {d.about ? <Paragraph>{t('portal.care.about', { name: d.about })}</Paragraph> : null}
              <Paragraph>{d.motivation}</Paragraph>
              <ul className="kt-portal-list">
                {d.allocations.map((a) => (
                  <li key={a.id}>
                    {t('portal.care.allocation', {
                      provider: a.provider,
                      from: format.date(a.startsOn),
                      to: format.date(a.endsOn),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </PortalPage>
  );
}

export function PortalTimelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { familyId, me } = usePortalFamily();
  const q = usePortalTimeline(familyId);
  return (
    <PortalPage title={t('portal.timeline.title')} query={familyId ? q : me}>
      {() => (
        <ol className="kt-portal-list">
          {(q.data?.events ?? []).map((e) => (
            <li key={`${e.kind}-${e.id}`}>
              <strong>{format.date(e.at)}</strong> — {t(`portal.timeline.kind.${e.kind}`, { text: e.text })}
              {e.by ? ` (${e.by})` : ''}
            </li>
          ))}
        </ol>
      )}
    </PortalPage>
  );
}
