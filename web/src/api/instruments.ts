// Life-domain instruments: /api/instruments and /api/families/:familyId/measurements.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface Texts {
  nl: string;
  en: string;
}
export interface InstrumentItem {
  code: string;
  position: number;
  section: string | null;
  label: Texts;
}
export interface Instrument {
  id: string;
  code: string;
  version: number;
  name: Texts;
  subject: 'person' | 'household' | 'either';
  perRater: boolean;
  scale: { min: number; max: number };
  items: InstrumentItem[];
}
export interface Score {
  item: string;
  score: number;
  raterName: string | null;
  raterRole: string | null;
}
export interface Measurement {
  id: string;
  instrument: { code: string; version: number };
  personId: string | null;
  measuredOn: string;
  note: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: string;
  scores: Score[];
}
export interface MeasuredPerson {
  id: string;
  name: string;
  kind: 'child' | 'parent' | 'household';
}
export interface MeasurementList {
  familyId: string;
  familyReference: string;
  persons: MeasuredPerson[];
  measurements: Measurement[];
  abilities: { edit: boolean };
}
export interface Point {
  measurementId: string;
  measuredOn: string;
  score: number;
}
export interface ProgressItem {
  item: string;
  first: Point | null;
  latest: Point | null;
  change: number | null;
  points: Point[];
}
export interface ProgressSeries {
  personId: string | null;
  instrument: { code: string; version: number };
  measurements: number;
  items: ProgressItem[];
}
export interface RecordMeasurement {
  instrument: string;
  version?: number;
  personId?: string;
  measuredOn: string;
  note?: string;
  scores: Array<{ item: string; score: number; raterName?: string; raterRole?: string }>;
}

const path = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}/measurements`;

export function useInstruments() {
  return useQuery({
    queryKey: ['instruments'],
    queryFn: () => api.get<{ items: Instrument[] }>('/api/instruments'),
    staleTime: 60 * 60_000,
  });
}

export function useMeasurements(familyId: string) {
  return useQuery({
    queryKey: ['measurements', familyId, 'list'],
    queryFn: () => api.get<MeasurementList>(path(familyId)),
  });
}

export function useProgress(familyId: string) {
  return useQuery({
    queryKey: ['measurements', familyId, 'progress'],
    queryFn: () => api.get<{ familyId: string; series: ProgressSeries[] }>(`${path(familyId)}/progress`),
  });
}

export function useRecordMeasurement(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordMeasurement) => api.post<Measurement>(path(familyId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measurements', familyId] }),
  });
}
