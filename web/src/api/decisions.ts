// Care allocation decisions: the consultant's queue, a request, the budget check, the decision, the letter.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type AllocationQueue = Schema<'AllocationQueue'>;
export type RequestDetail = Schema<'AllocationRequestDetail'>;
export type DecisionView = Schema<'DecisionView'>;
export type BudgetCheck = Schema<'BudgetCheck'>;
export type DecisionBody = Schema<'DecisionRequestInput'>;
export type ProductBody = Schema<'BudgetCheckRequestInput'>['products'][number];
export type QueueState = 'open' | 'late' | 'handled';
export type QueueOrigin = 'all' | 'provider' | 'plan';
export type QueueSort = Schema<'AllocationQueueSort'>;
export type FamilyDecisions = Schema<'DecisionList'>;
export type FamilyRequest = Schema<'FamilyAllocationRequest'>;
export type RejectedClaimLines = Schema<'RejectedClaimLines'>;
export type RejectedClaimSort = Schema<'RejectedClaimSort'>;
export type PlacementArrangement = Schema<'PlacementArrangement'>;

export interface QueueFilter {
  state: QueueState;
  origin: QueueOrigin;
  page: number;
  pageSize: number;
  sort: QueueSort;
  /** Free search (reference, first name, question): sent in a POST body, never in the URL. */
  q: string;
}

export function useAllocationQueue(filter: QueueFilter) {
  const { q, ...query } = filter;
  return useQuery({
    queryKey: ['allocation-queue', filter],
    queryFn: () =>
      q
        ? read(client.POST('/api/allocation-requests/search', { body: { ...query, q } }))
        : read(client.GET('/api/allocation-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useRejectedClaims(filter: {
  page: number;
  pageSize: number;
  sort: RejectedClaimSort;
  q: string;
  mine: boolean;
}) {
  const { q, ...query } = filter;
  return useQuery({
    queryKey: ['rejected-claims', filter],
    queryFn: () =>
      q
        ? read(client.POST('/api/rejected-claim-lines/search', { body: { ...query, q } }))
        : read(client.GET('/api/rejected-claim-lines', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useAllocationRequest(requestId: string) {
  return useQuery({
    queryKey: ['allocation-request', requestId],
    queryFn: () => read(client.GET('/api/allocation-requests/{requestId}', { params: { path: { requestId } } })),
  });
}

export function useBudgetCheck(requestId: string) {
  return useMutation({
    mutationFn: (products: ProductBody[]) =>
      read(
        client.POST('/api/allocation-requests/{requestId}/budget-check', {
          params: { path: { requestId } },
          body: { products },
        }),
      ),
  });
}

export function useDecide(requestId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) =>
      read(client.POST('/api/allocation-requests/{requestId}/decision', { params: { path: { requestId } }, body })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['allocation-queue'] });
      await qc.invalidateQueries({ queryKey: ['placement-arrangements'] });
    },
  });
}

/** The arrangements a youth may be placed in over a period, with the places free in it (no client data). */
export function usePlacementArrangements(period: { startsOn: string; endsOn: string }, enabled: boolean) {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  const query = {
    ...(valid.test(period.startsOn) ? { startsOn: period.startsOn } : {}),
    ...(valid.test(period.startsOn) && valid.test(period.endsOn) && period.endsOn >= period.startsOn
      ? { endsOn: period.endsOn }
      : {}),
  };
  return useQuery({
    queryKey: ['placement-arrangements', query],
    enabled,
    queryFn: () => read(client.GET('/api/placement-arrangements', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useDecision(decisionId: string) {
  return useQuery({
    queryKey: ['decision', decisionId],
    queryFn: () => read(client.GET('/api/decisions/{decisionId}', { params: { path: { decisionId } } })),
  });
}

export function useFamilyDecisions(familyId: string) {
  return useQuery({
    queryKey: ['family-decisions', familyId],
    queryFn: () => read(client.GET('/api/families/{familyId}/decisions', { params: { path: { familyId } } })),
  });
}

export function useCreateAllocationRequest(familyId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schema<'NewAllocationRequestInput'>) =>
      read(client.POST('/api/families/{familyId}/allocation-requests', { params: { path: { familyId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['family-decisions', familyId] }),
  });
}
