// The meetlat and the learning log: /api/learning.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type MeetlatView = Schema<'MeetlatView'>;
export type NewAssessment = Schema<'NewMeetlatAssessmentInput'>;
export type MeetlatImport = Schema<'MeetlatImportInput'>;
export type LearningEntry = Schema<'LearningEntry'>;
export type LearningKind = Schema<'LearningKind'>;
export type NewLearningEntry = Schema<'NewLearningEntryInput'>;
export type ReflectionMeeting = Schema<'ReflectionMeeting'>;
export type NewReflectionMeeting = Schema<'NewReflectionMeetingInput'>;
export type NewDiscussion = Schema<'NewReflectionDiscussionInput'>;
export type ActionStatus = Schema<'ReflectionActionStatus'>;
export type LearningEntrySort = Schema<'LearningEntrySort'>;
export { learningKindValues, reflectionActionStatusValues } from './schema';

export function useMeetlat() {
  return useQuery({ queryKey: ['learning', 'meetlat'], queryFn: () => read(client.GET('/api/learning/meetlat')) });
}

export function useRecordAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssessment) => read(client.POST('/api/learning/meetlat/assessments', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning', 'meetlat'] }),
  });
}

export function useImportMeetlat() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetlatImport) => read(client.POST('/api/learning/meetlat/import', { body })),
    onSuccess: (report) => (report.stored ? queryClient.invalidateQueries({ queryKey: ['learning'] }) : undefined),
  });
}

export function useLearningContext() {
  return useQuery({ queryKey: ['learning', 'context'], queryFn: () => read(client.GET('/api/learning/context')) });
}

export function useLearningEntries(body: Schema<'LearningEntrySearchInput'> | null) {
  return useQuery({
    queryKey: ['learning', 'entries', body],
    enabled: body !== null,
    placeholderData: keepPreviousData,
    queryFn: () =>
      read(client.POST('/api/learning/entries/search', { body: body as Schema<'LearningEntrySearchInput'> })),
  });
}

export function useCreateEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewLearningEntry) => read(client.POST('/api/learning/entries', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning', 'entries'] }),
  });
}

export function useMeetings(municipality: string, page: number) {
  return useQuery({
    queryKey: ['learning', 'meetings', municipality, page],
    enabled: municipality !== '',
    placeholderData: keepPreviousData,
    queryFn: () =>
      read(client.GET('/api/learning/meetings', { params: { query: { municipality, page, pageSize: 10 } } })),
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewReflectionMeeting) => read(client.POST('/api/learning/meetings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning', 'meetings'] }),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: ['learning', 'meeting', id],
    queryFn: () => read(client.GET('/api/learning/meetings/{id}', { params: { path: { id } } })),
  });
}

export function useDiscussEntry(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDiscussion) =>
      read(client.POST('/api/learning/meetings/{id}/discussions', { params: { path: { id: meetingId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning'] }),
  });
}

export function useChangeActionStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ActionStatus }) =>
      read(client.PATCH('/api/learning/actions/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['learning'] }),
  });
}
