// The family's rights (its statement, consent, requests, who looked, its data) and the professionals' queue.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send, type Schema } from './client';

export type FamilyStatement = Schema<'FamilyStatement'>;
export type FamilyRightsRequest = Schema<'FamilyRightsRequest'>;
export type AccessLogEntry = Schema<'FamilyAccessLogEntry'>;
export type PortalConsent = Schema<'PortalConsent'>;
export type QueueItem = Schema<'FamilyRequestQueueItem'>;
export type RequestAnswer = Schema<'FamilyRequestAnswerBodyInput'>;

const KEY = ['family-rights'] as const;

export function useMyStatements() {
  return useQuery({
    queryKey: [...KEY, 'statements'],
    queryFn: () => read(client.GET('/api/family-rights/statements')),
  });
}

export function useAddStatement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; body: string }) => read(client.POST('/api/family-rights/statements', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMyConsent() {
  return useQuery({ queryKey: [...KEY, 'consent'], queryFn: () => read(client.GET('/api/family-rights/consent')) });
}

export function useGiveConsent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schema<'PortalConsentBodyInput'>) => read(client.POST('/api/family-rights/consent', { body })),
    onSuccess: (data) => qc.setQueryData([...KEY, 'consent'], data),
  });
}

export function useWithdrawConsent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      read(client.POST('/api/family-rights/consent/{id}/withdraw', { params: { path: { id } }, body: {} })),
    onSuccess: (data) => qc.setQueryData([...KEY, 'consent'], data),
  });
}

export function useMyRequests() {
  return useQuery({ queryKey: [...KEY, 'requests'], queryFn: () => read(client.GET('/api/family-rights/requests')) });
}

export function useAddRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schema<'FamilyRightsRequestBodyInput'>) =>
      read(client.POST('/api/family-rights/requests', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useAccessLog(page: number) {
  return useQuery({
    queryKey: [...KEY, 'access-log', page],
    queryFn: () => read(client.GET('/api/family-rights/access-log', { params: { query: { page, pageSize: 10 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAskAboutEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: string }) =>
      read(
        client.POST('/api/family-rights/access-log/{entryId}/question', {
          params: { path: { entryId } },
          body: { body },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRequestQueue(status: 'open' | 'closed', page: number) {
  return useQuery({
    queryKey: [...KEY, 'queue', status, page],
    queryFn: () => read(client.GET('/api/family-rights/queue', { params: { query: { status, page, pageSize: 10 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAnswerRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: RequestAnswer & { id: string }) =>
      send(client.POST('/api/family-rights/queue/{id}/answer', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useTeamStatements(familyId: string) {
  return useQuery({
    queryKey: [...KEY, 'team', familyId],
    queryFn: () => read(client.GET('/api/families/{familyId}/family-statements', { params: { path: { familyId } } })),
  });
}
