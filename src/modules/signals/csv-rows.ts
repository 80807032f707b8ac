// From one CSV record to a NewSignal, or to the reasons it is refused. Partners export from Excel
// and their own systems, so headers come in Dutch or English, dates as 2026-03-01 or 01-03-2026,
// amounts as "1.234,56" or "1234.56" euros, categories as codes or Dutch words.
import type { FieldError } from '../../platform/errors.js';
import type { SignalCategory } from '../../platform/db/schema.js';
import { NewSignal } from './schemas.js';

const FIELDS = {
  bsn: ['bsn', 'burgerservicenummer'],
  givenName: ['voornaam', 'voornamen', 'givenname', 'firstname'],
  familyName: ['achternaam', 'familienaam', 'geslachtsnaam', 'familyname', 'lastname', 'surname'],
  birthDate: ['geboortedatum', 'birthdate', 'dateofbirth'],
  postcode: ['postcode', 'zipcode', 'postalcode'],
  houseNumber: ['huisnummer', 'housenumber', 'huisnr'],
  category: ['categorie', 'category', 'soort'],
  urgency: ['urgentie', 'urgency', 'spoed'],
  amount: ['bedrag', 'achterstandsbedrag', 'amount', 'bedrageuro'],
  arrearsSince: ['achterstandsinds', 'achterstandvanaf', 'arrearssince', 'startdatum'],
  signalDate: ['signaaldatum', 'datum', 'signaldate'],
  note: ['toelichting', 'opmerking', 'note', 'notes'],
} as const;
export type CsvField = keyof typeof FIELDS;

const CATEGORY_WORDS: Record<string, SignalCategory> = {
  huurachterstand: 'rent_arrears',
  huur: 'rent_arrears',
  energieachterstand: 'energy_arrears',
  energie: 'energy_arrears',
  waterachterstand: 'water_arrears',
  drinkwater: 'water_arrears',
  water: 'water_arrears',
  zorgverzekering: 'health_insurance_arrears',
  premieachterstand: 'health_insurance_arrears',
  zorgverzekeringsachterstand: 'health_insurance_arrears',
  schoolverzuim: 'school_absence',
  verzuim: 'school_absence',
  zorghuisarts: 'gp_concern',
  huisarts: 'gp_concern',
  zorgconsultatiebureau: 'child_health_concern',
  consultatiebureau: 'child_health_concern',
  jgz: 'child_health_concern',
  politiecontact: 'police_contact',
  politie: 'police_contact',
  huiselijkeveiligheid: 'domestic_safety',
  veiligheid: 'domestic_safety',
  huiselijkgeweld: 'domestic_safety',
};
const URGENCY_WORDS: Record<string, string> = {
  normaal: 'normal',
  normal: 'normal',
  urgent: 'urgent',
  spoed: 'urgent',
  crisis: 'crisis',
  '': 'normal',
};

const squash = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Column index per known field; unknown columns are ignored. */
export function mapHeader(header: readonly string[]): {
  columns: Partial<Record<CsvField, number>>;
  missing: CsvField[];
} {
  const columns: Partial<Record<CsvField, number>> = {};
  header.forEach((name, i) => {
    const key = squash(name);
    for (const [field, aliases] of Object.entries(FIELDS) as Array<[CsvField, readonly string[]]>) {
      if (aliases.includes(key) && columns[field] === undefined) columns[field] = i;
    }
  });
  const missing = (['postcode', 'houseNumber'] as const).filter((f) => columns[f] === undefined);
  return { columns, missing };
}

/** 2026-03-01, 1-3-2026, 01/03/2026 → 2026-03-01; anything else is passed on for the schema to refuse. */
function isoDate(raw: string): string {
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(raw);
  return nl ? `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}` : raw;
}

/** Euros as partners write them → cents; NaN when it is no amount. */
export function euroCents(raw: string): number {
  let s = raw.replace(/[€\s]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s) || /^-?\d+,\d{1,2}$/.test(s))
    s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return Number.NaN;
  return Math.round(Number(s) * 100);
}

const SCHEMA_MESSAGES: Record<string, string> = {
  identity_required: 'identity_required',
  amount_required: 'amount_required',
  arrears_since_required: 'arrears_since_required',
  only_for_arrears: 'only_for_arrears',
};

export type RowResult = { ok: true; signal: NewSignal } | { ok: false; errors: FieldError[] };

export function rowToSignal(
  record: readonly string[],
  columns: Partial<Record<CsvField, number>>,
  defaultCategory: SignalCategory | undefined,
): RowResult {
  const get = (f: CsvField) => {
    const i = columns[f];
    return i === undefined ? '' : (record[i] ?? '').trim();
  };
  const errors: FieldError[] = [];
  const raw: Record<string, unknown> = {};
  const put = (key: string, value: string) => {
    if (value !== '') raw[key] = value;
  };
  put('bsn', get('bsn').replace(/[\s.-]/g, ''));
  put('givenName', get('givenName'));
  put('familyName', get('familyName'));
  put('birthDate', isoDate(get('birthDate')));
  put('postcode', get('postcode'));
  put('houseNumber', get('houseNumber'));
  put('arrearsSince', isoDate(get('arrearsSince')));
  put('signalDate', isoDate(get('signalDate')));
  put('note', get('note'));
  const category = get('category');
  const categoryCode = category === '' ? defaultCategory : (CATEGORY_WORDS[squash(category)] ?? category);
  if (categoryCode) raw.category = categoryCode;
  else errors.push({ path: 'category', message: 'required' });
  const urgency = URGENCY_WORDS[squash(get('urgency'))];
  if (urgency) raw.urgency = urgency;
  else errors.push({ path: 'urgency', message: 'invalid_urgency' });
  const amount = get('amount');
  if (amount !== '') {
    const cents = euroCents(amount);
    if (Number.isNaN(cents)) errors.push({ path: 'amountCents', message: 'invalid_amount' });
    else raw.amountCents = cents;
  }
  const parsed = NewSignal.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? 'row');
      if (errors.some((e) => e.path === path)) continue;
      const message =
        SCHEMA_MESSAGES[issue.message] ??
        (issue.code === 'invalid_type'
          ? 'required'
          : `invalid_${path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`);
      errors.push({ path, message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, signal: parsed.data };
}
