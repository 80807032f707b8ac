// The referral index: /api/involvement, /api/families/:id/involvement, the admin's match
// coordinators and partner API keys.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Items } from './types';

export const RISK_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] as const;
export type RiskGround = (typeof RISK_GROUNDS)[number];
export type MatchKind = 'youth' | 'address' | 'parent';
export type InformAudience = 'parents' | 'youth_and_parents' | 'youth';
export const PARTNER_SCOPES = ['signals:submit', 'registrations:submit'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export interface HistoryNotice {
  organisationName: string;
  contactName: string;
  contactPhone: string;
  registeredAt: string;
  endedAt: string;
}
export interface Registration {
  id: string;
  organisation: { id: string; name: string };
  municipalityCode: string;
  bsnMasked: string;
  birthDate: string;
  age: number;
  riskGround: RiskGround;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  registeredAt: string;
  registeredBy: string | null;
  via: 'web' | 'api';
  endsOn: string;
  informing: { audience: InformAudience; informedAt: string | null };
  matches: Array<{ id: string; kind: MatchKind }>;
  historyNotices: HistoryNotice[];
}
export interface NewRegistration {
  bsn: string;
  birthDate: string;
  riskGround: RiskGround;
  contactName: string;
  contactPhone: string;
  contactEmail?: string;
  postcode?: string;
  houseNumber?: string;
  parentBsn?: string;
  endsOn?: string;
}
export interface RegistrationCreated {
  registration: Registration;
  matches: Array<{ id: string; kind: MatchKind; created: boolean }>;
  historyNotice: boolean;
}
export const CONTACT_METHODS = ['phone', 'meeting', 'email'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export interface Party {
  organisationName: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  registeredAt: string;
  mine: boolean;
}
export interface Match {
  id: string;
  kind: MatchKind;
  municipality: { code: string; name: string };
  createdAt: string;
  coordinator: { name: string; source: 'regisseur' | 'municipality' | 'none' } | null;
  contactRecordedAt: string | null;
  contactRecordedBy: string | null;
  contactNote: string | null;
  contactMethod: ContactMethod | null;
  closedAt: string | null;
  parties: Party[];
  abilities: { recordContact: boolean };
}
export interface FamilyInvolvementItem {
  personId: string;
  personName: string;
  organisationName: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  registeredAt: string;
  endsOn: string;
}
export interface CoordinatorSetting {
  municipalityCode: string;
  municipalityName: string;
  user: { id: string; displayName: string } | null;
}
export interface ApiKey {
  id: string;
  organisationId: string;
  organisationName: string;
  label: string;
  tokenPrefix: string;
  scopes: PartnerScope[];
  rateLimitPerMinute: number;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
export interface NewApiKey {
  organisationId: string;
  label: string;
  scopes: PartnerScope[];
  rateLimitPerMinute: number;
}

const KEY = ['involvement'] as const;

export function useRegistrations(informingOpen: boolean) {
  return useQuery({
    queryKey: [...KEY, 'registrations', informingOpen],
    queryFn: () =>
      api.get<Items<Registration> & { cap: number; truncated: boolean }>(
        withQuery('/api/involvement/registrations', { informing: informingOpen ? 'open' : undefined }),
      ),
  });
}
export function useRegistration(id: string) {
  return useQuery({
    queryKey: [...KEY, 'registration', id],
    queryFn: () => api.get<Registration>(`/api/involvement/registrations/${encodeURIComponent(id)}`),
  });
}
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRegistration) => api.post<RegistrationCreated>('/api/involvement/registrations', body),
    // A match or history notice lands in the registrant's own inbox as well.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: KEY }),
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
      ]),
  });
}
export function useMarkInformed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<Registration>(`/api/involvement/registrations/${encodeURIComponent(id)}/informed`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
export function useWithdraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/api/involvement/registrations/${encodeURIComponent(id)}/withdraw`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
export function useMatches() {
  return useQuery({ queryKey: [...KEY, 'matches'], queryFn: () => api.get<Items<Match>>('/api/involvement/matches') });
}
export function useMatch(id: string) {
  return useQuery({
    queryKey: [...KEY, 'match', id],
    queryFn: () => api.get<Match>(`/api/involvement/matches/${encodeURIComponent(id)}`),
  });
}
export function useRecordContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note, method }: { id: string; note?: string; method?: ContactMethod }) =>
      api.post<Match>(`/api/involvement/matches/${encodeURIComponent(id)}/contact`, {
        ...(note ? { note } : {}),
        ...(method ? { method } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
export function useFamilyInvolvement(familyId: string) {
  return useQuery({
    queryKey: [...KEY, 'family', familyId],
    queryFn: () => api.get<Items<FamilyInvolvementItem>>(`/api/families/${encodeURIComponent(familyId)}/involvement`),
  });
}

const ADMIN_KEY = ['admin', 'involvement'] as const;
export function useCoordinators() {
  return useQuery({
    queryKey: [...ADMIN_KEY, 'coordinators'],
    queryFn: () => api.get<Items<CoordinatorSetting>>('/api/admin/involvement-coordinators'),
  });
}
export function useSetCoordinator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ municipalityCode, userId }: { municipalityCode: string; userId: string | null }) =>
      api.put<void>(`/api/admin/involvement-coordinators/${encodeURIComponent(municipalityCode)}`, { userId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
  });
}
export function useApiKeys() {
  return useQuery({
    queryKey: [...ADMIN_KEY, 'keys'],
    queryFn: () => api.get<Items<ApiKey>>('/api/admin/partner-api-keys'),
  });
}
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewApiKey) => api.post<ApiKey & { token: string }>('/api/admin/partner-api-keys', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
  });
}
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ApiKey>(`/api/admin/partner-api-keys/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
  });
}
