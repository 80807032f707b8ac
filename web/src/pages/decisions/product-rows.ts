// The decision form's product rows as data: what a row holds, the first row from the request, the
// contracted products that fit a row, and the row as the API takes it (product-row.tsx shows one).
import type { ProductBody, RequestDetail } from '../../api/decisions';

export const KINDS = ['specific', 'aspecific', 'generic'] as const;
export const FREQUENCIES = ['1', '2', '4', '6'] as const;
export const REFERRERS = ['01', '02', '03', '04', '05', '06', '08'] as const;
export const BUDGET_LINES = [
  'local_ambulant',
  'local_basic',
  'regional_ambulant',
  'regional_day_treatment',
  'regional_residential',
  'crisis',
  'youth_protection',
  'tailored_arrangements',
] as const;

export interface Row {
  key: number;
  kind: (typeof KINDS)[number];
  category: string;
  productCode: string;
  providerId: string;
  basis: 'volume' | 'budget';
  volume: string;
  frequency: (typeof FREQUENCIES)[number];
  budgetEuros: string;
  budgetLine: (typeof BUDGET_LINES)[number];
  startsOn: string;
  endsOn: string;
  referrerType: (typeof REFERRERS)[number];
  /** A placement in a tailored arrangement (seed 002): the arrangement's id, '' when none is picked. */
  placement: boolean;
  arrangementId: string;
}

export type Product = RequestDetail['products'][number];

/** An empty row: the request's category and period, the rest to fill in (another product beside the asked one). */
export function newRow(key: number, request: RequestDetail): Row {
  const first = request.products.find((p) => p.productCode) ?? request.products[0];
  return {
    key,
    kind: first?.productCode ? 'specific' : 'aspecific',
    category: request.category ?? first?.category ?? '',
    productCode: '',
    providerId: '',
    basis: 'volume',
    volume: '',
    frequency: '2',
    budgetEuros: '',
    budgetLine: 'local_ambulant',
    startsOn: request.requestedStart ?? '',
    endsOn: request.requestedEnd ?? '',
    referrerType: '01',
    placement: false,
    arrangementId: '',
  };
}

/**
 * The form's first row: what the request asks for. A provider's request (JW315/JW317) names a product by
 * its code; when a contract in force has that code, the row is that specific product in its category. The
 * consultant can still change either; a code no contract has is left for the consultant to choose.
 */
export function requestedRow(request: RequestDetail): Row {
  const row = newRow(0, request);
  const asked = request.requestedProduct?.productCode;
  const category = request.category ? request.category.trim() : null;
  const contracted = request.products.find(
    (p) => asked !== undefined && p.productCode === asked && (category === null || p.category === category),
  );
  if (!contracted?.productCode) return row;
  return { ...row, kind: 'specific', category: contracted.category, productCode: contracted.productCode };
}

const EUROS = /^[0-9]{1,9}(,[0-9]{1,2})?$/;
export const validEuros = (text: string) => EUROS.test(text.trim());
const centsOf = (text: string) => {
  const [whole = '0', part = ''] = text.trim().split(',');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
};

/** Contracted products that fit the row's kind, category, code and period. */
export function candidates(products: readonly Product[], row: Row): Product[] {
  return products.filter(
    (p) =>
      (row.kind === 'generic' || p.category === row.category) &&
      (row.kind !== 'specific' || (row.productCode !== '' && p.productCode === row.productCode)) &&
      (!row.endsOn || p.contractEndsOn === null || p.contractEndsOn >= row.endsOn),
  );
}

/** The row as the API takes it; the unit is the contracted one (the form shows it, the server checks it). */
export function bodyOf(row: Row, products: readonly Product[]): ProductBody {
  const unit = candidates(products, row).find((p) => p.providerId === row.providerId)?.unit;
  const basis =
    row.kind === 'generic' || row.basis === 'budget'
      ? { budgetCents: validEuros(row.budgetEuros) ? centsOf(row.budgetEuros) : -1 }
      : {
          volume: /^[0-9]{1,7}$/.test(row.volume.trim()) ? Number(row.volume.trim()) : 0,
          ...(unit ? { unit } : {}),
          frequency: row.frequency,
        };
  return {
    kind: row.kind,
    providerId: row.providerId,
    ...(row.kind !== 'generic' ? { category: row.category } : { budgetLine: row.budgetLine }),
    ...(row.kind === 'specific' ? { productCode: row.productCode } : {}),
    ...basis,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    referrerType: row.referrerType,
    ...(row.placement && row.arrangementId ? { arrangementId: row.arrangementId } : {}),
  };
}
