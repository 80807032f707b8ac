// Contract management (contract manager): /api/contracts, /api/contract-providers, /api/budgets, /api/care-arrangements.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type ContractSummary = Schema<'ContractSummary'>;
export type ContractDetail = Schema<'ContractDetail'>;
export type ContractProduct = Schema<'ContractProduct'>;
export type BudgetFigure = Schema<'BudgetFigure'>;
export type TariffInput = Schema<'TariffBodyInput'>;

export function useContracts(query: { q: string; page: number }) {
  return useQuery({
    queryKey: ['contracts', 'list', query],
    placeholderData: keepPreviousData,
    queryFn: () =>
      read(
        client.GET('/api/contracts', {
          params: { query: { page: query.page, ...(query.q ? { reference: query.q } : {}) } },
        }),
      ),
  });
}

export function useContract(contractId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['contracts', 'detail', contractId],
    enabled: options.enabled ?? true,
    queryFn: () => read(client.GET('/api/contracts/{contractId}', { params: { path: { contractId } } })),
  });
}

export function useAddTariff(contractId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, body }: { productId: string; body: TariffInput }) =>
      read(
        client.POST('/api/contracts/{contractId}/products/{productId}/tariffs', {
          params: { path: { contractId, productId } },
          body,
        }),
      ),
    onSuccess: (detail) => queryClient.setQueryData(['contracts', 'detail', contractId], detail),
  });
}

export function useProviders() {
  return useQuery({ queryKey: ['contracts', 'providers'], queryFn: () => read(client.GET('/api/contract-providers')) });
}

export function useBudgets(year: number | undefined) {
  return useQuery({
    queryKey: ['contracts', 'budgets', year ?? 'current'],
    placeholderData: keepPreviousData,
    queryFn: () => read(client.GET('/api/budgets', { params: { query: year === undefined ? {} : { year } } })),
  });
}

export function useArrangements() {
  return useQuery({
    queryKey: ['contracts', 'arrangements'],
    queryFn: () => read(client.GET('/api/care-arrangements')),
  });
}

export type ContractCodeLists = Schema<'ContractCodeLists'>;
export type ContractProvider = Schema<'ContractProvider'>;
export type ProviderInput = Schema<'ProviderBodyInput'>;
export type ContractInput = Schema<'ContractBodyInput'>;
export type ProductInput = Schema<'ProductBodyInput'>;
export type CriterionInput = Schema<'CriterionBodyInput'>;
export type OutcomeCriterion = Schema<'OutcomeCriterion'>;
export type BudgetInput = Schema<'BudgetBodyInput'>;
export type CareArrangement = Schema<'CareArrangement'>;
export type CareArrangementDetail = Schema<'CareArrangementDetail'>;
export type ArrangementInput = Schema<'ArrangementBodyInput'>;

export function useContractCodeLists() {
  return useQuery({
    queryKey: ['contracts', 'code-lists'],
    staleTime: 5 * 60_000,
    queryFn: () => read(client.GET('/api/contracts/code-lists')),
  });
}

/** Adds a provider (no id) or edits one. */
export function useSaveProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ProviderInput }) =>
      id
        ? read(client.PUT('/api/contract-providers/{providerId}', { params: { path: { providerId: id } }, body }))
        : read(client.POST('/api/contract-providers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contracts'] }),
  });
}

/** Creates a contract (no id) or edits one. */
export function useSaveContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ContractInput }) =>
      id
        ? read(client.PUT('/api/contracts/{contractId}', { params: { path: { contractId: id } }, body }))
        : read(client.POST('/api/contracts', { body })),
    onSuccess: (detail) => {
      queryClient.setQueryData(['contracts', 'detail', detail.id], detail);
      return queryClient.invalidateQueries({ queryKey: ['contracts', 'list'] });
    },
  });
}

/** Adds a product to a contract (no productId) or edits one. */
export function useSaveProduct(contractId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, body }: { productId?: string; body: ProductInput }) =>
      productId
        ? read(
            client.PUT('/api/contracts/{contractId}/products/{productId}', {
              params: { path: { contractId, productId } },
              body,
            }),
          )
        : read(client.POST('/api/contracts/{contractId}/products', { params: { path: { contractId } }, body })),
    onSuccess: (detail) => queryClient.setQueryData(['contracts', 'detail', contractId], detail),
  });
}

/** Adds an outcome criterion (no criterionId) or edits one. */
export function useSaveCriterion(contractId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ criterionId, body }: { criterionId?: string; body: CriterionInput }) =>
      criterionId
        ? read(
            client.PUT('/api/contracts/{contractId}/criteria/{criterionId}', {
              params: { path: { contractId, criterionId } },
              body,
            }),
          )
        : read(client.POST('/api/contracts/{contractId}/criteria', { params: { path: { contractId } }, body })),
    onSuccess: (detail) => queryClient.setQueryData(['contracts', 'detail', contractId], detail),
  });
}

export function usePutBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetInput) => read(client.PUT('/api/budgets', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contracts', 'budgets'] }),
  });
}

export function useArrangement(arrangementId: string) {
  return useQuery({
    queryKey: ['contracts', 'arrangements', arrangementId],
    enabled: arrangementId !== '',
    queryFn: () => read(client.GET('/api/care-arrangements/{arrangementId}', { params: { path: { arrangementId } } })),
  });
}

/** Sets up an arrangement (no id) or edits one. */
export function useSaveArrangement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ArrangementInput }) =>
      id
        ? read(client.PUT('/api/care-arrangements/{arrangementId}', { params: { path: { arrangementId: id } }, body }))
        : read(client.POST('/api/care-arrangements', { body })),
    onSuccess: (detail) => {
      queryClient.setQueryData(['contracts', 'arrangements', detail.id], detail);
      return queryClient.invalidateQueries({ queryKey: ['contracts', 'arrangements'], exact: true });
    },
  });
}
