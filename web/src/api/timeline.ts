// The family timeline: /api/families/:familyId/timeline (newest first, optionally filtered by kind).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';

export const TIMELINE_KINDS = [
  'trajectory_opened',
  'status_changed',
  'handover',
  'trajectory_closed',
  'meeting_held',
  'top3_confirmed',
  'meeting_taken_over',
  'plan_version',
  'plan_signed',
  'measurement',
  'story_version',
  'intake_version',
  'person_added',
  'person_removed',
  'consent_withdrawn',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineLink = { to: 'meeting'; meetingId: string } | { to: 'plan'; version: number };
export interface TimelineEvent {
  id: string;
  kind: TimelineKind;
  at: string;
  /** Only the date of `at` means something (held on, measured on, signed on). */
  allDay: boolean;
  params: Record<string, string | number | null>;
  actor: string | null;
  link: TimelineLink | null;
}
export interface Timeline {
  familyId: string;
  kinds: TimelineKind[];
  events: TimelineEvent[];
}

export function useTimeline(familyId: string, kinds: readonly TimelineKind[] = []) {
  const query = kinds.length > 0 ? `?kinds=${kinds.join(',')}` : '';
  return useQuery({
    queryKey: ['timeline', familyId, [...kinds]],
    queryFn: () => api.get<Timeline>(`/api/families/${encodeURIComponent(familyId)}/timeline${query}`),
    placeholderData: keepPreviousData,
  });
}
