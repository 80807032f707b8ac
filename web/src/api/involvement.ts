// The referral index: /api/involvement, /api/families/:id/involvement, the admin's match
// coordinators and partner API keys.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send, type Schema } from './client';
import {
  involvementMatchSortValues,
  involvementRegistrationSortValues,
  matchContactMethodValues,
  partnerScopeValues,
  riskGroundValues,
} from './schema';

export const RISK_GROUNDS = riskGroundValues;
export type RiskGround = Schema<'RiskGround'>;
export const PARTNER_SCOPES = partnerScopeValues;
export type PartnerScope = Schema<'PartnerScope'>;
export const CONTACT_METHODS = matchContactMethodValues;
export type ContactMethod = Schema<'MatchContactMethod'>;

export type Registration = Schema<'InvolvementRegistration'>;
export type MatchKind = Registration['matches'][number]['kind'];
export type InformAudience = Registration['informing']['audience'];
export type HistoryNotice = Registration['historyNotices'][number];
export type NewRegistration = Schema<'InvolvementRegistrationBodyInput'>;
export type RegistrationCreated = Schema<'InvolvementRegistrationCreated'>;
export type Match = Schema<'InvolvementMatch'>;
export type MatchList = Schema<'InvolvementMatchList'>;
export type RegistrationSort = Schema<'InvolvementRegistrationSort'>;
export const REGISTRATION_SORTS = involvementRegistrationSortValues;
export type MatchSort = Schema<'InvolvementMatchSort'>;
export const MATCH_SORTS = involvementMatchSortValues;
/** One page of a server-paged list; `q` (a BSN or a name) goes in a POST body only, never in the URL. */
export interface ListQuery<S> {
  page: number;
  pageSize: number;
  sort: S;
  q: string;
}
export type Party = Match['parties'][number];
export type FamilyInvolvementItem = Schema<'FamilyInvolvement'>['items'][number];
export type CoordinatorSetting = Schema<'MatchCoordinatorList'>['items'][number];
export type ApiKey = Schema<'ApiKey'>;
export type NewApiKey = Schema<'CreateApiKeyBodyInput'>;

const KEY = ['involvement'] as const;

export function useRegistrations(informingOpen: boolean, list: ListQuery<RegistrationSort>) {
  return useQuery({
    queryKey: [...KEY, 'registrations', informingOpen, list],
    queryFn: () => {
      const { q, ...paging } = list;
      const informing = informingOpen ? ('open' as const) : undefined;
      return q
        ? read(client.POST('/api/involvement/registrations/search', { body: { informing, q, ...paging } }))
        : read(client.GET('/api/involvement/registrations', { params: { query: { informing, ...paging } } }));
    },
    placeholderData: keepPreviousData,
  });
}
export function useRegistration(id: string) {
  return useQuery({
    queryKey: [...KEY, 'registration', id],
    queryFn: () =>
      read(client.GET('/api/involvement/registrations/{registrationId}', { params: { path: { registrationId: id } } })),
  });
}
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRegistration) => read(client.POST('/api/involvement/registrations', { body })),
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
      read(
        client.POST('/api/involvement/registrations/{registrationId}/informed', {
          params: { path: { registrationId: id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
export function useWithdraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      send(
        client.POST('/api/involvement/registrations/{registrationId}/withdraw', {
          params: { path: { registrationId: id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
const MATCH_LIST_KEY = [...KEY, 'matches'] as const;
export function useMatches(list: ListQuery<MatchSort>) {
  return useQuery({
    queryKey: [...MATCH_LIST_KEY, list],
    queryFn: () => {
      const { q, ...paging } = list;
      return q
        ? read(client.POST('/api/involvement/matches/search', { body: { q, ...paging } }))
        : read(client.GET('/api/involvement/matches', { params: { query: paging } }));
    },
    placeholderData: keepPreviousData,
  });
}
export function useMatch(id: string) {
  return useQuery({
    queryKey: [...KEY, 'match', id],
    queryFn: () => read(client.GET('/api/involvement/matches/{matchId}', { params: { path: { matchId: id } } })),
  });
}
export function useRecordContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note, method }: { id: string; note?: string; method?: ContactMethod }) =>
      read(
        client.POST('/api/involvement/matches/{matchId}/contact', {
          params: { path: { matchId: id } },
          body: { ...(note ? { note } : {}), ...(method ? { method } : {}) },
        }),
      ),
    // The match lists take the updated match in place rather than being fetched again: the card just
    // acted on keeps its place on the page (a fresh 'attention' order would move it to another page),
    // together with its confirmation. Everything else about the referral index is fetched again.
    onSuccess: (updated) => {
      queryClient.setQueriesData<MatchList>({ queryKey: MATCH_LIST_KEY }, (list) => {
        const before = list?.items.find((m) => m.id === updated.id);
        if (!list || !before) return list;
        const followedUp = before.abilities.recordContact && !before.contactRecordedAt;
        return {
          ...list,
          awaitingMe: Math.max(0, list.awaitingMe - (followedUp ? 1 : 0)),
          items: list.items.map((m) => (m.id === updated.id ? { ...updated, child: m.child } : m)),
        };
      });
      return queryClient.invalidateQueries({
        queryKey: KEY,
        predicate: (query) => query.queryKey[1] !== MATCH_LIST_KEY[1],
      });
    },
  });
}
export function useFamilyInvolvement(familyId: string) {
  return useQuery({
    queryKey: [...KEY, 'family', familyId],
    queryFn: () => read(client.GET('/api/families/{familyId}/involvement', { params: { path: { familyId } } })),
  });
}

const ADMIN_KEY = ['admin', 'involvement'] as const;
export function useCoordinators() {
  return useQuery({
    queryKey: [...ADMIN_KEY, 'coordinators'],
    queryFn: () => read(client.GET('/api/admin/involvement-coordinators')),
  });
}
export function useSetCoordinator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ municipalityCode, userId }: { municipalityCode: string; userId: string | null }) =>
      send(
        client.PUT('/api/admin/involvement-coordinators/{municipalityCode}', {
          params: { path: { municipalityCode } },
          body: { userId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
  });
}
export function useApiKeys() {
  return useQuery({
    queryKey: [...ADMIN_KEY, 'keys'],
    queryFn: () => read(client.GET('/api/admin/partner-api-keys')),
  });
}
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewApiKey) => read(client.POST('/api/admin/partner-api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
  });
}
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      read(client.POST('/api/admin/partner-api-keys/{keyId}/revoke', { params: { path: { keyId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADMIN_KEY }),
  });
}
