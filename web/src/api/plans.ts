// The family plan: /api/families/:familyId/plan.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';
import { isApiError } from './problem';

export const LIFE_DOMAINS = [
  'parenting',
  'finances',
  'housing',
  'school_work',
  'health',
  'mental_health',
  'safety',
  'social_network',
  'daily_functioning',
  'other',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export const STRENGTH_KINDS = ['strength', 'own_strength', 'network'] as const;
export const OWNER_KINDS = ['family_member', 'network', 'professional', 'organisation'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

export interface Strength {
  id?: string;
  kind: (typeof STRENGTH_KINDS)[number];
  text: string;
}
export interface Concern {
  id?: string;
  text: string;
  priority: number | null;
  voices: string[];
  meetingId: string | null;
}
export interface Goal {
  id?: string;
  domain: LifeDomain;
  what: string;
  byWhen: string | null;
  howWeKnow: string;
}
export interface Owner {
  kind: (typeof OWNER_KINDS)[number];
  name: string;
  userId: string | null;
}
export interface Action {
  id?: string;
  goalId: string | null;
  what: string;
  owner: Owner;
  due: string | null;
  status: (typeof ACTION_STATUSES)[number];
}
export interface SafetyAgreement {
  id?: string;
  text: string;
}
export interface Review {
  id?: string;
  date: string;
  note: string;
}
export interface PlanContent {
  strengths: Strength[];
  concerns: Concern[];
  goals: Goal[];
  actions: Action[];
  safetyAgreements: SafetyAgreement[];
  reviews: Review[];
}
export const SECTIONS = ['strengths', 'concerns', 'goals', 'actions', 'safetyAgreements', 'reviews'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SignOff {
  id: string;
  version: number;
  signedOn: string;
  signedByName: string;
  byPortalUser: boolean;
  note: string | null;
  recordedAt: string;
}
export interface PlanVersionHeader {
  version: number;
  createdAt: string;
  author: { id: string; name: string };
  note: string | null;
  source: 'edit' | 'meeting';
  sourceMeetingId: string | null;
  signOffs: SignOff[];
}
export interface PlanVersion extends PlanVersionHeader {
  content: PlanContent;
}
export const DEADLINE_STATES = ['no_trajectory', 'on_track', 'due_soon', 'late', 'met', 'met_late'] as const;
export interface Deadline {
  state: (typeof DEADLINE_STATES)[number];
  startedOn: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  firstSignedOn: string | null;
  currentVersion: number | null;
  currentSigned: boolean;
}
export interface PlanView {
  familyId: string;
  familyReference: string;
  current: PlanVersion | null;
  versions: PlanVersionHeader[];
  deadline: Deadline;
  abilities: { edit: boolean; signOff: boolean };
}

type Item = Record<string, unknown> & { id: string };
export interface SectionDiff {
  added: Item[];
  removed: Item[];
  changed: Array<{ id: string; fields: string[]; before: Item; after: Item }>;
}
export interface PlanComparison {
  from: PlanVersionHeader;
  to: PlanVersionHeader;
  sections: Record<Section, SectionDiff>;
}

const planPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}/plan`;

export function usePlan(familyId: string) {
  return useQuery({ queryKey: ['plan', familyId, 'current'], queryFn: () => api.get<PlanView>(planPath(familyId)) });
}

export function useSavePlan(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseVersion: number; content: PlanContent; note?: string }) =>
      api.put<PlanView>(planPath(familyId), body),
    onSuccess: (plan) => {
      queryClient.setQueryData(['plan', familyId, 'current'], plan);
      return queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'compare'] });
    },
    // A colleague saved first: fetch the plan as it is now, so the editor can show what changed.
    onError: (error) =>
      isApiError(error, 'stale_version')
        ? queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'current'] })
        : undefined,
  });
}

/** One version in full, with its sign-offs (the content never changes; sign-offs may be added). */
export function usePlanVersion(familyId: string, version: number | null) {
  return useQuery({
    queryKey: ['plan', familyId, 'version', version],
    queryFn: () => api.get<PlanVersion>(`${planPath(familyId)}/versions/${version ?? 0}`),
    enabled: version !== null && version >= 1,
  });
}

export function useSignOff(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...body }: { version: number; signedOn: string; signedByName?: string; note?: string }) =>
      api.post<PlanView>(`${planPath(familyId)}/versions/${version}/sign-off`, body),
    onSuccess: (plan) => {
      queryClient.setQueryData(['plan', familyId, 'current'], plan);
      return queryClient.invalidateQueries({ queryKey: ['plan', familyId, 'version'] });
    },
  });
}

export function useComparePlan(familyId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['plan', familyId, 'compare', from, to],
    queryFn: () => api.get<PlanComparison>(withQuery(`${planPath(familyId)}/compare`, { from, to })),
    enabled: from !== null && to !== null,
  });
}
