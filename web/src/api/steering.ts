// Budget against spend, signals that paid off, and the CBS delivery: /api/insights/{budget,signal-outcomes,cbs-delivery}.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import { ApiError, toProblem } from './problem';

export type BudgetSteering = Schema<'BudgetSteering'>;
export type SteeringCount = BudgetSteering['total']['youths'];
export type SignalOutcomes = Schema<'SignalOutcomes'>;
export type CbsDeliveryRequest = Schema<'CbsDeliveryRequestInput'>;
export type CbsDeliveryReport = Schema<'CbsDeliveryReport'>;

export function useBudgetSteering(query: { area: string; year?: number }) {
  return useQuery({
    queryKey: ['insights', 'budget', query],
    enabled: query.area !== '',
    placeholderData: keepPreviousData,
    queryFn: () => read(client.GET('/api/insights/budget', { params: { query } })),
  });
}

export function useSignalOutcomes(query: { municipality: string; month: string }) {
  return useQuery({
    queryKey: ['insights', 'signal-outcomes', query],
    enabled: query.municipality !== '',
    placeholderData: keepPreviousData,
    queryFn: () => read(client.GET('/api/insights/signal-outcomes', { params: { query } })),
  });
}

export function useCbsReport() {
  return useMutation({
    mutationFn: (body: CbsDeliveryRequest) => read(client.POST('/api/insights/cbs-delivery/report', { body })),
  });
}

/** The delivery file, by POST (nothing personal in a URL), saved as a download. */
export function useCbsFile() {
  return useMutation({
    mutationFn: async (body: CbsDeliveryRequest) => {
      const { data, error, response } = await client.POST('/api/insights/cbs-delivery/file', {
        body,
        parseAs: 'blob',
      });
      if (!response.ok || !(data instanceof Blob)) throw new ApiError(toProblem(response.status, error));
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `cbs-jeugd-${body.municipality}-${body.year}-H${body.half}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}
