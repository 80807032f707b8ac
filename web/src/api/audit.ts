import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send, type Schema } from './client';
import { auditActionValues, roleValues } from './schema';

export const AUDIT_ACTIONS = auditActionValues;
export type AuditAction = Schema<'AuditAction'>;
export type AuditEvent = Schema<'AuditEvent'>;
export type AuditOutcome = AuditEvent['outcome'];
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['allowed', 'denied', 'failed'];

/** Filter values exactly as they appear in the URL and the API query string. */
export interface AuditFilter {
  userId?: string;
  event?: string;
  purpose?: string;
  role?: string;
  clientRef?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  action?: string;
  outcome?: string;
  emergency?: string;
  page?: string;
}

const AUDIT_ROLES = [...roleValues, 'partner_api'] as const;
export type AuditChoices = Schema<'AuditChoices'>;

/** What the filters offer to pick from; reading them is audited like every read of the log. */
export function useAuditChoices() {
  return useQuery({
    queryKey: ['audit', 'choices'],
    queryFn: () => read(client.GET('/api/audit/choices')),
    staleTime: 5 * 60_000,
  });
}

export type AuditEventPage = Schema<'AuditPage'>;
export type ChainVerification = Schema<'AuditVerifyResult'>;
export type BreakGlassAccess = Schema<'BreakGlassList'>['items'][number];
export type BreakGlassReview = Schema<'BreakGlassReviewBodyInput'>;

/** The URL's filter in the API's terms; a value the API does not know is left out rather than refused. */
function auditQuery({ action, outcome, emergency, page, role, ...text }: AuditFilter) {
  return {
    ...text,
    role: AUDIT_ROLES.find((known) => known === role),
    action: AUDIT_ACTIONS.find((known) => known === action),
    outcome: AUDIT_OUTCOMES.find((known) => known === outcome),
    emergency: (['true', 'false'] as const).find((known) => known === emergency),
    page: page ? Number(page) : undefined,
  };
}

export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'events', filter],
    // The filter can name a person (username): it goes in a POST body, never in a URL.
    queryFn: () => read(client.POST('/api/audit/events/search', { body: auditQuery(filter) })),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => read(client.GET('/api/audit/verify')) });
}

const BREAK_GLASS_KEY = ['audit', 'break-glass'] as const;

export function useOpenBreakGlassAccesses() {
  return useQuery({
    queryKey: BREAK_GLASS_KEY,
    queryFn: () => read(client.GET('/api/audit/break-glass', { params: { query: { open: 'true' } } })),
  });
}

export function useReviewBreakGlass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accessId, ...review }: BreakGlassReview & { accessId: string }) =>
      send(client.POST('/api/audit/break-glass/{id}/review', { params: { path: { id: accessId } }, body: review })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}
