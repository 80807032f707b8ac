// Life-domain instruments and measurements (migration 007).
import type { Generated } from 'kysely';
import type { DefaultedTimestamp, DateColumn } from './columns.js';

export type InstrumentSubject = 'person' | 'household' | 'either';
export interface InstrumentTable {
  id: Generated<string>;
  code: string;
  version: number;
  name_nl: string;
  name_en: string;
  subject: InstrumentSubject;
  per_rater: Generated<boolean>;
  scale_min: number;
  scale_max: number;
  active: Generated<boolean>;
  created_at: DefaultedTimestamp;
}
export interface InstrumentItemTable {
  instrument_id: string;
  code: string;
  position: number;
  section: string | null;
  label_nl: string;
  label_en: string;
}
export interface MeasurementTable {
  id: Generated<string>;
  family_id: string;
  person_id: string | null;
  instrument_id: string;
  measured_on: DateColumn;
  recorded_by: string;
  recorded_at: DefaultedTimestamp;
  note: string | null;
}
export interface MeasurementScoreTable {
  measurement_id: string;
  position: number;
  item_code: string;
  score: number;
  rater_name: string | null;
  rater_role: string | null;
}
