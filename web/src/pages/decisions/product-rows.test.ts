// The decision form's first row: what the request asked for, pre-filled, and still the consultant's to change.
import { describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../api/decisions';
import { bodyOf, newRow, requestedRow } from './product-rows';

const PROVIDER_A = '00000000-0000-4000-8000-00000000000a';
const PROVIDER_B = '00000000-0000-4000-8000-00000000000b';

type Product = RequestDetail['products'][number];
const product = (over: Partial<Product>): Product => ({
  providerId: PROVIDER_A,
  providerName: 'Jeugdhulp A',
  category: '45',
  productCode: '45A04',
  name: 'Ambulante jeugdhulp',
  unit: '04',
  tariffCents: 8000,
  budgetLine: 'local_ambulant',
  levelOfHelp: 'ambulant',
  contractEndsOn: null,
  ...over,
});

const PRODUCTS = [
  product({ category: '40', productCode: '40A01', name: 'Dagbehandeling' }),
  product({}),
  product({ providerId: PROVIDER_B, providerName: 'Jeugdhulp B', productCode: '45A12', name: 'Gezinsbegeleiding' }),
  product({ category: '50', productCode: null, name: 'Onderwijs-zorgarrangement', unit: '14' }),
];

function request(over: Partial<RequestDetail>): RequestDetail {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    familyId: '00000000-0000-4000-8000-000000000002',
    familyReference: 'G-0193-0001',
    youthGivenName: 'Sanne',
    source: 'jw315',
    question: 'Verzoek om toewijzing 45 45A12',
    category: '45',
    receivedAt: '2026-12-07T22:30:00Z',
    answerDue: '2026-12-14',
    late: false,
    status: 'open',
    providerName: 'Jeugdhulp B',
    escalatedAt: null,
    requestedProduct: { productCode: '45A12', name: 'Gezinsbegeleiding' },
    personId: '00000000-0000-4000-8000-000000000003',
    youthBirthDate: '2016-02-03',
    municipalityCode: '0193',
    requestedStart: '2027-01-04',
    requestedEnd: '2027-06-30',
    products: PRODUCTS,
    decisionId: null,
    ...over,
  };
}

describe('the first product row of a decision', () => {
  it("is the product a provider's request names: specific, its category and code, the requested period", () => {
    const row = requestedRow(request({}));
    expect(row).toMatchObject({
      key: 0,
      kind: 'specific',
      category: '45',
      productCode: '45A12',
      providerId: '',
      startsOn: '2027-01-04',
      endsOn: '2027-06-30',
    });
    // As sent, it asks for that product (the consultant still picks the provider).
    expect(bodyOf(row, PRODUCTS)).toMatchObject({ kind: 'specific', category: '45', productCode: '45A12' });
  });

  it('takes the category of the contracted product when the request names none', () => {
    const row = requestedRow(request({ category: null, requestedProduct: { productCode: '40A01', name: null } }));
    expect(row).toMatchObject({ kind: 'specific', category: '40', productCode: '40A01' });
  });

  it('leaves the product to the consultant when no contract has the code, or the code is of another category', () => {
    const unknown = request({ requestedProduct: { productCode: '45Z99', name: null } });
    expect(requestedRow(unknown)).toEqual(newRow(0, unknown));
    expect(requestedRow(unknown)).toMatchObject({ category: '45', productCode: '' });
    const elsewhere = request({ category: '40', requestedProduct: { productCode: '45A12', name: null } });
    expect(requestedRow(elsewhere)).toMatchObject({ category: '40', productCode: '' });
  });

  it('is the empty row for a request from a plan (no product named), with its category', () => {
    const fromPlan = request({ source: 'plan', requestedProduct: null, category: '45' });
    expect(requestedRow(fromPlan)).toEqual(newRow(0, fromPlan));
    expect(requestedRow(fromPlan)).toMatchObject({ category: '45', productCode: '' });
  });

  it('pre-fills only the first row: another product added beside it starts empty', () => {
    expect(newRow(1, request({}))).toMatchObject({ key: 1, productCode: '' });
  });
});
