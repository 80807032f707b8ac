// The provider's own view (role provider): /api/provider/allocations, /api/provider/claims, /api/provider/work
// and the message box /api/provider/ijw/messages. A search (free text, possibly a client's name) goes to the
// POST …/search twin in the body, never in a URL; without one the plain GET lists a page.
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
    queryFn: () => {
      const filters = {
        page: query.page,
        pageSize: query.pageSize,
        sort: query.sort,
        ...(query.status ? { status: query.status } : {}),
      };
      return read(
        query.q
          ? client.POST('/api/provider/allocations/search', { body: { ...filters, q: query.q } })
          : client.GET('/api/provider/allocations', { params: { query: filters } }),
      );
    },
  });
}

export function useProviderClaims(query: { page: number; pageSize: number; q: string; state: ClaimState }) {
  return useQuery({
    queryKey: ['provider', 'claims', query],
    placeholderData: keepPreviousData,
    queryFn: () => {
      const filters = { page: query.page, pageSize: query.pageSize, state: query.state };
      return read(
        query.q
          ? client.POST('/api/provider/claims/search', { body: { ...filters, q: query.q } })
          : client.GET('/api/provider/claims', { params: { query: filters } }),
      );
    },
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
    queryFn: () => {
      const filters = {
        page: query.page,
        pageSize: query.pageSize,
        ...(query.direction ? { direction: query.direction } : {}),
        ...(query.messageType ? { messageType: query.messageType } : {}),
      };
      return read(
        query.q
          ? client.POST('/api/provider/ijw/messages/search', { body: { ...filters, q: query.q } })
          : client.GET('/api/provider/ijw/messages', { params: { query: filters } }),
      );
    },
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
