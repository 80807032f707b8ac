// The family plan: /api/families/:familyId/plan.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import { isApiError } from './problem';
import {
  actionStatusValues,
  deadlineStateValues,
  lifeDomainValues,
  ownerKindValues,
  strengthKindValues,
} from './schema';

export const LIFE_DOMAINS = lifeDomainValues;
export type LifeDomain = Schema<'LifeDomain'>;
export const STRENGTH_KINDS = strengthKindValues;
export const OWNER_KINDS = ownerKindValues;
export const ACTION_STATUSES = actionStatusValues;
export const DEADLINE_STATES = deadlineStateValues;

/** The server's items, except that an item the editor just added has no id yet. */
type Drafts<Content> = {
  [S in keyof Content]: Content[S] extends Array<infer Item extends { id: string }>
    ? Array<Omit<Item, 'id'> & { id?: string }>
    : Content[S];
};
/** The plan as the editor holds it and sends it. */
export type PlanContent = Drafts<Schema<'PlanContent'>>;
export type Strength = PlanContent['strengths'][number];
export type Concern = PlanContent['concerns'][number];
export type Goal = PlanContent['goals'][number];
export type Action = PlanContent['actions'][number];
export type Owner = Action['owner'];
export type SafetyAgreement = PlanContent['safetyAgreements'][number];
export type Review = PlanContent['reviews'][number];

export type SignOff = Schema<'PlanSignOff'>;
export type PlanVersionHeader = Schema<'PlanVersionHeader'>;
export type PlanVersion = Schema<'PlanVersion'>;
export type Deadline = Schema<'PlanDeadline'>;
export type PlanView = Schema<'Plan'>;
export type PlanVersionPage = Schema<'PlanVersionPage'>;
export type PlanComparison = Schema<'PlanComparison'>;
export type Section = keyof PlanComparison['sections'];
export type SectionDiff = PlanComparison['sections'][Section];

export const SECTIONS = [
  'strengths',
  'concerns',
  'goals',
  'actions',
  'safetyAgreements',
  'reviews',
] as const satisfies readonly Section[];
// A section the server adds must be listed above (the compiler says so here).
const everySection: Record<Section, true> = {
  strengths: true,
  concerns: true,
  goals: true,
  actions: true,
  safetyAgreements: true,
  reviews: true,
};
void everySection;

const planParams = (familyId: string) => ({ params: { path: { familyId } } });

export function usePlan(familyId: string) {
  return useQuery({
    queryKey: ['plan', familyId, 'current'],
    queryFn: () => read(client.GET('/api/families/{familyId}/plan', planParams(familyId))),
  });
}

export function useSavePlan(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseVersion: number; content: PlanContent; note?: string }) =>
      read(client.PUT('/api/families/{familyId}/plan', { ...planParams(familyId), body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(['plan', familyId, 'current'], plan);
      void queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'versions'] });
      return queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'compare'] });
    },
    // A colleague saved first: fetch the plan as it is now, so the editor can show what changed.
    onError: (error) =>
      isApiError(error, 'stale_version')
        ? queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'current'] })
        : undefined,
  });
}

/**
 * How many versions the plan view carries (the newest; plans/queries.ts VERSIONS_SHOWN), and so the
 * page size of the version list: its first page is the view's own, the others are read a page at a time.
 */
export const PLAN_VERSIONS_PAGE_SIZE = 10;

/** A page of the plan's versions, newest first; page 1 comes with the plan view and is not fetched again. */
export function usePlanVersions(plan: PlanView, page: number) {
  const familyId = plan.familyId;
  return useQuery({
    queryKey: ['plan', familyId, 'versions', page],
    queryFn: () =>
      read(
        client.GET('/api/families/{familyId}/plan/versions', {
          params: { path: { familyId }, query: { page, pageSize: PLAN_VERSIONS_PAGE_SIZE } },
        }),
      ),
    enabled: page > 1,
    placeholderData: keepPreviousData,
  });
}

/** One version in full, with its sign-offs (the content never changes; sign-offs may be added). */
export function usePlanVersion(familyId: string, version: number | null) {
  return useQuery({
    queryKey: ['plan', familyId, 'version', version],
    queryFn: () =>
      read(
        client.GET('/api/families/{familyId}/plan/versions/{version}', {
          params: { path: { familyId, version: version ?? 0 } },
        }),
      ),
    enabled: version !== null && version >= 1,
  });
}

export function useSignOff(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...body }: { version: number; signedOn: string; signedByName?: string; note?: string }) =>
      read(
        client.POST('/api/families/{familyId}/plan/versions/{version}/sign-off', {
          params: { path: { familyId, version } },
          body,
        }),
      ),
    onSuccess: (plan) => {
      queryClient.setQueryData(['plan', familyId, 'current'], plan);
      void queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'versions'] });
      return queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'version'] });
    },
  });
}

export function useComparePlan(familyId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['plan', familyId, 'compare', from, to],
    queryFn: () =>
      read(
        client.GET('/api/families/{familyId}/plan/compare', {
          params: { path: { familyId }, query: { from: from ?? 0, to: to ?? 0 } },
        }),
      ),
    enabled: from !== null && to !== null,
  });
}
