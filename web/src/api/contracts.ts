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

export function useContract(contractId: string) {
  return useQuery({
    queryKey: ['contracts', 'detail', contractId],
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
