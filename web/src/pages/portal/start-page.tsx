import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePortalMeetings, usePortalPlan } from '../../api/portal';
import { AppLink } from '../../components/app-link';
import { today } from '../../clock';
import { useFormat } from '../../i18n/format';
import { PortalPage } from './portal-page';
import { usePortalFamily } from './portal-layout';

/** What needs doing: the plan to agree to, the own open actions, the next meeting and review dates. */
export function PortalStartPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { familyId, me, viewer } = usePortalFamily();
  const plan = usePortalPlan(familyId);
  const meetings = usePortalMeetings(familyId);
  return (
    <PortalPage title={t('portal.start.title')} query={familyId ? plan : me}>
      {() => {
        if (!viewer) return <Paragraph>{t('portal.start.noFamily')}</Paragraph>;
        const p = plan.data;
        const mine = p?.plan?.actions.filter((a) => a.canMarkDone) ?? [];
        const now = today();
        const upcoming = [
          ...(meetings.data?.meetings ?? [])
            .filter((m) => m.heldOn >= now)
            .map((m) => ({ date: m.heldOn, text: t('portal.start.meeting') })),
          ...(p?.plan?.reviews ?? [])
            .filter((r) => r.date >= now)
            .map((r) => ({ date: r.date, text: t('portal.start.review') })),
          ...mine
            .filter((a) => a.due)
            .map((a) => ({ date: a.due ?? '', text: t('portal.start.actionDue', { what: a.what }) })),
        ].sort((a, b) => a.date.localeCompare(b.date));
        return (
          <>
            <Paragraph lead>{t('portal.start.hello', { name: viewer.givenName ?? '' })}</Paragraph>
            <section className="kt-section" aria-labelledby="todo">
              <Heading2 id="todo">{t('portal.start.todo')}</Heading2>
              <ul className="kt-portal-cards">
                {p?.signOff.needed ? (
                  <li className="kt-portal-card">
                    <AppLink to="/mijn/plan">{t('portal.start.signOff')}</AppLink>
                  </li>
                ) : null}
                {mine.map((a) => (
                  <li key={a.id} className="kt-portal-card">
                    <AppLink to="/mijn/plan">{a.what}</AppLink>
                  </li>
                ))}
                {!p?.signOff.needed && mine.length === 0 ? <li>{t('portal.start.nothing')}</li> : null}
              </ul>
            </section>
            <section className="kt-section" aria-labelledby="upcoming">
              <Heading2 id="upcoming">{t('portal.start.upcoming')}</Heading2>
              {upcoming.length === 0 ? (
                <Paragraph>{t('portal.start.noUpcoming')}</Paragraph>
              ) : (
                <ul className="kt-portal-list">
                  {upcoming.map((u, i) => (
                    <li key={i}>
                      <strong>{format.date(u.date)}</strong> — {u.text}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        );
      }}
    </PortalPage>
  );
}
