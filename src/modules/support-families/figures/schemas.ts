import { z } from 'zod';
import { END_REASONS } from '../../../platform/db/schema.js';

const Count = z.number().int().nullable();
export const MunicipalityFigures = z.object({
  code: z.string(), name: z.string(),
  openRequests: Count, averageWaitingDays: z.number().nullable(), activeMatches: Count, averageDurationDays: z.number().nullable(),
  families: z.object({ eligible: Count, incomplete: Count, expired: Count, fosterInterest: Count }),
  endedReasons: z.array(z.object({ reason: z.enum(END_REASONS), count: Count })),
  matchesPerMonth: z.array(z.object({ month: z.string(), count: Count })),
});
export const Figures = z.object({
  suppressed: z.boolean(), months: z.array(z.string()), municipalities: z.array(MunicipalityFigures), total: MunicipalityFigures,
}).meta({ id: 'SupportFigures' });
export type MunicipalityFigures = z.infer<typeof MunicipalityFigures>;
