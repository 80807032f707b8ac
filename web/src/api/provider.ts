// The provider's own view (role provider): /api/provider/allocations, /api/provider/claims, /api/provider/work
// and the message box /api/provider/ijw/messages.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type ProviderAllocation = Schema<'ProviderAllocation'>;
export type ProviderAllocationStatus = Schema<'ProviderAllocationStatus'>;
export type ProviderClaim = Schema<'ProviderClaim'>;
export type IjwMessageSummary = Schema<'IjwMessageSummary'>;
export type IjwMessageType = Schema<'IjwMessageType'>;
export type IjwReturnCode = Schema<'IjwReturnCode'>;

export const ALLOCATION_STATUSES = [
  'current',
  'ended',
  'withdrawn',
] as const satisfies readonly ProviderAllocationStatus[];
export const CLAIM_STATES = ['all', 'rejected', 'accepted'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export interface AllocationsQuery {
  page: number;
  pageSize: number;
  q: string;
  sort: 'allocated_desc' | 'number' | 'starts_asc';
  status: ProviderAllocationStatus | '';
}

export function useProviderAllocations(query: AllocationsQuery) {
  return useQuery({
    queryKey: ['provider', 'allocations', query],
    placeholderData: keepPreviousData,
    queryFn: () =>
      read(
        client.GET('/api/provider/allocations', {
          params: {
            query: {
              page: query.page,
              pageSize: query.pageSize,
              sort: query.sort,
              ...(query.q ? { q: query.q } : {}),
              ...(query.status ? { status: query.status } : {}),
            },
          },
        }),
      ),
  });
}

export function useProviderClaims(query: { page: number; pageSize: number; q: string; state: ClaimState }) {
  return useQuery({
    queryKey: ['provider', 'claims', query],
    placeholderData: keepPreviousData,
    queryFn: () =>
      read(
        client.GET('/api/provider/claims', {
          params: {
            query: {
              page: query.page,
              pageSize: query.pageSize,
              state: query.state,
              ...(query.q ? { q: query.q } : {}),
            },
          },
        }),
      ),
  });
}

export function useProviderWork() {
  return useQuery({ queryKey: ['provider', 'work'], queryFn: () => read(client.GET('/api/provider/work')) });
}

export interface BoxQuery {
  page: number;
  pageSize: number;
  q: string;
  direction: 'in' | 'out' | '';
  messageType: IjwMessageType | '';
}

export function useMessageBox(query: BoxQuery) {
  return useQuery({
    queryKey: ['provider', 'messages', query],
    placeholderData: keepPreviousData,
    queryFn: () =>
      read(
        client.GET('/api/provider/ijw/messages', {
          params: {
            query: {
              page: query.page,
              pageSize: query.pageSize,
              ...(query.q ? { q: query.q } : {}),
              ...(query.direction ? { direction: query.direction } : {}),
              ...(query.messageType ? { messageType: query.messageType } : {}),
            },
          },
        }),
      ),
  });
}

export function useMessage(messageId: string | null) {
  return useQuery({
    queryKey: ['provider', 'message', messageId],
    enabled: messageId !== null,
    queryFn: () =>
      read(client.GET('/api/provider/ijw/messages/{messageId}', { params: { path: { messageId: messageId ?? '' } } })),
  });
}

/** Where the browser downloads a message as a file (the session cookie authorises it). */
export function messageFileUrl(messageId: string): string {
  return `/api/provider/ijw/messages/${encodeURIComponent(messageId)}/xml`;
}

export function useUploadMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (xml: string) => read(client.POST('/api/provider/ijw/messages', { body: { xml } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['provider'] }),
  });
}
