// The top-3 table: /api/families/:familyId/meetings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import { meetingKindValues, participantKindValues } from './schema';

export const MEETING_KINDS = meetingKindValues;
export type MeetingKind = Schema<'MeetingKind'>;
export const PARTICIPANT_KINDS = participantKindValues;
export type ParticipantKind = Schema<'ParticipantKind'>;

export type MeetingSummary = Schema<'MeetingSummary'>;
export type Meeting = Schema<'Meeting'>;
export type Participant = Meeting['participants'][number];
export type Tally = Meeting['computed']['tallies'][number];
export type Voice = Tally['voices'][number];
export type NewMeeting = Schema<'CreateMeetingBodyInput'>;
export type NewParticipant = Schema<'MeetingParticipantBodyInput'>;

const familyParams = (familyId: string) => ({ params: { path: { familyId } } });
const meetingParams = (familyId: string, meetingId: string) => ({ params: { path: { familyId, meetingId } } });
const key = (familyId: string) => ['meetings', familyId] as const;

export function useMeetings(familyId: string) {
  return useQuery({
    queryKey: [...key(familyId), 'list'],
    queryFn: () => read(client.GET('/api/families/{familyId}/meetings', familyParams(familyId))),
  });
}

export function useMeeting(familyId: string, meetingId: string) {
  return useQuery({
    queryKey: [...key(familyId), meetingId],
    queryFn: () =>
      read(client.GET('/api/families/{familyId}/meetings/{meetingId}', meetingParams(familyId, meetingId))),
  });
}

export function useCreateMeeting(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meeting: NewMeeting) =>
      read(client.POST('/api/families/{familyId}/meetings', { ...familyParams(familyId), body: meeting })),
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
    read(
      client.POST('/api/families/{familyId}/meetings/{meetingId}/participants', {
        ...meetingParams(familyId, meetingId),
        body: p,
      }),
    ),
  );
}

export function useRemoveParticipant(familyId: string, meetingId: string) {
  return useMeetingMutation(familyId, meetingId, (participantId: string) =>
    read(
      client.DELETE('/api/families/{familyId}/meetings/{meetingId}/participants/{participantId}', {
        params: { path: { familyId, meetingId, participantId } },
      }),
    ),
  );
}

export function useConfirmTop3(familyId: string, meetingId: string) {
  return useMeetingMutation(familyId, meetingId, (body: Schema<'ConfirmTop3BodyInput'>) =>
    read(
      client.POST('/api/families/{familyId}/meetings/{meetingId}/confirm', {
        ...meetingParams(familyId, meetingId),
        body,
      }),
    ),
  );
}

export function useTakeOver(familyId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (baseVersion: number) =>
      read(
        client.POST('/api/families/{familyId}/meetings/{meetingId}/take-over', {
          ...meetingParams(familyId, meetingId),
          body: { baseVersion },
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData([...key(familyId), meetingId], result.meeting);
      queryClient.setQueryData(['plan', familyId, 'current'], result.plan);
      return queryClient.invalidateQueries({ queryKey: ['plan', familyId] });
    },
  });
}
