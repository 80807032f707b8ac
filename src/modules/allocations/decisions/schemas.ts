// Zod schemas of the decisions routes: one per endpoint; names become OpenAPI components.
import { z } from 'zod';
import { BUDGET_LINE_KINDS, LEVELS_OF_HELP } from '../../../platform/db/schema.js';
import { pageOf, pagingFields } from '../../../platform/http/paging.js';

const IsoDate = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);
export const Category = z.string().regex(/^[0-9]{2}$/, 'two digits (JZ020)');
export const ProductCode = z.string().regex(/^[0-9A-Z]{1,5}$/, 'at most 5 letters or digits');
/** WMO757 frequency: 1 per day, 2 per week, 4 per month, 6 in total over the period. */
export const Frequency = z.enum(['1', '2', '4', '6']);
/** COD327 referrer: 01 municipality, 02 GP, 03 youth doctor, 04 GI, 05 medical specialist, 06 none, 08 court. */
export const ReferrerType = z.enum(['01', '02', '03', '04', '05', '06', '08']);
/** WJ759 rejection reasons 1–9. */
export const RejectionReason = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
export const BudgetLineName = z.enum(BUDGET_LINE_KINDS);

export const FamilyParams = z.strictObject({ familyId: z.uuid() });
export const RequestParams = z.strictObject({ requestId: z.uuid() });
export const DecisionParams = z.strictObject({ decisionId: z.uuid() });

export const NewAllocationRequest = z
  .strictObject({
    personId: z.uuid(),
    question: Text(4000),
    planActionKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
    category: Category.optional(),
  })
  .meta({ id: 'NewAllocationRequest' });
export type NewAllocationRequest = z.infer<typeof NewAllocationRequest>;

export const RequestState = z.enum(['open', 'late', 'handled']);
/**
 * Which requests: 'provider' — JW315/JW317 from providers, answered with JW301/JW319 within five working
 * days (OP274/OP346); 'plan' — help asked from a family's plan, a decision to take; 'all' — both.
 */
export const RequestOrigin = z.enum(['all', 'provider', 'plan']);
export const QUEUE_SORTS = ['due', '-due', 'received'] as const;
const queueFields = {
  ...pagingFields('AllocationQueueSort', QUEUE_SORTS),
  state: RequestState.default('open'),
  origin: RequestOrigin.default('all'),
};
/** The queue by URL: no free search (a youth's name never goes in a URL). */
export const QueueQuery = z.strictObject(queueFields).omit({ q: true });
/** The queue searched by the family's reference, the youth's first name or the question: a POST body. */
export const QueueSearch = z.strictObject(queueFields).meta({ id: 'AllocationQueueSearch' });
export type QueueQuery = z.infer<typeof QueueSearch>;

export const RequestSummary = z
  .object({
    id: z.uuid(),
    familyId: z.uuid(),
    familyReference: z.string(),
    youthGivenName: z.string(),
    source: z.enum(['plan', 'jw315', 'jw317']),
    question: z.string(),
    category: z.string().nullable(),
    receivedAt: z.date(),
    answerDue: z.string(),
    late: z.boolean(),
    status: z.enum(['open', 'granted', 'rejected', 'withdrawn']),
    providerName: z.string().nullable(),
    /** When the consultants were told the request ran late (the escalation job), null when not (yet). */
    escalatedAt: z.date().nullable(),
    /**
     * The product a provider asked for (JW315/JW317) with its name from the contracts (the requesting
     * provider's first; product codes are regional, no national list names them); null when the request
     * names no product (from a plan). `name` is null when no contract in force has the code.
     */
    requestedProduct: z.object({ productCode: z.string(), name: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'AllocationRequestSummary' });
export type RequestSummary = z.infer<typeof RequestSummary>;

export const Queue = pageOf(RequestSummary, 'AllocationQueue', { late: z.number().int() });
export type Queue = z.infer<typeof Queue>;

export const ContractedProduct = z
  .object({
    providerId: z.uuid(),
    providerName: z.string(),
    category: z.string(),
    productCode: z.string().nullable(),
    name: z.string(),
    unit: z.string(),
    tariffCents: z.number().int().nullable(),
    budgetLine: BudgetLineName,
    /** The level of help follows from the category (JZ020 → product_category_level). */
    levelOfHelp: z.enum(LEVELS_OF_HELP).nullable(),
    /** The end of the contract (null: open-ended): the provider is offered only for periods it covers. */
    contractEndsOn: z.string().nullable(),
  })
  .meta({ id: 'ContractedProduct' });

export const RequestDetail = RequestSummary.extend({
  personId: z.uuid(),
  youthBirthDate: z.string().nullable(),
  municipalityCode: z.string(),
  requestedStart: z.string().nullable(),
  requestedEnd: z.string().nullable(),
  products: z.array(ContractedProduct),
  decisionId: z.uuid().nullable(),
}).meta({ id: 'AllocationRequestDetail' });
export type RequestDetail = z.infer<typeof RequestDetail>;

export const AllocatedProduct = z
  .strictObject({
    kind: z.enum(['specific', 'aspecific', 'generic']),
    providerId: z.uuid(),
    category: Category.optional(),
    productCode: ProductCode.optional(),
    volume: z.number().int().min(1).max(1_000_000).optional(),
    unit: z
      .string()
      .regex(/^[0-9]{2}$/, 'two digits (WJ756)')
      .optional(),
    frequency: Frequency.optional(),
    budgetCents: z.number().int().min(0).max(100_000_000_00).optional(),
    /** Generic allocations name the budget line they are charged to (there is no product to take it from). */
    budgetLine: BudgetLineName.optional(),
    startsOn: IsoDate,
    endsOn: IsoDate,
    referrerType: ReferrerType,
    referrerAgb: z
      .string()
      .regex(/^[0-9]{8}$/, 'eight digits')
      .optional(),
    arrangementId: z.uuid().optional(),
    /** A correction: this allocation is withdrawn (change reason 13, end = start) and replaced by the new one. */
    correctsAllocationId: z.uuid().optional(),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.endsOn < p.startsOn) issue('endsOn', 'the end lies before the start');
    if (p.kind === 'specific' && (!p.category || !p.productCode))
      issue('productCode', 'specific: category and product code');
    if (p.kind === 'aspecific' && (!p.category || p.productCode)) issue('category', 'aspecific: category only');
    if (p.kind === 'generic' && (p.category || p.productCode))
      issue('category', 'generic: no category or product code');
    if (p.kind === 'generic' && (p.budgetCents === undefined || !p.budgetLine))
      issue('budgetCents', 'generic: a budget and its line');
    const volume = p.volume !== undefined || p.unit !== undefined || p.frequency !== undefined;
    if (volume && (p.volume === undefined || !p.unit || !p.frequency))
      issue('volume', 'volume, unit and frequency together');
    if (!volume && p.budgetCents === undefined) issue('volume', 'a volume (with unit and frequency) or a budget');
  });
export type AllocatedProduct = z.infer<typeof AllocatedProduct>;

/** The period of the placement (default: today); arrangements open in it, places counted in it. */
export const PlacementArrangementQuery = z
  .strictObject({ startsOn: IsoDate.optional(), endsOn: IsoDate.optional() })
  .refine((q) => !q.startsOn || !q.endsOn || q.endsOn >= q.startsOn, {
    path: ['endsOn'],
    message: 'the end lies before the start',
  });
export type PlacementArrangementQuery = z.infer<typeof PlacementArrangementQuery>;
export const PlacementArrangement = z
  .object({
    id: z.uuid(),
    name: z.string(),
    schoolName: z.string(),
    capacity: z.number().int(),
    /** Youths placed in the period (active allocations of the arrangement overlapping it). */
    placed: z.number().int(),
    free: z.number().int(),
    startsOn: IsoDate,
    endsOn: IsoDate.nullable(),
    providers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'PlacementArrangement' });
export const PlacementArrangements = z
  .object({ items: z.array(PlacementArrangement) })
  .meta({ id: 'PlacementArrangements' });

export const DecisionInput = z
  .discriminatedUnion('outcome', [
    z.strictObject({
      outcome: z.literal('granted'),
      motivation: Text(4000),
      products: z.array(AllocatedProduct).min(1).max(20),
      overBudgetReason: Text(2000).optional(),
    }),
    z.strictObject({
      outcome: z.literal('rejected'),
      motivation: Text(4000),
      rejectionReason: RejectionReason,
    }),
  ])
  .meta({ id: 'DecisionRequest' });
export type DecisionInput = z.infer<typeof DecisionInput>;
export type GrantInput = Extract<DecisionInput, { outcome: 'granted' }>;

export const BudgetCheckLine = z
  .object({
    budgetLine: BudgetLineName,
    year: z.number().int(),
    amountCents: z.number().int(),
    remainingCents: z.number().int(),
    expectedCents: z.number().int(),
    overBudget: z.boolean(),
  })
  .meta({ id: 'BudgetCheckLine' });
export const BudgetCheck = z
  .object({
    products: z.array(z.object({ expectedCostCents: z.number().int(), levelOfHelp: z.string() })),
    lines: z.array(BudgetCheckLine),
    overBudget: z.boolean(),
  })
  .meta({ id: 'BudgetCheck' });
export type BudgetCheck = z.infer<typeof BudgetCheck>;
export const BudgetCheckInput = z
  .strictObject({ products: z.array(AllocatedProduct).min(1).max(20) })
  .meta({ id: 'BudgetCheckRequest' });

export const AllocationView = z
  .object({
    id: z.uuid(),
    allocationNumber: z.number().int(),
    kind: z.enum(['specific', 'aspecific', 'generic']),
    providerName: z.string(),
    category: z.string().nullable(),
    productCode: z.string().nullable(),
    productName: z.string().nullable(),
    levelOfHelp: z.string().nullable(),
    volume: z.number().int().nullable(),
    unit: z.string().nullable(),
    frequency: z.string().nullable(),
    budgetCents: z.number().int().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    expectedCostCents: z.number().int(),
    status: z.enum(['active', 'withdrawn', 'ended']),
    changeReason: z.string().nullable(),
  })
  .meta({ id: 'AllocationView' });
export type AllocationView = z.infer<typeof AllocationView>;

export const DecisionView = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    familyId: z.uuid(),
    municipalityName: z.string(),
    youthGivenName: z.string(),
    outcome: z.enum(['granted', 'rejected']),
    motivation: z.string(),
    rejectionReason: z.string().nullable(),
    overBudgetReason: z.string().nullable(),
    decidedAt: z.date(),
    decidedBy: z.string(),
    allocations: z.array(AllocationView),
  })
  .meta({ id: 'DecisionView' });
export type DecisionView = z.infer<typeof DecisionView>;
/** A family's request for help as the plan and the dossier show it: which action asked, for whom, its state. */
export const FamilyRequest = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    youthGivenName: z.string(),
    planActionKey: z.string().nullable(),
    question: z.string(),
    source: z.enum(['plan', 'jw315', 'jw317']),
    receivedAt: z.date(),
    answerDue: z.string(),
    late: z.boolean(),
    status: z.enum(['open', 'granted', 'rejected', 'withdrawn']),
    decisionId: z.uuid().nullable(),
  })
  .meta({ id: 'FamilyAllocationRequest' });
export type FamilyRequest = z.infer<typeof FamilyRequest>;
export const DecisionList = z
  .object({
    items: z.array(DecisionView),
    requests: z.array(FamilyRequest),
    /** The family's youths (first name only): whom a request from the plan can be for. */
    youths: z.array(z.object({ id: z.uuid(), givenName: z.string() })),
    /** Whether the caller holds the municipality's mandate for this family (may open the decision form). */
    canDecide: z.boolean(),
  })
  .meta({ id: 'DecisionList' });

export const REJECTED_CLAIM_SORTS = ['received', '-received'] as const;
const rejectedClaimFields = {
  ...pagingFields('RejectedClaimSort', REJECTED_CLAIM_SORTS),
  /** Only lines of allocations the caller decided on themselves. */
  mine: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .default(false),
};
export const RejectedClaimQuery = z.strictObject(rejectedClaimFields).omit({ q: true });
export const RejectedClaimSearch = z.strictObject(rejectedClaimFields).meta({ id: 'RejectedClaimSearch' });
export type RejectedClaimQuery = z.infer<typeof RejectedClaimSearch>;
export const RejectedClaimLine = z
  .object({
    id: z.string(),
    receivedAt: z.date(),
    providerName: z.string(),
    invoiceNumber: z.string(),
    familyId: z.uuid(),
    familyReference: z.string(),
    youthGivenName: z.string(),
    decisionId: z.uuid(),
    decisionReference: z.string(),
    allocationNumber: z.number().int(),
    category: z.string().nullable(),
    productCode: z.string().nullable(),
    periodStart: z.string(),
    periodEnd: z.string(),
    amountCents: z.number().int(),
    /** WJ001 return codes sent back in the JW325. */
    returnCodes: z.array(z.string()),
  })
  .meta({ id: 'RejectedClaimLine' });
export const RejectedClaims = pageOf(RejectedClaimLine, 'RejectedClaimLines');
export type RejectedClaims = z.infer<typeof RejectedClaims>;
export const CreatedRequest = z
  .object({ id: z.uuid(), answerDue: z.string() })
  .meta({ id: 'CreatedAllocationRequest' });
