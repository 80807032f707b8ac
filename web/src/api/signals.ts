// Early signals: /api/signals (submit, CSV uploads, own submissions) and the team's triage queue.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload, withQuery } from './client';

export const SIGNAL_CATEGORIES = [
  'rent_arrears',
  'energy_arrears',
  'water_arrears',
  'health_insurance_arrears',
  'school_absence',
  'gp_concern',
  'child_health_concern',
  'police_contact',
  'domestic_safety',
] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];
export const URGENCIES = ['normal', 'urgent', 'crisis'] as const;
export type Urgency = (typeof URGENCIES)[number];
export type SignalStatus = 'received' | 'picked_up' | 'closed';
export const TRIAGE_OUTCOMES = ['outreach', 'linked', 'new_trajectory', 'referred', 'no_action'] as const;
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];
export const REFERRAL_TARGETS = ['debt_help', 'veilig_thuis', 'other'] as const;
export const CONTACT_METHODS = ['letter', 'phone', 'text_message', 'home_visit', 'via_partner'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const OUTREACH_OUTCOMES = [
  'already_known',
  'other_trajectory',
  'follow_up_financial',
  'follow_up_non_financial',
  'declined',
  'not_reached',
] as const;
export const MELDCODE_STEPS = ['map_signals', 'consult', 'talk', 'weigh', 'decide'] as const;
export const isArrears = (c: SignalCategory) => c.endsWith('_arrears');

export interface NewSignal {
  bsn?: string;
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  postcode: string;
  houseNumber: string;
  category: SignalCategory;
  urgency: Urgency;
  amountCents?: number;
  arrearsSince?: string;
  signalDate?: string;
  note?: string;
}
export interface Submission {
  reference: string;
  category: SignalCategory;
  urgency: Urgency;
  channel: 'form' | 'csv' | 'api';
  signalDate: string;
  receivedAt: string;
  status: SignalStatus;
  batchLine: number | null;
}
export interface SubmissionList {
  items: Submission[];
  total: number;
  page: number;
  pageSize: number;
  categories: SignalCategory[];
}
export interface BatchReport {
  id: string;
  fileName: string | null;
  encoding: string;
  delimiter: string;
  uploadedAt: string;
  rowsTotal: number;
  rowsAccepted: number;
  rowsDuplicate: number;
  rowsRejected: number;
  rejections: Array<{ line: number; field: string | null; reason: string }>;
}
export interface Sla {
  dueOn: string;
  workingDaysLeft: number;
  late: boolean;
  escalated: boolean;
}
export interface QueueItem {
  id: string;
  reference: string;
  category: SignalCategory;
  urgency: Urgency;
  status: SignalStatus;
  organisationName: string;
  signalDate: string;
  receivedAt: string;
  displayName: string;
  postcode: string;
  houseNumber: string;
  neighbourhoodName: string | null;
  routedTo: 'regisseur' | 'team';
  triageOutcome: TriageOutcome | null;
  sla: Sla;
}
export interface Queue {
  items: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
  teams: Array<{ id: string; name: string }>;
}
export interface QueueFilter {
  teamId: string;
  state: 'open' | 'late' | 'triaged' | 'all';
  category: string;
  urgency: string;
  page: number;
}
export interface Meldcode {
  steps: Array<{ step: (typeof MELDCODE_STEPS)[number]; on: string; note: string }>;
  decision: 'report_veilig_thuis' | 'help' | 'report_and_help';
}
export interface ContactAttempt {
  id: string;
  method: (typeof CONTACT_METHODS)[number];
  attemptedOn: string;
  partOfDay: (typeof PARTS_OF_DAY)[number];
  reached: boolean;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}
export interface SignalDetail {
  id: string;
  reference: string;
  category: SignalCategory;
  urgency: Urgency;
  status: SignalStatus;
  channel: string;
  organisationName: string;
  signalDate: string;
  receivedAt: string;
  person: { givenName: string | null; familyName: string | null; birthDate: string | null; bsnMasked: string | null };
  address: { postcode: string; houseNumber: string; municipalityName: string; neighbourhoodName: string | null };
  amountCents: number | null;
  arrearsSince: string | null;
  note: string | null;
  routedTo: 'regisseur' | 'team';
  team: { id: string; name: string };
  familyId: string | null;
  sla: Sla;
  triage: {
    outcome: TriageOutcome;
    reason: string | null;
    referredTo: (typeof REFERRAL_TARGETS)[number] | null;
    meldcode: Meldcode | null;
    by: string;
    at: string;
  } | null;
  contactAttempts: ContactAttempt[];
  outreach: {
    outcome: (typeof OUTREACH_OUTCOMES)[number];
    evictionPrevented: boolean | null;
    note: string | null;
    at: string;
  } | null;
  abilities: { triage: boolean; recordOutreach: boolean };
}
export interface TriageBody {
  outcome: TriageOutcome;
  reason?: string;
  referredTo?: string;
  meldcode?: Meldcode;
  familyId?: string;
  newTrajectory?: { personKind: 'child' | 'parent' | 'household'; birthDate?: string };
}

export function useSubmissions(page: number) {
  return useQuery({
    queryKey: ['signals', 'submissions', page],
    queryFn: () => api.get<SubmissionList>(withQuery('/api/signals/submissions', { page })),
    placeholderData: keepPreviousData,
  });
}

export function useSubmitSignal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSignal) =>
      api.post<{ status: 'accepted' | 'duplicate'; reference: string | null }>('/api/signals', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signals', 'submissions'] }),
  });
}

export function useUploadCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiUpload<BatchReport>('/api/signals/uploads', file, 'text/csv', {
        'x-file-name': encodeURIComponent(file.name),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signals', 'submissions'] }),
  });
}

export function useMyQueues() {
  return useQuery({
    queryKey: ['signals', 'queues'],
    queryFn: () => api.get<{ teams: Array<{ id: string; name: string }> }>('/api/signals/queues'),
  });
}

export function useQueue(filter: QueueFilter) {
  return useQuery({
    queryKey: ['signals', 'queue', filter],
    queryFn: () => api.get<Queue>(withQuery('/api/signals/queue', { ...filter })),
    enabled: filter.teamId !== '',
    placeholderData: keepPreviousData,
  });
}

export function useSignal(id: string) {
  return useQuery({
    queryKey: ['signals', 'signal', id],
    queryFn: () => api.get<SignalDetail>(`/api/signals/${encodeURIComponent(id)}`),
  });
}

function useSignalMutation<B>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<SignalDetail>(`/api/signals/${encodeURIComponent(id)}/${path}`, body),
    onSuccess: (data) => {
      queryClient.setQueryData(['signals', 'signal', id], data);
      return queryClient.invalidateQueries({ queryKey: ['signals', 'queue'] });
    },
  });
}
export const useTriage = (id: string) => useSignalMutation<TriageBody>(id, 'triage');
export const useContactAttempt = (id: string) =>
  useSignalMutation<{ method: string; attemptedOn: string; partOfDay: string; reached: boolean; note?: string }>(
    id,
    'contact-attempts',
  );
export const useOutreachOutcome = (id: string) =>
  useSignalMutation<{ outcome: string; evictionPrevented?: boolean; note?: string }>(id, 'outreach-outcome');
