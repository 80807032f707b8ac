import { z } from 'zod';

export const FamilyParams = z.strictObject({ familyId: z.uuid() });
const Code = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const InstrumentItem = z
  .object({
    code: z.string(),
    position: z.number().int(),
    section: z.string().nullable(),
    label: z.object({ nl: z.string(), en: z.string() }),
  })
  .meta({ id: 'InstrumentItem' });
export const Instrument = z
  .object({
    id: z.uuid(),
    code: z.string(),
    version: z.number().int(),
    name: z.object({ nl: z.string(), en: z.string() }),
    subject: z.enum(['person', 'household', 'either']),
    perRater: z.boolean(),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    items: z.array(InstrumentItem),
  })
  .meta({ id: 'Instrument' });
export type Instrument = z.infer<typeof Instrument>;
export const InstrumentList = z.object({ items: z.array(Instrument) }).meta({ id: 'InstrumentList' });

export const ScoreBody = z.strictObject({
  item: Code,
  score: z.number().int(),
  raterName: z.string().trim().min(1).max(200).optional(),
  raterRole: z.string().trim().min(1).max(200).optional(),
});
export const RecordMeasurementBody = z
  .strictObject({
    instrument: Code,
    /** The definition's version; the newest active one when left out. */
    version: z.number().int().min(1).max(100_000).optional(),
    /** Leave out for a household instrument. */
    personId: z.uuid().optional(),
    measuredOn: z.iso.date(),
    note: z.string().trim().min(1).max(2000).optional(),
    scores: z.array(ScoreBody).min(1).max(60),
  })
  .meta({ id: 'RecordMeasurementBody' });
export type RecordMeasurementBody = z.infer<typeof RecordMeasurementBody>;

export const MeasurementQuery = z.strictObject({
  personId: z.uuid().optional(),
  instrument: Code.optional(),
});
export type MeasurementQuery = z.infer<typeof MeasurementQuery>;

export const Score = z.object({
  item: z.string(),
  score: z.number().int(),
  raterName: z.string().nullable(),
  raterRole: z.string().nullable(),
});
export const Measurement = z
  .object({
    id: z.uuid(),
    instrument: z.object({ code: z.string(), version: z.number().int() }),
    personId: z.uuid().nullable(),
    measuredOn: z.string(),
    note: z.string().nullable(),
    recordedBy: z.object({ id: z.uuid(), name: z.string() }),
    recordedAt: z.date(),
    scores: z.array(Score),
  })
  .meta({ id: 'Measurement' });
export type Measurement = z.infer<typeof Measurement>;

export const MeasuredPerson = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['child', 'parent', 'household']),
});
export const MeasurementList = z
  .object({
    familyId: z.uuid(),
    familyReference: z.string(),
    persons: z.array(MeasuredPerson),
    measurements: z.array(Measurement),
    abilities: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'MeasurementList' });

const Point = z.object({ measurementId: z.uuid(), measuredOn: z.string(), score: z.number() });
export const ProgressSeries = z
  .object({
    personId: z.uuid().nullable(),
    instrument: z.object({ code: z.string(), version: z.number().int() }),
    measurements: z.number().int(),
    items: z.array(
      z.object({
        item: z.string(),
        first: Point.nullable(),
        latest: Point.nullable(),
        change: z.number().nullable(),
        points: z.array(Point),
      }),
    ),
  })
  .meta({ id: 'ProgressSeries' });
export type ProgressSeries = z.infer<typeof ProgressSeries>;
export const Progress = z
  .object({ familyId: z.uuid(), series: z.array(ProgressSeries) })
  .meta({ id: 'InstrumentProgress' });
