// The family timeline: everything that happened around the family, newest first, with a kind filter.
// It shows the newest events (the API's bound); "show older" asks for more, keeping the list and
// moving the focus to the first newly shown event. How many are shown lives in the URL (?limit=).
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import {
  TIMELINE_KINDS,
  TIMELINE_MAX,
  TIMELINE_STEP,
  useTimeline,
  type TimelineEvent,
  type TimelineKind,
} from '../../api/timeline';
import { AppLink } from '../../components/app-link';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import './timeline.css';

const asKind = (value: string | null): TimelineKind | undefined => TIMELINE_KINDS.find((k) => k === value);
/** The URL's ?limit= when it is a whole number the API takes, else the first step. */
const asLimit = (value: string | null): number => {
  const n = Number(value);
  return value !== null && /^\d+$/.test(value) && n >= 1 ? Math.min(n, TIMELINE_MAX) : TIMELINE_STEP;
};

export function TimelinePage() {
  const { t } = useTranslation();
  const { familyId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const kind = asKind(search.get('kind'));
  const limit = asLimit(search.get('limit'));
  const timeline = useTimeline(familyId, kind ? [kind] : [], limit);
  const list = useRef<HTMLOListElement>(null);
  /** After "show older": the index of the first newly shown event, to focus once the larger list is in. */
  const focusFrom = useRef<number | null>(null);
  const { data, isPlaceholderData } = timeline;
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || isPlaceholderData || !data) return;
    focusFrom.current = null;
    const item = list.current?.children.item(from);
    if (item instanceof HTMLElement) item.focus();
  }, [data, isPlaceholderData]);
  const showOlder = (shown: number) => {
    focusFrom.current = shown;
    setSearch(
      { ...(kind ? { kind } : {}), limit: String(Math.min(limit + TIMELINE_STEP, TIMELINE_MAX)) },
      { replace: true },
    );
  };
  return (
    <>
      <PageHeading>{t('timeline.title')}</PageHeading>
      <Paragraph>{t('timeline.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/families/${familyId}`}>{t('timeline.toDossier')}</AppLink>
      </Paragraph>
      <div className="kt-narrow">
        <SelectField
          label={t('timeline.filter')}
          value={kind ?? ''}
          emptyOption={t('timeline.allKinds')}
          onValueChange={(v) => {
            setSearch(asKind(v) ? { kind: v } : {}, { replace: true });
          }}
          options={TIMELINE_KINDS.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))}
        />
      </div>
      <QueryView query={timeline}>
        {(data) =>
          data.events.length === 0 ? (
            <Paragraph role="status">{t('timeline.none')}</Paragraph>
          ) : (
            <>
              <ol ref={list} className="kt-timeline" aria-label={t('timeline.listLabel')} data-testid="timeline">
                {data.events.map((e) => (
                  <TimelineItem key={e.id} familyId={familyId} event={e} />
                ))}
              </ol>
              {data.hasMore && data.limit < TIMELINE_MAX ? (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  busy={isPlaceholderData}
                  disabled={isPlaceholderData}
                  onClick={() => showOlder(data.events.length)}
                >
                  {t('timeline.showOlder')}
                </Button>
              ) : data.hasMore ? (
                <Paragraph>{t('timeline.atMost', { count: TIMELINE_MAX })}</Paragraph>
              ) : null}
            </>
          )
        }
      </QueryView>
    </>
  );
}

function TimelineItem({ familyId, event }: { familyId: string; event: TimelineEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = useEventTitle(event);
  const link =
    event.link?.to === 'meeting'
      ? { to: `/families/${familyId}/meetings/${event.link.meetingId}`, label: t('timeline.openMeeting') }
      : event.link?.to === 'plan'
        ? {
            to: `/families/${familyId}/plan/versions/${event.link.version}`,
            label: t('timeline.openPlan', { version: event.link.version }),
          }
        : event.link?.to === 'decision'
          ? { to: `/decisions/${event.link.decisionId}/letter`, label: t('timeline.openDecision') }
          : event.link?.to === 'family_statements'
            ? { to: `/families/${familyId}/verklaringen`, label: t('timeline.openStatements') }
            : null;
  return (
    // Focusable from script only: "show older" moves the focus to the first newly shown event.
    <li data-kind={event.kind} tabIndex={-1}>
      <time dateTime={event.allDay ? event.at.slice(0, 10) : event.at}>
        {event.allDay ? format.date(`${event.at.slice(0, 10)}T12:00:00Z`) : format.dateTime(event.at)}
      </time>
      <div>
        <span className="kt-timeline-kind">{t(`timeline.kinds.${event.kind}`)}</span>
        <span>{title}</span>
        {event.actor ? <span className="kt-timeline-meta">{t('timeline.by', { name: event.actor })}</span> : null}
        {link ? <AppLink to={link.to}>{link.label}</AppLink> : null}
      </div>
    </li>
  );
}

function useEventTitle({ kind, params }: TimelineEvent): string {
  const { t } = useTranslation();
  const language = useLanguage();
  const str = (key: string) => {
    const v = params[key];
    return v === null || v === undefined ? '' : String(v);
  };
  switch (kind) {
    case 'trajectory_opened':
      return params.entryPoint
        ? t('timeline.titles.trajectory_opened', {
            entryPoint: t(`families.entryPoints.${str('entryPoint')}`, { defaultValue: str('entryPoint') }),
          })
        : t('timeline.titles.trajectory_opened_plain');
    case 'status_changed':
      return t('timeline.titles.status_changed', {
        from: t(`families.statuses.${str('from')}`, { defaultValue: str('from') }),
        to: t(`families.statuses.${str('to')}`, { defaultValue: str('to') }),
      });
    case 'trajectory_closed':
      return params.endingReason
        ? t(`families.endingReasons.${str('endingReason')}`, { defaultValue: str('endingReason') })
        : t('timeline.titles.trajectory_closed');
    case 'handover':
      return t('timeline.titles.handover', { from: str('from'), to: str('to') });
    case 'meeting_held':
    case 'top3_confirmed':
      return t(`timeline.titles.${kind}`, {
        meetingKind: t(`meetings.kinds.${str('meetingKind')}`, { defaultValue: str('meetingKind') }),
      });
    case 'meeting_taken_over':
      return t('timeline.titles.meeting_taken_over', { version: str('version') });
    case 'plan_version':
      return t(params.source === 'meeting' ? 'timeline.titles.plan_version_meeting' : 'timeline.titles.plan_version', {
        version: str('version'),
      });
    case 'plan_signed':
      return t('timeline.titles.plan_signed', { version: str('version'), name: str('signedBy') });
    case 'measurement': {
      const instrument = language === 'en' ? str('instrumentEn') : str('instrumentNl');
      return params.person
        ? t('timeline.titles.measurement_person', { instrument, person: str('person') })
        : t('timeline.titles.measurement', { instrument });
    }
    case 'story_version':
    case 'intake_version':
      return t(`timeline.titles.${kind}`, { version: str('version') });
    case 'family_statement':
      return t('timeline.titles.family_statement', { person: str('person') });
    case 'person_added':
    case 'person_removed': {
      const role = params.relation
        ? t(`families.relations.${str('relation')}`, { defaultValue: str('relation') })
        : t(`families.kinds.${str('personKind')}`, { defaultValue: str('personKind') });
      return t(`timeline.titles.${kind}`, { person: str('person'), role: role.toLowerCase() });
    }
    case 'consent_withdrawn':
      return t('timeline.titles.consent_withdrawn', { organisation: str('organisation') });
    case 'decision_made':
      return t(
        str('outcome') === 'rejected' ? 'timeline.titles.decision_rejected' : 'timeline.titles.decision_granted',
        {
          person: str('person'),
          reference: str('reference'),
        },
      );
    case 'allocation_made':
    case 'allocation_withdrawn':
    case 'care_started':
    case 'care_stopped':
      return t(`timeline.titles.${kind}`, { person: str('person'), provider: str('provider') });
  }
}
