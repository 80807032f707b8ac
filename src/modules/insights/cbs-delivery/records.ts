// The CBS Beleidsinformatie Jeugd record of neighbourhood-team help (help form 01, referrer 06) and the
// rules a record must meet to be delivered. Pure: the fixture test feeds it rows, the service feeds it the
// database's. Codes and rules: ../shared/DOMAIN.md ("Outcome indicators").
import { ageOn } from '../../../platform/clock.js';
import { isValidBsn } from '../../../platform/bsn.js';

export const HELP_FORM_NEIGHBOURHOOD_TEAM = '01';
export const REFERRER_NONE = '06';
export const BSN_UNKNOWN = '999999999';
/** Youth help under the Jeugdwet: under 18, extended up to 23. */
export const MAX_AGE_AT_START = 22;

export type Half = 1 | 2;

export function halfYear(year: number, half: Half): { from: string; to: string } {
  return half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** One youth in one trajectory of the team, as read from the database (BSN already opened). */
export interface SourceRow {
  reference: string;
  givenName: string;
  bsn: string | null;
  birthDate: string | null;
  sex: string | null;
  postcode: string | null;
  startedOn: string | null;
  closedOn: string | null;
  endingReason: string | null;
  satisfaction: number | null;
  satisfactionInformant: 'youth' | 'parent' | null;
  managingWithoutHelp: string | null;
}

export const CBS_COLUMNS = [
  'bsn',
  'geboortedatum',
  'geslacht',
  'postcode',
  'verwijzer',
  'hulpvorm',
  'gestart_in_crisis',
  'begindatum',
  'einddatum',
  'reden_beeindiging',
  'tevredenheid',
  'informant_tevredenheid',
  'zonder_hulp_verder',
] as const;
export type CbsRecord = Record<(typeof CBS_COLUMNS)[number], string>;

export const PROBLEMS = [
  'bsn_invalid',
  'birth_date_missing',
  'born_after_start',
  'not_a_youth',
  'sex_missing',
  'postcode_missing',
  'start_missing',
  'end_before_start',
  'ending_reason_missing',
  'duplicate_key',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export interface Built {
  records: CbsRecord[];
  refused: Array<{ reference: string; givenName: string; problems: Problem[] }>;
}

const cbsDate = (iso: string) => iso.replaceAll('-', '');

/** Records for the half-year, and the rows that cannot be delivered with every reason why. */
export function buildDelivery(rows: readonly SourceRow[], period: { from: string; to: string }): Built {
  const records: CbsRecord[] = [];
  const refused: Built['refused'] = [];
  const keys = new Set<string>();
  for (const r of rows) {
    const problems: Problem[] = [];
    if (r.bsn !== null && !isValidBsn(r.bsn)) problems.push('bsn_invalid');
    if (r.birthDate === null) problems.push('birth_date_missing');
    if (r.sex === null) problems.push('sex_missing');
    if (r.postcode === null || !/^[1-9]\d{3}[A-Z]{2}$/.test(r.postcode)) problems.push('postcode_missing');
    if (r.startedOn === null) problems.push('start_missing');
    if (r.birthDate !== null && r.startedOn !== null) {
      if (r.birthDate > r.startedOn) problems.push('born_after_start');
      else if (ageOn(r.birthDate, r.startedOn) > MAX_AGE_AT_START) problems.push('not_a_youth');
    }
    const endedInPeriod = r.closedOn !== null && r.closedOn <= period.to;
    if (endedInPeriod && r.startedOn !== null && r.closedOn! < r.startedOn) problems.push('end_before_start');
    if (endedInPeriod && r.endingReason === null) problems.push('ending_reason_missing');
    const bsn = r.bsn ?? BSN_UNKNOWN;
    // The CBS key is BSN + start + help form; an unknown BSN cannot collide meaningfully.
    const key = `${bsn}|${r.startedOn}|${HELP_FORM_NEIGHBOURHOOD_TEAM}`;
    if (problems.length === 0 && bsn !== BSN_UNKNOWN && keys.has(key)) problems.push('duplicate_key');
    if (problems.length > 0) {
      refused.push({ reference: r.reference, givenName: r.givenName, problems });
      continue;
    }
    keys.add(key);
    records.push({
      bsn,
      geboortedatum: cbsDate(r.birthDate!),
      geslacht: r.sex!,
      postcode: r.postcode!,
      verwijzer: REFERRER_NONE,
      hulpvorm: HELP_FORM_NEIGHBOURHOOD_TEAM,
      gestart_in_crisis: 'N',
      begindatum: cbsDate(r.startedOn!),
      einddatum: endedInPeriod ? cbsDate(r.closedOn!) : '',
      reden_beeindiging: endedInPeriod ? r.endingReason! : '',
      tevredenheid: endedInPeriod && r.satisfaction !== null ? String(r.satisfaction) : '',
      informant_tevredenheid:
        endedInPeriod && r.satisfactionInformant !== null ? (r.satisfactionInformant === 'youth' ? '1' : '2') : '',
      zonder_hulp_verder: endedInPeriod && r.managingWithoutHelp !== null ? r.managingWithoutHelp : '',
    });
  }
  return { records, refused };
}
