// Buurtgezinnen: the public forms (/api/public/buurtgezinnen) and the coordinator's board (/api/support-families).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import {
  screeningStepValues,
  supportCriterionValues,
  supportEndReasonValues,
  supportFamilySortValues,
  supportFrequencyValues,
  supportMatchStatusValues,
  supportReferrerValues,
  supportMatchSortValues,
  supportRequestSortValues,
  supportSlotValues,
} from './schema';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const PARTS = ['morning', 'afternoon', 'evening'] as const;
export type Slot = Schema<'SupportSlot'>;
// The availability grid is DAYS × PARTS: each cell must be a slot the server knows, and every slot a cell.
type GridSlot = `${(typeof DAYS)[number]}_${(typeof PARTS)[number]}`;
const gridIsTheServersSlots: [GridSlot, Slot] extends [Slot, GridSlot] ? true : never = true;
void gridIsTheServersSlots;
export const isSlot = (value: string): value is Slot => supportSlotValues.some((slot) => slot === value);
export type MatchEventKind = Schema<'SupportMatchEventBodyInput'>['kind'];
export const REFERRERS = supportReferrerValues;
export const FREQUENCIES = supportFrequencyValues;
export const SCREENING_STEPS = screeningStepValues;
export const CRITERIA = supportCriterionValues;
export const END_REASONS = supportEndReasonValues;
export const MATCH_STATUSES = supportMatchStatusValues;
export type MatchStatus = Schema<'SupportMatchStatus'>;
export type Criterion = Schema<'SupportCriterion'>;
export type ScreeningStep = Schema<'ScreeningStep'>;
export type EndReason = Schema<'SupportEndReason'>;

export type SupportKind = Schema<'SupportKindList'>['items'][number];
export type PublicRequest = Schema<'PublicSupportRequestBodyInput'>;
export type PublicFamily = Schema<'PublicSupportFamilyBodyInput'>;
export type RequestSummary = Schema<'SupportRequestSummary'>;
export type RequestDetail = Schema<'SupportRequestDetail'>;
export type FamilySummary = Schema<'SupportFamilySummary'>;
export type FamilyDetail = Schema<'SupportFamilyDetail'>;
export type CriterionScore = Schema<'SupportCriterionScore'>;
export type SuggestionList = Schema<'SupportSuggestionList'>;
export type Ref = SuggestionList['request'];
export type Proposal = Schema<'SupportProposal'>;
export type MatchSummary = Schema<'SupportMatchSummary'>;
export type MatchDetail = Schema<'SupportMatchDetail'>;
export type Introduction = Schema<'SupportIntroduction'>;
export type Side = Introduction['toRequestFamily'];
export type Reminder = Schema<'SupportReminderList'>['items'][number];
export type Settings = Schema<'SupportSettings'>;
/** A kind of support as the board sees it: inactive ones too (existing records keep them). */
export type BoardKindList = Schema<'SupportKindAdminList'>;
export type BoardKind = BoardKindList['items'][number];
export type Figures = Schema<'SupportFigures'>;
export type MunicipalityFigures = Figures['municipalities'][number];
/** A published count: 'primary' is a hidden 1–4, 'secondary' hidden to protect one; a total adds up shown cells only. */
export type FigureCell = MunicipalityFigures['openRequests'];
export type FigureTotal = Figures['total']['openRequests'];

const idParams = (id: string) => ({ params: { path: { id } } });

export const useSupportKinds = () =>
  useQuery({
    queryKey: ['support-kinds'],
    queryFn: () => read(client.GET('/api/public/buurtgezinnen/support-kinds')),
    staleTime: 3_600_000,
  });
export const usePublicRequest = () =>
  useMutation({
    mutationFn: (body: PublicRequest) => read(client.POST('/api/public/buurtgezinnen/requests', { body })),
  });
export const usePublicFamily = () =>
  useMutation({
    mutationFn: (body: PublicFamily) => read(client.POST('/api/public/buurtgezinnen/support-families', { body })),
  });
export const useConfirm = () =>
  useMutation({
    mutationFn: (token: string) => read(client.POST('/api/public/buurtgezinnen/confirmations', { body: { token } })),
  });

export type RequestSort = Schema<'SupportRequestSort'>;
export const REQUEST_SORTS = supportRequestSortValues;
export type SupportFamilySort = Schema<'SupportFamilySort'>;
export const SUPPORT_FAMILY_SORTS = supportFamilySortValues;
interface ListQuery<S> {
  page: number;
  pageSize: number;
  sort: S;
  /** Reference or name: sent in a POST body only, never in the URL. */
  q: string;
}

export const useRequests = (status: RequestSummary['status'] | undefined, list: ListQuery<RequestSort>) =>
  useQuery({
    queryKey: ['sf', 'requests', status, list],
    queryFn: () => {
      const { q, ...paging } = list;
      return q
        ? read(client.POST('/api/support-families/requests/search', { body: { status, q, ...paging } }))
        : read(client.GET('/api/support-families/requests', { params: { query: { status, ...paging } } }));
    },
    placeholderData: keepPreviousData,
  });
export const useRequest = (id: string) =>
  useQuery({
    queryKey: ['sf', 'request', id],
    queryFn: () => read(client.GET('/api/support-families/requests/{id}', idParams(id))),
  });
export const useSuggestions = (id: string) =>
  useQuery({
    queryKey: ['sf', 'suggestions', id],
    queryFn: () => read(client.GET('/api/support-families/requests/{id}/suggestions', idParams(id))),
  });
export const useFamilies = (
  screening: FamilySummary['screeningState'] | undefined,
  list: ListQuery<SupportFamilySort>,
) =>
  useQuery({
    queryKey: ['sf', 'families', screening, list],
    queryFn: () => {
      const { q, ...paging } = list;
      return q
        ? read(client.POST('/api/support-families/families/search', { body: { screening, q, ...paging } }))
        : read(client.GET('/api/support-families/families', { params: { query: { screening, ...paging } } }));
    },
    placeholderData: keepPreviousData,
  });
export const useFamily = (id: string) =>
  useQuery({
    queryKey: ['sf', 'family', id],
    queryFn: () => read(client.GET('/api/support-families/families/{id}', idParams(id))),
  });
export type MatchSort = Schema<'SupportMatchSort'>;
export const MATCH_SORTS = supportMatchSortValues;
export const useMatches = (status: MatchStatus | undefined, list: ListQuery<MatchSort>) =>
  useQuery({
    queryKey: ['sf', 'matches', status, list],
    queryFn: () => {
      const { q, ...paging } = list;
      return q
        ? read(client.POST('/api/support-families/matches/search', { body: { status, q, ...paging } }))
        : read(client.GET('/api/support-families/matches', { params: { query: { status, ...paging } } }));
    },
    placeholderData: keepPreviousData,
  });
export const useMatch = (id: string) =>
  useQuery({
    queryKey: ['sf', 'match', id],
    queryFn: () => read(client.GET('/api/support-families/matches/{id}', idParams(id))),
  });
export const useIntroduction = (id: string) =>
  useQuery({
    queryKey: ['sf', 'match', id, 'introduction'],
    queryFn: () => read(client.GET('/api/support-families/matches/{id}/introduction', idParams(id))),
  });
export const useReminders = () =>
  useQuery({ queryKey: ['sf', 'reminders'], queryFn: () => read(client.GET('/api/support-families/reminders')) });
export const useSettings = () =>
  useQuery({ queryKey: ['sf', 'settings'], queryFn: () => read(client.GET('/api/support-families/settings')) });
export const useBoardKinds = () =>
  useQuery({ queryKey: ['sf', 'kinds'], queryFn: () => read(client.GET('/api/support-families/support-kinds')) });
export const useFigures = () =>
  useQuery({ queryKey: ['sf', 'figures'], queryFn: () => read(client.GET('/api/support-families/figures')) });

function useBoardMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['sf'] }) });
}
export const useProposal = () =>
  useMutation({ mutationFn: () => read(client.POST('/api/support-families/assignment')) });
export const useAcceptPair = () =>
  useBoardMutation((p: Schema<'SupportPairBodyInput'>) =>
    read(client.POST('/api/support-families/pairs/accept', { body: p })),
  );
/** Several pairs in one request; each is accepted (and audited) as a single accept would be. */
export const useAcceptPairs = () =>
  useBoardMutation((pairs: Schema<'SupportPairBodyInput'>[]) =>
    read(client.POST('/api/support-families/pairs/accept-bulk', { body: { pairs } })),
  );
export type BulkPairSummary = Schema<'SupportBulkPairSummary'>;
export const useRejectPair = () =>
  useBoardMutation((p: Schema<'SupportPairBodyInput'>) =>
    read(client.POST('/api/support-families/pairs/reject', { body: p })),
  );
export const useRecordScreening = (id: string) =>
  useBoardMutation((b: Schema<'SupportScreeningBodyInput'>) =>
    read(client.POST('/api/support-families/families/{id}/screening', { ...idParams(id), body: b })),
  );
export const useMatchEvent = (id: string) =>
  useBoardMutation((b: Schema<'SupportMatchEventBodyInput'>) =>
    read(client.POST('/api/support-families/matches/{id}/events', { ...idParams(id), body: b })),
  );
export const useAgreement = (id: string) =>
  useBoardMutation((b: Schema<'SupportAgreementBodyInput'>) =>
    read(client.POST('/api/support-families/matches/{id}/agreements', { ...idParams(id), body: b })),
  );
export const useTransition = (id: string) =>
  useBoardMutation((b: Schema<'SupportTransitionBodyInput'>) =>
    read(client.POST('/api/support-families/matches/{id}/transition', { ...idParams(id), body: b })),
  );
export const useReminderDone = () =>
  useBoardMutation((id: number) =>
    read(client.POST('/api/support-families/reminders/{id}/done', { params: { path: { id } } })),
  );
export const useSaveWeights = () =>
  useBoardMutation((w: Record<Criterion, number>) =>
    read(client.PUT('/api/support-families/settings/weights', { body: w })),
  );
export const useSaveSharedSettings = () =>
  useBoardMutation((b: Schema<'SupportSettingsBodyInput'>) =>
    read(client.PUT('/api/support-families/settings', { body: b })),
  );

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
  useKindMutation((b: Schema<'SupportKindNewInput'>) =>
    read(client.POST('/api/support-families/support-kinds', { body: b })),
  );
export const useChangeKind = () =>
  useKindMutation(({ code, ...b }: Schema<'SupportKindChangeInput'> & { code: string }) =>
    read(client.PATCH('/api/support-families/support-kinds/{code}', { params: { path: { code } }, body: b })),
  );
export const useReorderKinds = () =>
  useKindMutation((codes: string[]) =>
    read(client.PUT('/api/support-families/support-kinds/order', { body: { codes } })),
  );
