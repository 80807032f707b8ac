// Buurtgezinnen: the public forms (/api/public/buurtgezinnen) and the coordinator's board (/api/support-families).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const PARTS = ['morning', 'afternoon', 'evening'] as const;
export const REFERRERS = ['self', 'child_health_clinic', 'gp', 'school', 'neighbourhood_team', 'other'] as const;
export const FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'occasionally'] as const;
export const SCREENING_STEPS = ['vog', 'intake', 'references', 'approval'] as const;
export const CRITERIA = ['distance', 'needs', 'days', 'language', 'age', 'capacity'] as const;
export const END_REASONS = [
  'goal_reached',
  'no_click',
  'request_family_withdrew',
  'support_family_withdrew',
  'moved',
  'professional_care_needed',
  'other',
] as const;
export const MATCH_STATUSES = [
  'proposed',
  'introductions',
  'joint_introduction',
  'trial',
  'active',
  'evaluated',
  'ended',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export type Criterion = (typeof CRITERIA)[number];
export type ScreeningStep = (typeof SCREENING_STEPS)[number];
export type EndReason = (typeof END_REASONS)[number];

export interface SupportKind {
  code: string;
  label: { nl: string; en: string };
}
export interface PublicRequest {
  givenName: string;
  familyName: string;
  email: string;
  phone?: string;
  postcode: string;
  supportKinds: string[];
  childAges: number[];
  languages: string[];
  availability: string[];
  upbringing?: string;
  offerBack?: string;
  consent: true;
  website?: string;
  locale?: 'nl' | 'en';
}
export interface PublicFamily {
  givenName: string;
  familyName: string;
  email: string;
  phone?: string;
  postcode: string;
  offers: string[];
  maxChildren: number;
  maxFamilies: number;
  frequency: (typeof FREQUENCIES)[number];
  languages: string[];
  availability: string[];
  maxTravelKm: number;
  preferredAgeMin: number;
  preferredAgeMax: number;
  parentingExperience?: string;
  fosterInterest?: boolean;
  consent: true;
  website?: string;
  locale?: 'nl' | 'en';
}
export interface Ref {
  id: string;
  reference: string;
  givenName: string;
  neighbourhoodName: string | null;
}
export interface RequestSummary {
  id: string;
  reference: string;
  status: 'unconfirmed' | 'open' | 'matched' | 'closed';
  givenName: string;
  familyName: string;
  municipalityCode: string;
  municipalityName: string;
  neighbourhoodName: string | null;
  supportKinds: string[];
  childAges: number[];
  referredBy: (typeof REFERRERS)[number];
  createdAt: string;
  waitingDays: number;
}
export interface RequestDetail extends RequestSummary {
  email: string | null;
  phone: string | null;
  postcode: string;
  languages: string[];
  availability: string[];
  upbringing: string | null;
  offerBack: string | null;
  channel: string;
  confirmedAt: string | null;
  closedAt: string | null;
  closeReason: string | null;
}
export interface FamilySummary {
  id: string;
  reference: string;
  status: string;
  givenName: string;
  familyName: string;
  municipalityName: string;
  neighbourhoodName: string | null;
  offers: string[];
  maxFamilies: number;
  currentMatches: number;
  screeningState: 'eligible' | 'incomplete' | 'expired' | 'inactive';
  vogExpiresOn: string | null;
  fosterInterest: boolean;
}
export interface FamilyDetail extends FamilySummary {
  email: string | null;
  phone: string | null;
  postcode: string;
  maxChildren: number;
  frequency: string;
  languages: string[];
  availability: string[];
  maxTravelKm: number;
  preferredAgeMin: number;
  preferredAgeMax: number;
  parentingExperience: string | null;
  fosterInterestAt: string | null;
  screening: {
    state: string;
    vogExpiresOn: string | null;
    missing: ScreeningStep[];
    steps: Array<{ step: ScreeningStep; doneOn: string; note: string | null; recordedBy: string; recordedAt: string }>;
  };
}
export interface CriterionScore {
  criterion: Criterion;
  weight: number;
  value: number;
  points: number;
  detail: { km?: number; shared?: string[]; of?: number; fitting?: number; remaining?: number };
}
export interface SuggestionList {
  request: Ref;
  items: Array<{ family: Ref; score: number; criteria: CriterionScore[] }>;
  notEligible: Record<string, number>;
  weights: Record<Criterion, number>;
}
export interface Proposal {
  pairs: Array<{ request: Ref; family: Ref; score: number; criteria: CriterionScore[]; greedyFamilyId: string | null }>;
  openRequests: number;
  eligibleFamilies: number;
  unassigned: number;
  total: number;
  greedyTotal: number;
  greedyAssigned: number;
  improvementPercent: number | null;
  durationMs: number;
}
export interface MatchSummary {
  id: string;
  status: MatchStatus;
  request: Ref;
  family: Ref;
  score: number;
  proposedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  endReason: EndReason | null;
  openReminders: number;
}
export interface MatchDetail extends MatchSummary {
  requestAccepted: boolean;
  familyAccepted: boolean;
  evaluation: string | null;
  endNote: string | null;
  next: MatchStatus[];
  fosterInterest: boolean;
  events: Array<{ kind: string; toStatus: string | null; happenedOn: string; note: string | null; recordedBy: string }>;
  agreements: Array<{ what: string; howOften: string; recordedAt: string }>;
  reminders: Array<{ id: number; offsetDays: number; dueAt: string; doneAt: string | null }>;
}
export interface Side {
  otherGivenName: string;
  otherNeighbourhood: string | null;
  contact: { familyName: string; email: string | null; phone: string | null } | null;
}
export interface Introduction {
  bothAccepted: boolean;
  toRequestFamily: Side;
  toSupportFamily: Side;
}
export interface Reminder {
  id: number;
  matchId: string;
  offsetDays: number;
  dueAt: string;
  request: Ref;
  family: Ref;
}
export interface Settings {
  vogValidityMonths: number;
  checkinDays: number[];
  confirmationHours: number;
  weights: Record<Criterion, number>;
  area: Array<{ code: string; name: string }>;
  mayConfigure: boolean;
}
/** A kind of support as the board sees it: inactive ones too (existing records keep them). */
export interface BoardKind extends SupportKind {
  active: boolean;
  position: number;
}
export interface BoardKindList {
  items: BoardKind[];
  mayConfigure: boolean;
}
/** A published count: 'primary' is a hidden 1–4, 'secondary' hidden to protect one; a total adds up shown cells only. */
export interface FigureCell {
  kind: 'value' | 'primary' | 'secondary';
  value: number | null;
}
export interface FigureTotal {
  value: number;
  partial: boolean;
}
interface FigureShape<C> {
  openRequests: C;
  averageWaitingDays: number | null;
  activeMatches: C;
  averageDurationDays: number | null;
  families: { eligible: C; incomplete: C; expired: C; fosterInterest: C };
  endedReasons: Array<{ reason: EndReason; count: C }>;
  matchesPerMonth: Array<{ month: string; count: C }>;
}
export interface MunicipalityFigures extends FigureShape<FigureCell> {
  code: string;
  name: string;
}
export interface Figures {
  suppressed: boolean;
  threshold: number;
  months: string[];
  municipalities: MunicipalityFigures[];
  total: FigureShape<FigureTotal>;
}

const P = '/api/public/buurtgezinnen';
const B = '/api/support-families';

export const useSupportKinds = () =>
  useQuery({
    queryKey: ['support-kinds'],
    queryFn: () => api.get<{ items: SupportKind[]; consentVersion: string }>(`${P}/support-kinds`),
    staleTime: 3_600_000,
  });
export const usePublicRequest = () =>
  useMutation({ mutationFn: (body: PublicRequest) => api.post<{ status: 'received' }>(`${P}/requests`, body) });
export const usePublicFamily = () =>
  useMutation({ mutationFn: (body: PublicFamily) => api.post<{ status: 'received' }>(`${P}/support-families`, body) });
export const useConfirm = () =>
  useMutation({ mutationFn: (token: string) => api.post<{ status: 'confirmed' }>(`${P}/confirmations`, { token }) });

export const useRequests = (status?: string) =>
  useQuery({
    queryKey: ['sf', 'requests', status],
    queryFn: () => api.get<{ items: RequestSummary[] }>(withQuery(`${B}/requests`, { status })),
  });
export const useRequest = (id: string) =>
  useQuery({
    queryKey: ['sf', 'request', id],
    queryFn: () => api.get<RequestDetail>(`${B}/requests/${encodeURIComponent(id)}`),
  });
export const useSuggestions = (id: string) =>
  useQuery({
    queryKey: ['sf', 'suggestions', id],
    queryFn: () => api.get<SuggestionList>(`${B}/requests/${encodeURIComponent(id)}/suggestions`),
  });
export const useFamilies = (screening?: string) =>
  useQuery({
    queryKey: ['sf', 'families', screening],
    queryFn: () => api.get<{ items: FamilySummary[] }>(withQuery(`${B}/families`, { screening })),
  });
export const useFamily = (id: string) =>
  useQuery({
    queryKey: ['sf', 'family', id],
    queryFn: () => api.get<FamilyDetail>(`${B}/families/${encodeURIComponent(id)}`),
  });
export const useMatches = (status?: string) =>
  useQuery({
    queryKey: ['sf', 'matches', status],
    queryFn: () => api.get<{ items: MatchSummary[] }>(withQuery(`${B}/matches`, { status })),
  });
export const useMatch = (id: string) =>
  useQuery({
    queryKey: ['sf', 'match', id],
    queryFn: () => api.get<MatchDetail>(`${B}/matches/${encodeURIComponent(id)}`),
  });
export const useIntroduction = (id: string) =>
  useQuery({
    queryKey: ['sf', 'match', id, 'introduction'],
    queryFn: () => api.get<Introduction>(`${B}/matches/${encodeURIComponent(id)}/introduction`),
  });
export const useReminders = () =>
  useQuery({ queryKey: ['sf', 'reminders'], queryFn: () => api.get<{ items: Reminder[] }>(`${B}/reminders`) });
export const useSettings = () =>
  useQuery({ queryKey: ['sf', 'settings'], queryFn: () => api.get<Settings>(`${B}/settings`) });
export const useBoardKinds = () =>
  useQuery({ queryKey: ['sf', 'kinds'], queryFn: () => api.get<BoardKindList>(`${B}/support-kinds`) });
export const useFigures = () =>
  useQuery({ queryKey: ['sf', 'figures'], queryFn: () => api.get<Figures>(`${B}/figures`) });

function useBoardMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['sf'] }) });
}
export const useProposal = () => useMutation({ mutationFn: () => api.post<Proposal>(`${B}/assignment`) });
export const useAcceptPair = () =>
  useBoardMutation((p: { requestId: string; familyId: string }) => api.post<{ id: string }>(`${B}/pairs/accept`, p));
export const useRejectPair = () =>
  useBoardMutation((p: { requestId: string; familyId: string }) =>
    api.post<{ status: string }>(`${B}/pairs/reject`, p),
  );
export const useRecordScreening = (id: string) =>
  useBoardMutation((b: { step: ScreeningStep; doneOn: string; note?: string }) =>
    api.post<FamilyDetail>(`${B}/families/${encodeURIComponent(id)}/screening`, b),
  );
export const useMatchEvent = (id: string) =>
  useBoardMutation((b: { kind: string; happenedOn: string; note?: string }) =>
    api.post<MatchDetail>(`${B}/matches/${encodeURIComponent(id)}/events`, b),
  );
export const useAgreement = (id: string) =>
  useBoardMutation((b: { what: string; howOften: string }) =>
    api.post<MatchDetail>(`${B}/matches/${encodeURIComponent(id)}/agreements`, b),
  );
export const useTransition = (id: string) =>
  useBoardMutation((b: { to: MatchStatus; endReason?: EndReason; evaluation?: string; note?: string }) =>
    api.post<MatchDetail>(`${B}/matches/${encodeURIComponent(id)}/transition`, b),
  );
export const useReminderDone = () =>
  useBoardMutation((id: number) => api.post<MatchDetail>(`${B}/reminders/${id}/done`));
export const useSaveWeights = () =>
  useBoardMutation((w: Record<Criterion, number>) => api.put<Settings>(`${B}/settings/weights`, w));
export const useSaveSharedSettings = () =>
  useBoardMutation((b: { vogValidityMonths: number; checkinDays: number[] }) => api.put<Settings>(`${B}/settings`, b));

/** Changes to the list of kinds also refresh the public forms' list. */
function useKindMutation<I>(fn: (input: I) => Promise<BoardKindList>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ['sf'] }), qc.invalidateQueries({ queryKey: ['support-kinds'] })]),
  });
}
export const useAddKind = () =>
  useKindMutation((b: { code: string; labelNl: string; labelEn: string }) =>
    api.post<BoardKindList>(`${B}/support-kinds`, b),
  );
export const useChangeKind = () =>
  useKindMutation(({ code, ...b }: { code: string; labelNl?: string; labelEn?: string; active?: boolean }) =>
    api.patch<BoardKindList>(`${B}/support-kinds/${encodeURIComponent(code)}`, b),
  );
export const useReorderKinds = () =>
  useKindMutation((codes: string[]) => api.put<BoardKindList>(`${B}/support-kinds/order`, { codes }));
