// Shared vocabulary of Buurtgezinnen: the days × parts of day a family can choose, language codes,
// and the consent text version every registration records.
import { z } from 'zod';
import { END_REASONS, FREQUENCIES, MATCH_STATUSES, REFERRERS, SCREENING_STEPS } from '../../platform/db/schema.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const SupportReferrer = z.enum(REFERRERS).meta({ id: 'SupportReferrer' });
export const SupportFrequency = z.enum(FREQUENCIES).meta({ id: 'SupportFrequency' });
export const ScreeningStep = z.enum(SCREENING_STEPS).meta({ id: 'ScreeningStep' });
export const SupportEndReason = z.enum(END_REASONS).meta({ id: 'SupportEndReason' });
export const SupportMatchStatus = z.enum(MATCH_STATUSES).meta({ id: 'SupportMatchStatus' });

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export const SLOTS = DAYS.flatMap((d) => PARTS_OF_DAY.map((p) => `${d}_${p}` as const));
export type Slot = (typeof SLOTS)[number];

/** Bump when the consent text on the forms changes: every record stores the version it agreed to. */
export const CONSENT_VERSION = 'buurtgezinnen-2026-2';

const Text = (max: number) => z.string().trim().min(1).max(max);
export const Name = Text(100);
export const LongText = Text(2000);
export const Email = z.email().max(200);
export const Phone = z
  .string()
  .trim()
  .regex(/^[0-9 +()-]{6,20}$/);
export const PostcodeInput = z
  .string()
  .trim()
  .max(7)
  .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/);
export const KindCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);
export const LanguageCode = z.string().regex(/^[a-z]{2}$/);
export const SlotCode = z.enum(SLOTS).meta({ id: 'SupportSlot' });
export const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .min(1)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'duplicate' });
