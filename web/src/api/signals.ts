// Early signals: /api/signals (submit, CSV uploads, own submissions) and the team's triage queue.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Middleware } from 'openapi-fetch';
import { client, read, type Schema } from './client';
import {
  contactMethodValues,
  meldcodeStepValues,
  outreachOutcomeValues,
  partOfDayValues,
  referralTargetValues,
  signalCategoryValues,
  signalQueueSortValues,
  signalSubmissionSortValues,
  signalUrgencyValues,
  triageOutcomeValues,
} from './schema';

export const SIGNAL_CATEGORIES = signalCategoryValues;
export type SignalCategory = Schema<'SignalCategory'>;
export const URGENCIES = signalUrgencyValues;
export type Urgency = Schema<'SignalUrgency'>;
export const TRIAGE_OUTCOMES = triageOutcomeValues;
export type TriageOutcome = Schema<'TriageOutcome'>;
export const REFERRAL_TARGETS = referralTargetValues;
export const CONTACT_METHODS = contactMethodValues;
export const PARTS_OF_DAY = partOfDayValues;
export const OUTREACH_OUTCOMES = outreachOutcomeValues;
export const MELDCODE_STEPS = meldcodeStepValues;
export const isArrears = (c: SignalCategory) => c.endsWith('_arrears');

export type NewSignal = Schema<'NewSignalInput'>;
export type SubmissionList = Schema<'SignalSubmissionList'>;
export type Submission = SubmissionList['items'][number];
export type SignalStatus = Submission['status'];
export type BatchReport = Schema<'SignalBatchReport'>;
export type Queue = Schema<'SignalQueue'>;
export type QueueItem = Schema<'SignalQueueItem'>;
export type Sla = QueueItem['sla'];
export type SignalDetail = Schema<'SignalDetail'>;
export type Meldcode = Schema<'MeldcodeRecord'>;
export type ContactAttempt = SignalDetail['contactAttempts'][number];
export type TriageBody = Schema<'TriageBodyInput'>;

/** Filters as the page holds them (empty: no filter). */
export interface QueueFilter {
  teamId: string;
  state: 'open' | 'late' | 'triaged' | 'all';
  category: string;
  urgency: string;
  page: number;
  pageSize: number;
  /** Empty: the server's default (priority for the open queue, newest first once triaged). */
  sort: QueueSort | '';
  /** Reference, name or signal date: sent in a POST body only, never in the URL. */
  q: string;
}
export type QueueSort = Schema<'SignalQueueSort'>;
export const QUEUE_SORTS = signalQueueSortValues;
export type SubmissionSort = Schema<'SignalSubmissionSort'>;
export const SUBMISSION_SORTS = signalSubmissionSortValues;

/** The own organisation's signals; `q` is a reference, a code that may be in the URL (the list holds nothing about the person). */
export function useSubmissions(query: { page: number; pageSize: number; sort: SubmissionSort; q: string }) {
  return useQuery({
    queryKey: ['signals', 'submissions', query],
    queryFn: () =>
      read(
        client.GET('/api/signals/submissions', {
          params: {
            query: { page: query.page, pageSize: query.pageSize, sort: query.sort, reference: query.q || undefined },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSubmitSignal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSignal) => read(client.POST('/api/signals', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signals', 'submissions'] }),
  });
}

/** The upload's body is the file itself (text/csv), which the JSON-typed request options cannot carry. */
function csvBody(file: File): Middleware {
  return {
    onRequest({ request }) {
      const headers = new Headers(request.headers);
      headers.set('content-type', 'text/csv');
      return new Request(request, { body: file, headers });
    },
  };
}

export function useUploadCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      read(
        client.POST('/api/signals/uploads', {
          params: { header: { 'x-file-name': encodeURIComponent(file.name) } },
          middleware: [csvBody(file)],
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signals', 'submissions'] }),
  });
}

export function useMyQueues() {
  return useQuery({
    queryKey: ['signals', 'queues'],
    queryFn: () => read(client.GET('/api/signals/queues')),
  });
}

function queueQuery({ category, urgency, sort, q, ...rest }: QueueFilter) {
  void q;
  return {
    ...rest,
    sort: QUEUE_SORTS.find((known) => known === sort),
    category: SIGNAL_CATEGORIES.find((known) => known === category),
    urgency: URGENCIES.find((known) => known === urgency),
  };
}

export function useQueue(filter: QueueFilter) {
  return useQuery({
    queryKey: ['signals', 'queue', filter],
    // A search text may be a name: it goes in a POST body, never in the URL.
    queryFn: () =>
      filter.q
        ? read(client.POST('/api/signals/queue/search', { body: { ...queueQuery(filter), q: filter.q } }))
        : read(client.GET('/api/signals/queue', { params: { query: queueQuery(filter) } })),
    enabled: filter.teamId !== '',
    placeholderData: keepPreviousData,
  });
}

export function useSignal(id: string) {
  return useQuery({
    queryKey: ['signals', 'signal', id],
    queryFn: () => read(client.GET('/api/signals/{signalId}', { params: { path: { signalId: id } } })),
  });
}

function useSignalMutation<B>(id: string, post: (signalId: string, body: B) => Promise<SignalDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => post(id, body),
    onSuccess: (data) => {
      queryClient.setQueryData(['signals', 'signal', id], data);
      return queryClient.invalidateQueries({ queryKey: ['signals', 'queue'] });
    },
  });
}
const signalParams = (signalId: string) => ({ params: { path: { signalId } } });
export const useTriage = (id: string) =>
  useSignalMutation(id, (signalId, body: TriageBody) =>
    read(client.POST('/api/signals/{signalId}/triage', { ...signalParams(signalId), body })),
  );
export const useContactAttempt = (id: string) =>
  useSignalMutation(id, (signalId, body: Schema<'ContactAttemptBodyInput'>) =>
    read(client.POST('/api/signals/{signalId}/contact-attempts', { ...signalParams(signalId), body })),
  );
export const useOutreachOutcome = (id: string) =>
  useSignalMutation(id, (signalId, body: Schema<'OutreachOutcomeBodyInput'>) =>
    read(client.POST('/api/signals/{signalId}/outreach-outcome', { ...signalParams(signalId), body })),
  );
