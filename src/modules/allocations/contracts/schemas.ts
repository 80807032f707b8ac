import { z } from 'zod';
import {
  BUDGET_LINE_KINDS,
  BUDGET_SCOPES,
  CONTRACT_VARIANTS,
  OUTCOME_INDICATORS,
} from '../../../platform/db/schema.js';

export const IsoDate = z.iso.date();
const Page = z.coerce.number().int().min(1).max(100_000).default(1);
export const Cents = z.number().int().min(0).max(100_000_000_000);
const Year = z.coerce.number().int().min(2015).max(2100);

export const BudgetLineKind = z.enum(BUDGET_LINE_KINDS).meta({ id: 'BudgetLineKind' });
export const ContractVariant = z.enum(CONTRACT_VARIANTS).meta({ id: 'ContractVariant' });
export const OutcomeIndicator = z.enum(OUTCOME_INDICATORS).meta({ id: 'OutcomeIndicator' });
const Comparison = z.enum(['at_most', 'at_least']);
const Category = z.string().regex(/^[0-9]{2}$/, 'two digits (JZ020)');
const ProductCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{1,5}$/, 'at most 5 letters or digits');
const Unit = z.string().regex(/^[0-9]{2}$/, 'two digits (WJ756)');
const Agb = z.string().regex(/^[0-9]{8}$/, 'eight digits');
export const Municipality = z.string().regex(/^[0-9]{4}$/, 'four digits (CBS)');

export const ContractParams = z.strictObject({ contractId: z.uuid() });
export const ProductParams = z.strictObject({ contractId: z.uuid(), productId: z.uuid() });
export const ProviderParams = z.strictObject({ providerId: z.uuid() });
export const CriterionParams = z.strictObject({ contractId: z.uuid(), criterionId: z.uuid() });

// Providers
export const ContractProvider = z
  .object({
    id: z.uuid(),
    name: z.string(),
    agbCode: z.string(),
    municipalityCode: z.string().nullable(),
    contracts: z.number().int(),
  })
  .meta({ id: 'ContractProvider' });
export const ContractProviderList = z.object({ items: z.array(ContractProvider) }).meta({ id: 'ContractProviderList' });
export const ProviderBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    agbCode: Agb,
    municipalityCode: Municipality.nullable().default(null),
  })
  .meta({ id: 'ProviderBody' });
export type ProviderBody = z.infer<typeof ProviderBody>;

// Contracts
// Searches the contract reference or the provider's name (organisations, never people).
export const ContractQuery = z.strictObject({ reference: z.string().trim().max(100).optional(), page: Page });
export type ContractQuery = z.infer<typeof ContractQuery>;
export const ContractSummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    providerId: z.uuid(),
    providerName: z.string(),
    purchaser: z.enum(['municipality', 'region']),
    municipalityCode: z.string().nullable(),
    municipalityName: z.string().nullable(),
    regionCode: z.string().nullable(),
    variant: ContractVariant,
    startsOn: IsoDate,
    endsOn: IsoDate.nullable(),
    products: z.number().int(),
  })
  .meta({ id: 'ContractSummary' });
export const ContractList = z
  .object({
    items: z.array(ContractSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ContractList' });
export const ContractBody = z
  .strictObject({
    reference: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{3,30}$/, '3 to 30 letters, digits or dashes'),
    providerId: z.uuid(),
    purchaser: z.enum(['municipality', 'region']),
    municipalityCode: Municipality.nullable().default(null),
    variant: ContractVariant,
    startsOn: IsoDate,
    endsOn: IsoDate.nullable().default(null),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .meta({ id: 'ContractBody' });
export type ContractBody = z.infer<typeof ContractBody>;

export const Tariff = z
  .object({ id: z.uuid(), validFrom: IsoDate, validTo: IsoDate.nullable(), tariffCents: z.number().int() })
  .meta({ id: 'Tariff' });
export const ContractProduct = z
  .object({
    id: z.uuid(),
    category: z.string(),
    categoryLabel: z.string().nullable(),
    productCode: z.string().nullable(),
    name: z.string(),
    unit: z.string(),
    unitLabel: z.string().nullable(),
    budgetLine: BudgetLineKind,
    tariffs: z.array(Tariff),
  })
  .meta({ id: 'ContractProduct' });
export const OutcomeCriterion = z
  .object({
    id: z.uuid(),
    indicator: OutcomeIndicator,
    target: z.number(),
    comparison: Comparison,
    description: z.string().nullable(),
  })
  .meta({ id: 'OutcomeCriterion' });
export const ContractDetail = ContractSummary.extend({
  providerAgb: z.string(),
  note: z.string().nullable(),
  productList: z.array(ContractProduct),
  criteria: z.array(OutcomeCriterion),
}).meta({ id: 'ContractDetail' });

export const ProductBody = z
  .strictObject({
    category: Category,
    productCode: ProductCode.nullable().default(null),
    name: z.string().trim().min(1).max(200),
    unit: Unit,
    budgetLine: BudgetLineKind,
  })
  .meta({ id: 'ProductBody' });
export type ProductBody = z.infer<typeof ProductBody>;
export const TariffBody = z
  .strictObject({
    validFrom: IsoDate,
    validTo: IsoDate.nullable().default(null),
    tariffCents: z.number().int().min(0).max(100_000_000),
  })
  .refine((t) => t.validTo === null || t.validTo >= t.validFrom, { path: ['validTo'], message: 'before validFrom' })
  .meta({ id: 'TariffBody' });
export type TariffBody = z.infer<typeof TariffBody>;
export const CriterionBody = z
  .strictObject({
    indicator: OutcomeIndicator,
    target: z.number().min(-99999).max(99999),
    comparison: Comparison,
    description: z.string().trim().max(1000).nullable().default(null),
  })
  .meta({ id: 'CriterionBody' });
export type CriterionBody = z.infer<typeof CriterionBody>;

// Code lists the forms choose from
export const CodeOption = z.object({ code: z.string(), label: z.string() }).meta({ id: 'CodeOption' });
export const ContractCodeLists = z
  .object({
    categories: z.array(CodeOption),
    units: z.array(CodeOption),
    municipalities: z.array(z.object({ code: z.string(), name: z.string() })),
    /** Schools in the region, for an education-care arrangement. */
    schools: z.array(z.object({ id: z.uuid(), name: z.string(), municipalityCode: z.string().nullable() })),
    regionCode: z.string().nullable(),
  })
  .meta({ id: 'ContractCodeLists' });

// Budgets
export const BudgetQuery = z.strictObject({ year: Year.optional(), municipalityCode: Municipality.optional() });
export type BudgetQuery = z.infer<typeof BudgetQuery>;
export const BudgetFigure = z
  .object({
    budgetLineId: z.uuid(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    year: z.number().int(),
    line: BudgetLineKind,
    scope: z.enum(BUDGET_SCOPES),
    splitNote: z.string().nullable(),
    budgetCents: z.number().int(),
    committedCents: z.number().int(),
    spentCents: z.number().int(),
    remainingCents: z.number().int(),
  })
  .meta({ id: 'BudgetFigure' });
export const BudgetOverview = z
  .object({ year: z.number().int(), years: z.array(z.number().int()), items: z.array(BudgetFigure) })
  .meta({ id: 'BudgetOverview' });
export const BudgetBody = z
  .strictObject({
    municipalityCode: Municipality,
    year: z.number().int().min(2015).max(2100),
    line: BudgetLineKind,
    scope: z.enum(BUDGET_SCOPES),
    amountCents: Cents,
    splitNote: z.string().trim().min(1).max(500).nullable().default(null),
  })
  .refine((b) => b.scope === 'local' || b.splitNote !== null, {
    path: ['splitNote'],
    message: 'a regional line needs its split',
  })
  .meta({ id: 'BudgetBody' });
export type BudgetBody = z.infer<typeof BudgetBody>;
