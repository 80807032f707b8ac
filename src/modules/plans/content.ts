// The plan's own structure: what one version holds. Every item has an id that stays the same
// across versions, so two versions can be compared item by item (diff.ts).
import { z } from 'zod';

export const LIFE_DOMAINS = [
  'parenting',
  'finances',
  'housing',
  'school_work',
  'health',
  'mental_health',
  'safety',
  'social_network',
  'daily_functioning',
  'other',
] as const;
export const STRENGTH_KINDS = ['strength', 'own_strength', 'network'] as const;
export const OWNER_KINDS = ['family_member', 'network', 'professional', 'organisation'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const LifeDomain = z.enum(LIFE_DOMAINS).meta({ id: 'LifeDomain' });
export const StrengthKind = z.enum(STRENGTH_KINDS).meta({ id: 'StrengthKind' });
export const OwnerKind = z.enum(OWNER_KINDS).meta({ id: 'OwnerKind' });
export const ActionStatus = z.enum(ACTION_STATUSES).meta({ id: 'ActionStatus' });

const ItemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _');
const Text = (max: number) => z.string().trim().min(1).max(max);
export const IsoDate = z.iso.date();

const uniqueIds = <T extends { id?: string | undefined }>(items: T[]) => {
  const ids = items.map((i) => i.id).filter((id): id is string => id !== undefined);
  return new Set(ids).size === ids.length;
};
const section = <T extends z.ZodType<{ id?: string | undefined }>>(item: T, max: number) =>
  z.array(item).max(max).refine(uniqueIds, 'duplicate_item_id');

export const Strength = z.strictObject({ id: ItemId.optional(), kind: StrengthKind, text: Text(1000) });
export const Concern = z.strictObject({
  id: ItemId.optional(),
  text: Text(1000),
  /** The table's order (1 = tackled first); null for a concern noted outside a top-3 table. */
  priority: z.number().int().min(1).max(3).nullable().default(null),
  /** Who said what at the table, in their own words (kept when taken over from a meeting). */
  voices: z.array(Text(1200)).max(30).default([]),
  meetingId: z.uuid().nullable().default(null),
});
export const Owner = z.strictObject({
  kind: OwnerKind,
  name: Text(200),
  userId: z.uuid().nullable().default(null),
});
export const Goal = z.strictObject({
  id: ItemId.optional(),
  domain: LifeDomain,
  what: Text(1000),
  byWhen: IsoDate.nullable().default(null),
  howWeKnow: z.string().trim().max(1000).default(''),
});
export const Action = z.strictObject({
  id: ItemId.optional(),
  goalId: ItemId.nullable().default(null),
  what: Text(1000),
  owner: Owner,
  due: IsoDate.nullable().default(null),
  status: ActionStatus.default('open'),
});
export const SafetyAgreement = z.strictObject({ id: ItemId.optional(), text: Text(1000) });
export const Review = z.strictObject({
  id: ItemId.optional(),
  date: IsoDate,
  note: z.string().trim().max(500).default(''),
});

/** A plan as an edit sends it: item ids may be left out for new items (the server assigns them). */
export const PlanContentBody = z
  .strictObject({
    strengths: section(Strength, 50).default([]),
    concerns: section(Concern, 30).default([]),
    goals: section(Goal, 50).default([]),
    actions: section(Action, 100).default([]),
    safetyAgreements: section(SafetyAgreement, 30).default([]),
    reviews: section(Review, 20).default([]),
  })
  .meta({ id: 'PlanContentBody' });
export type PlanContentBody = z.infer<typeof PlanContentBody>;

type WithId<T> = Omit<T, 'id'> & { id: string };
export interface PlanContent {
  strengths: WithId<z.infer<typeof Strength>>[];
  concerns: WithId<z.infer<typeof Concern>>[];
  goals: WithId<z.infer<typeof Goal>>[];
  actions: WithId<z.infer<typeof Action>>[];
  safetyAgreements: WithId<z.infer<typeof SafetyAgreement>>[];
  reviews: WithId<z.infer<typeof Review>>[];
}
export const SECTIONS = ['strengths', 'concerns', 'goals', 'actions', 'safetyAgreements', 'reviews'] as const;
export type Section = (typeof SECTIONS)[number];

const withIdSchema = <T extends z.ZodObject>(s: T) => s.extend({ id: ItemId });
/** A stored version's content, as it leaves the server. */
export const PlanContentOut = z
  .object({
    strengths: z.array(withIdSchema(Strength)),
    concerns: z.array(withIdSchema(Concern)),
    goals: z.array(withIdSchema(Goal)),
    actions: z.array(withIdSchema(Action)),
    safetyAgreements: z.array(withIdSchema(SafetyAgreement)),
    reviews: z.array(withIdSchema(Review)),
  })
  .meta({ id: 'PlanContent' });

export function emptyPlan(): PlanContent {
  return { strengths: [], concerns: [], goals: [], actions: [], safetyAgreements: [], reviews: [] };
}

/** Gives every new item an id (short, unique within its section) and keeps the ids it was sent. */
export function assignIds(body: PlanContentBody, newId: () => string): PlanContent {
  const fill = <T extends { id?: string | undefined }>(items: T[]) =>
    items.map((item) => ({ ...item, id: item.id ?? newId() }));
  const content: PlanContent = {
    strengths: fill(body.strengths),
    concerns: fill(body.concerns),
    goals: fill(body.goals),
    actions: fill(body.actions),
    safetyAgreements: fill(body.safetyAgreements),
    reviews: fill(body.reviews).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
  return content;
}

/** Reads a stored snapshot; tolerant of sections added later (they start empty). */
export function readContent(stored: unknown): PlanContent {
  const s = (stored ?? {}) as Partial<PlanContent>;
  return { ...emptyPlan(), ...s };
}
