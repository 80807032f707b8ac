// The provider's lists: its allocations and its claims, paged by the platform contract (paging.ts).
import { z } from 'zod';
import { pageOf, pagingFields } from '../../../platform/http/paging.js';
import { ReturnCode } from '../exchange/schemas.js';

export const ALLOCATION_SORTS = ['allocated_desc', 'number', 'starts_asc'] as const;
export const ALLOCATION_STATUSES = ['current', 'ended', 'withdrawn'] as const;
export const AllocationStatus = z.enum(ALLOCATION_STATUSES).meta({ id: 'ProviderAllocationStatus' });

const allocationFields = {
  ...pagingFields('ProviderAllocationSort', ALLOCATION_SORTS),
  status: AllocationStatus.optional(),
};
/** The list by URL: paging and filters only; the search can hold a client's name, so it goes in a POST body. */
export const ProviderAllocationQuery = z.strictObject(allocationFields).omit({ q: true });
/** The list searched by allocation number or client name (POST /api/provider/allocations/search). */
export const ProviderAllocationSearch = z.strictObject(allocationFields).meta({ id: 'ProviderAllocationSearch' });
export type ProviderAllocationQuery = z.infer<typeof ProviderAllocationSearch>;

const Coded = z.strictObject({ code: z.string(), label: z.string().nullable() });

export const ProviderAllocation = z
  .strictObject({
    id: z.uuid(),
    allocationNumber: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    client: z.strictObject({
      bsnMasked: z.string().nullable().describe('The last four digits only; the full BSN travels in the JW301'),
      initials: z.string(),
      surname: z.string(),
      birthDate: z.string().nullable(),
    }),
    category: Coded.nullable(),
    productCode: z.string().nullable(),
    productName: z.string().nullable(),
    volume: z.number().int().nullable(),
    unit: Coded.nullable(),
    frequency: Coded.nullable(),
    budgetCents: z.number().int().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    allocatedAt: z.string(),
    status: AllocationStatus,
    changeReason: Coded.nullable(),
    care: z
      .strictObject({
        startedOn: z.string(),
        stoppedOn: z.string().nullable(),
        endReason: Coded.nullable(),
      })
      .nullable()
      .describe('The latest start (JW305) and its stop (JW307), if any'),
    awaitingStart: z.boolean().describe('Current and no start of care reported yet'),
  })
  .meta({ id: 'ProviderAllocation' });
export type ProviderAllocation = z.infer<typeof ProviderAllocation>;

export const ProviderAllocationPage = pageOf(ProviderAllocation, 'ProviderAllocationPage');

export const CLAIM_STATES = ['all', 'rejected', 'accepted'] as const;
const claimFields = {
  ...pagingFields('ProviderClaimSort', ['received_desc', 'received_asc'] as const),
  state: z.enum(CLAIM_STATES).default('all'),
};
/** The claims by URL: no free search (free text never goes in a URL). */
export const ProviderClaimQuery = z.strictObject(claimFields).omit({ q: true });
/** The claims searched by invoice number: a POST body. */
export const ProviderClaimSearch = z.strictObject(claimFields).meta({ id: 'ProviderClaimSearch' });
export type ProviderClaimQuery = z.infer<typeof ProviderClaimSearch>;

/** How many lines of one claim the list carries (rejected lines first); the rest are counted. */
export const CLAIM_LINES_SHOWN = 50;

export const ProviderClaimLine = z
  .strictObject({
    reference: z.string(),
    allocationNumber: z.string().nullable(),
    category: z.string().nullable(),
    productCode: z.string().nullable(),
    periodStart: z.string(),
    periodEnd: z.string(),
    volume: z.number().int(),
    unit: z.string(),
    amountCents: z.number().int(),
    debitCredit: z.enum(['D', 'C']),
    accepted: z.boolean(),
    returnCodes: z.array(ReturnCode).describe('WJ001 return codes of a rejected line: official Dutch text and rule'),
  })
  .meta({ id: 'ProviderClaimLine' });

export const ProviderClaim = z
  .strictObject({
    id: z.uuid(),
    invoiceNumber: z.string(),
    invoiceDate: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    receivedAt: z.string(),
    lineCount: z.number().int(),
    claimedCents: z.number().int(),
    acceptedCents: z.number().int(),
    rejectedLines: z.number().int(),
    messageId: z.uuid(),
    answerMessageId: z.uuid().nullable(),
    lines: z.array(ProviderClaimLine).describe(`At most ${CLAIM_LINES_SHOWN} lines, rejected ones first`),
  })
  .meta({ id: 'ProviderClaim' });
export type ProviderClaim = z.infer<typeof ProviderClaim>;

export const ProviderClaimPage = pageOf(ProviderClaim, 'ProviderClaimPage');

export const ProviderWork = z
  .strictObject({
    awaitingStart: z.number().int().describe('Current allocations without a start of care'),
    rejectedLines: z.number().int().describe('Rejected claim lines in the last 90 days'),
    outgoingNew: z.number().int().describe('Outgoing messages not yet downloaded or collected'),
  })
  .meta({ id: 'ProviderWork' });
export type ProviderWork = z.infer<typeof ProviderWork>;
