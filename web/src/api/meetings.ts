// The top-3 table: /api/families/:familyId/meetings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { PlanView } from './plans';

export const MEETING_KINDS = ['top3', 'met', 'family_group', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const PARTICIPANT_KINDS = ['family_member', 'network', 'professional', 'chain_partner', 'other'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  heldOn: string;
  location: string | null;
  participantCount: number;
  confirmed: boolean;
  planVersion: number | null;
}
export interface Voice {
  participantId: string;
  name: string;
  roleLabel: string;
  rank: number;
  ownWords: string;
}
export interface Tally {
  concernKey: string;
  label: string;
  points: number;
  firstChoices: number;
  mentions: number;
  position: number;
  tied: boolean;
  voices: Voice[];
}
export interface Participant {
  id: string;
  position: number;
  kind: ParticipantKind;
  name: string;
  roleLabel: string;
  userId: string | null;
  safetyRating: number | null;
  strengths: string[];
  concerns: Array<{ rank: number; concernKey: string; concernLabel: string; ownWords: string; points: number }>;
}
export interface Meeting {
  id: string;
  familyId: string;
  kind: MeetingKind;
  heldOn: string;
  location: string | null;
  createdAt: string;
  createdBy: string;
  concerns: Array<{ key: string; label: string }>;
  participants: Participant[];
  computed: {
    tallies: Tally[];
    candidates: string[];
    ties: string[][];
    decided: boolean;
    order: string[];
    totalPoints: number;
  };
  safety: { count: number; min: number; max: number } | null;
  confirmed: {
    order: Array<{ position: number; concernKey: string; label: string; points: number }>;
    reason: string | null;
    followsCount: boolean;
    confirmedAt: string;
    confirmedBy: string;
  } | null;
  planVersion: number | null;
  abilities: { edit: boolean };
}
export interface NewMeeting {
  kind: MeetingKind;
  heldOn: string;
  location?: string;
}
export interface NewParticipant {
  kind: ParticipantKind;
  name: string;
  roleLabel: string;
  safetyRating?: number | null;
  strengths: string[];
  concerns: Array<{ concernKey: string; concernLabel?: string; ownWords: string }>;
}

const meetingsPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}/meetings`;
const meetingPath = (familyId: string, meetingId: string) =>
  `${meetingsPath(familyId)}/${encodeURIComponent(meetingId)}`;
const key = (familyId: string) => ['meetings', familyId] as const;

export function useMeetings(familyId: string) {
  return useQuery({
    queryKey: [...key(familyId), 'list'],
    queryFn: () => api.get<{ items: MeetingSummary[]; abilities: { edit: boolean } }>(meetingsPath(familyId)),
  });
}

export function useMeeting(familyId: string, meetingId: string) {
  return useQuery({
    queryKey: [...key(familyId), meetingId],
    queryFn: () => api.get<Meeting>(meetingPath(familyId, meetingId)),
  });
}

export function useCreateMeeting(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meeting: NewMeeting) => api.post<Meeting>(meetingsPath(familyId), meeting),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(familyId) }),
  });
}

function useMeetingMutation<T>(familyId: string, meetingId: string, run: (body: T) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (meeting) => {
      queryClient.setQueryData([...key(familyId), meetingId], meeting);
      return queryClient.invalidateQueries({ queryKey: [...key(familyId), 'list'] });
    },
  });
}

export function useAddParticipant(familyId: string, meetingId: string) {
  return useMeetingMutation(familyId, meetingId, (p: NewParticipant) =>
    api.post<Meeting>(`${meetingPath(familyId, meetingId)}/participants`, p),
  );
}

export function useRemoveParticipant(familyId: string, meetingId: string) {
  return useMeetingMutation(familyId, meetingId, (participantId: string) =>
    api.delete<Meeting>(`${meetingPath(familyId, meetingId)}/participants/${encodeURIComponent(participantId)}`),
  );
}

export function useConfirmTop3(familyId: string, meetingId: string) {
  return useMeetingMutation(familyId, meetingId, (body: { order: string[]; reason?: string }) =>
    api.post<Meeting>(`${meetingPath(familyId, meetingId)}/confirm`, body),
  );
}

export function useTakeOver(familyId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (baseVersion: number) =>
      api.post<{ meeting: Meeting; plan: PlanView }>(`${meetingPath(familyId, meetingId)}/take-over`, { baseVersion }),
    onSuccess: (result) => {
      queryClient.setQueryData([...key(familyId), meetingId], result.meeting);
      queryClient.setQueryData(['plan', familyId, 'current'], result.plan);
      return queryClient.invalidateQueries({ queryKey: ['plan', familyId] });
    },
  });
}
