// Life-domain instruments: /api/instruments and /api/families/:familyId/measurements.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type Instrument = Schema<'Instrument'>;
export type InstrumentItem = Schema<'InstrumentItem'>;
export type Texts = Instrument['name'];
export type Measurement = Schema<'Measurement'>;
export type Score = Measurement['scores'][number];
export type MeasurementList = Schema<'MeasurementList'>;
export type MeasuredPerson = MeasurementList['persons'][number];
export type ProgressSeries = Schema<'ProgressSeries'>;
export type ProgressItem = ProgressSeries['items'][number];
export type Point = ProgressItem['points'][number];
export type RecordMeasurement = Schema<'RecordMeasurementBodyInput'>;

const familyParams = (familyId: string) => ({ params: { path: { familyId } } });

export function useInstruments() {
  return useQuery({
    queryKey: ['instruments'],
    queryFn: () => read(client.GET('/api/instruments')),
    staleTime: 60 * 60_000,
  });
}

export function useMeasurements(familyId: string) {
  return useQuery({
    queryKey: ['measurements', familyId, 'list'],
    queryFn: () => read(client.GET('/api/families/{familyId}/measurements', familyParams(familyId))),
  });
}

export function useProgress(familyId: string) {
  return useQuery({
    queryKey: ['measurements', familyId, 'progress'],
    queryFn: () => read(client.GET('/api/families/{familyId}/measurements/progress', familyParams(familyId))),
  });
}

export function useRecordMeasurement(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordMeasurement) =>
      read(client.POST('/api/families/{familyId}/measurements', { ...familyParams(familyId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measurements', familyId] }),
  });
}
