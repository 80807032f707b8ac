import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Items } from './types';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'login', 'logout', 'export', 'search'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_OUTCOMES = ['allowed', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEvent {
  id: string;
  occurredAt: string;
  event: string;
  action: AuditAction;
  outcome: AuditOutcome;
  actorUsername: string | null;
  actorRole: string | null;
  actorOrganisation: string | null;
  onBehalfOf: string | null;
  purpose: string;
  subjectType: string;
  subjectId: string | null;
  clientRef: string | null;
  dataDescription: string | null;
  emergency: boolean;
  emergencyReason: string | null;
  requestId: string | null;
  sealed: boolean;
}

/** Filter values exactly as they appear in the URL and the API query string. */
export interface AuditFilter {
  username?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  action?: string;
  outcome?: string;
  emergency?: string;
  page?: string;
}

export interface AuditEventPage {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  unsealed: number;
  firstBroken: null | { chainSeq: number; id: string; reason: string };
}

export interface BreakGlassAccess {
  id: string;
  username: string;
  familyReference: string;
  reason: string;
  openedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewOutcome: 'justified' | 'unjustified' | null;
  reviewNote: string | null;
}

export interface BreakGlassReview {
  outcome: 'justified' | 'unjustified';
  note: string;
}

export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'events', filter],
    // The filter can name a person (username): it goes in a POST body, never in a URL.
    queryFn: () =>
      api.post<AuditEventPage>(
        '/api/audit/events/search',
        Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<ChainVerification>('/api/audit/verify') });
}

const BREAK_GLASS_KEY = ['audit', 'break-glass'] as const;

export function useOpenBreakGlassAccesses() {
  return useQuery({
    queryKey: BREAK_GLASS_KEY,
    queryFn: () => api.get<Items<BreakGlassAccess>>('/api/audit/break-glass?open=true'),
  });
}

export function useReviewBreakGlass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accessId, ...review }: BreakGlassReview & { accessId: string }) =>
      api.post<void>(`/api/audit/break-glass/${encodeURIComponent(accessId)}/review`, review),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}
