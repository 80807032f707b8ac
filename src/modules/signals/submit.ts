// submitSignals: the one way a signal enters the system — the web form, the CSV import and the
// partner API all call it inside their own (already authorized and audited) transaction. It checks
// each signal against the partner's allowed categories and the region's postcodes, makes it
// idempotent, routes it, computes its triage deadline and stores all accepted ones in bulk.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { BsnVault } from '../../platform/bsn.js';
import type { SignalCategory, SignalChannel } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { ValidationError, type FieldError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import { categoriesFor, isArrears } from './categories.js';
import { routeSignals, type Address } from './routing.js';
import type { NewSignal } from './schemas.js';
import { today as dutchDate } from '../../platform/clock.js';
import { addWorkingDays } from '../../platform/working-days.js';

/**
 * Who submits. A signaller logged in to the web app has a `userId`; a partner organisation calling
 * the partner API with its API key has no user behind the call: `userId` is null and `apiKeyId`
 * names the key (the database requires one of the two). The organisation is always known: it
 * decides which categories may be signalled, and a signaller sees its own organisation's signals.
 */
export interface SignalSubmitter {
  organisationId: string;
  userId: string | null;
  apiKeyId: string | null;
  channel: SignalChannel;
}

export interface SubmitOptions {
  /** Encrypts the BSN and makes its keyed hash (new BsnVault(config.appSecret)). */
  vault: BsnVault;
  /** The clock (tests); now by default. */
  now?: Date;
  /** The CSV batch these signals come from, and each input's line in that file. */
  batchId?: string;
  lines?: readonly number[];
}

export interface SubmittedSignal {
  status: 'accepted' | 'duplicate' | 'rejected';
  signalId: string | null;
  reference: string | null;
  errors: FieldError[];
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newReference = () =>
  `S-${[...randomBytes(10)].map((b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('')}`;
const INSERT_CHUNK = 1000;
const MIN_ARREARS_DAYS = 30;

/** The period that makes a signal "the same one again": the arrears episode (its start), or the month of a concern. */
function period(s: NewSignal, signalDate: string): string {
  return isArrears(s.category) ? `since:${s.arrearsSince ?? ''}` : `month:${signalDate.slice(0, 7)}`;
}

function identity(s: NewSignal, bsnHash: string | null): string {
  return bsnHash
    ? `bsn:${bsnHash}`
    : `name:${(s.givenName ?? '').toLowerCase()}|${(s.familyName ?? '').toLowerCase()}|${s.birthDate ?? ''}`;
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

function checkRules(s: NewSignal, allowed: readonly SignalCategory[], signalDate: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!allowed.includes(s.category)) errors.push({ path: 'category', message: 'category_not_allowed' });
  if (signalDate > today) errors.push({ path: 'signalDate', message: 'in_future' });
  if (s.birthDate && s.birthDate > today) errors.push({ path: 'birthDate', message: 'in_future' });
  if (s.arrearsSince) {
    if (s.arrearsSince > signalDate) errors.push({ path: 'arrearsSince', message: 'after_signal_date' });
    else if (daysBetween(s.arrearsSince, signalDate) < MIN_ARREARS_DAYS)
      errors.push({ path: 'arrearsSince', message: 'arrears_too_recent' });
  }
  return errors;
}

async function postcodeAreas(trx: Tx, postcodes: string[]): Promise<Map<string, Address>> {
  const found = new Map<string, Address>();
  for (let i = 0; i < postcodes.length; i += 5000) {
    const rows = await trx
      .selectFrom('postcode_area')
      .select(['postcode', 'municipality_code', 'neighbourhood_code'])
      .where(sql<boolean>`postcode = ANY(${postcodes.slice(i, i + 5000)}::bpchar[])`)
      .execute();
    for (const r of rows)
      found.set(r.postcode, {
        postcode: r.postcode,
        municipalityCode: r.municipality_code,
        neighbourhoodCode: r.neighbourhood_code,
      });
  }
  return found;
}

async function slaDays(trx: Tx): Promise<(category: SignalCategory) => number> {
  const rows = await trx.selectFrom('signal_sla').select(['category', 'working_days']).execute();
  const days = new Map<string, number>(rows.map((r) => [r.category, r.working_days]));
  return (category) => days.get(category) ?? days.get('default') ?? 3;
}

export async function submitSignals(
  trx: Tx,
  submitter: SignalSubmitter,
  inputs: readonly NewSignal[],
  options: SubmitOptions,
): Promise<SubmittedSignal[]> {
  const org = await trx
    .selectFrom('organisation')
    .select('type')
    .where('id', '=', submitter.organisationId)
    .executeTakeFirst();
  if (!org) throw new ValidationError('unknown_reference', { detail: 'No such organisation.' });
  if (!submitter.userId && !submitter.apiKeyId) throw new Error('a signal needs a submitting user or API key');
  const { vault } = options;
  const now = options.now ?? new Date();
  const today = dutchDate(now);
  const allowed = categoriesFor(org.type);
  const results: SubmittedSignal[] = inputs.map(() => ({
    status: 'rejected',
    signalId: null,
    reference: null,
    errors: [],
  }));

  const normalised = inputs.map((s) => ({ ...s, postcode: s.postcode.replace(/\s/g, '').toUpperCase() }));
  const areas = await postcodeAreas(trx, [...new Set(normalised.map((s) => s.postcode))]);
  const candidates: Array<{
    index: number;
    s: NewSignal;
    address: Address;
    bsnHash: string | null;
    signalDate: string;
    key: string;
  }> = [];
  const seenKeys = new Set<string>();
  normalised.forEach((s, index) => {
    const signalDate = s.signalDate ?? today;
    const errors = checkRules(s, allowed, signalDate, today);
    const address = areas.get(s.postcode);
    if (!address) errors.push({ path: 'postcode', message: 'postcode_unknown' });
    const result = results[index] as SubmittedSignal;
    if (errors.length > 0 || !address) {
      result.errors = errors;
      return;
    }
    const bsnHash = s.bsn ? vault.index(s.bsn) : null;
    const key = vault.index(
      `signal|${submitter.organisationId}|${identity(s, bsnHash)}|${s.category}|${period(s, signalDate)}`,
    );
    if (seenKeys.has(key)) {
      result.status = 'duplicate';
      return;
    }
    seenKeys.add(key);
    candidates.push({ index, s, address, bsnHash, signalDate, key });
  });

  // Already stored (a re-uploaded list): answered as duplicates without routing or encrypting again.
  // The insert's ON CONFLICT still covers a concurrent submission of the same signal.
  const existing = new Set<string>();
  for (let i = 0; i < candidates.length; i += 5000) {
    const rows = await trx
      .selectFrom('signal')
      .select('idempotency_key')
      .where('organisation_id', '=', submitter.organisationId)
      .where(sql<boolean>`idempotency_key = ANY(${candidates.slice(i, i + 5000).map((c) => c.key)}::bpchar[])`)
      .execute();
    for (const r of rows) existing.add(r.idempotency_key);
  }
  if (existing.size > 0) {
    for (const c of candidates) if (existing.has(c.key)) (results[c.index] as SubmittedSignal).status = 'duplicate';
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !existing.has(c.key)));
  }

  const routes = await routeSignals(
    trx,
    candidates.map((c) => ({
      bsnHash: c.bsnHash,
      givenName: c.s.givenName ?? null,
      familyName: c.s.familyName ?? null,
      birthDate: c.s.birthDate ?? null,
      address: c.address,
    })),
  );
  const daysFor = await slaDays(trx);
  // The deadline depends only on the category (all inputs arrive today): computed once per category.
  const dueOn = new Map<SignalCategory, string>();
  const dueFor = (category: SignalCategory) => {
    let due = dueOn.get(category);
    if (!due) dueOn.set(category, (due = addWorkingDays(today, daysFor(category))));
    return due;
  };
  const rows = candidates.flatMap((c, i) => {
    const route = routes[i];
    if (!route) {
      (results[c.index] as SubmittedSignal).errors = [{ path: 'postcode', message: 'no_team_for_address' }];
      return [];
    }
    return [
      {
        index: c.index,
        row: {
          reference: newReference(),
          organisation_id: submitter.organisationId,
          submitted_by: submitter.userId,
          api_key_id: submitter.apiKeyId,
          channel: submitter.channel,
          batch_id: options.batchId ?? null,
          batch_line: options.lines?.[c.index] ?? null,
          idempotency_key: c.key,
          category: c.s.category,
          urgency: c.s.urgency,
          bsn_enc: c.s.bsn ? vault.seal(c.s.bsn) : null,
          bsn_hash: c.bsnHash,
          given_name: c.s.givenName ?? null,
          family_name: c.s.familyName ?? null,
          birth_date: c.s.birthDate ?? null,
          postcode: c.address.postcode,
          house_number: c.s.houseNumber,
          municipality_code: c.address.municipalityCode,
          neighbourhood_code: c.address.neighbourhoodCode,
          amount_cents: c.s.amountCents ?? null,
          arrears_since: c.s.arrearsSince ?? null,
          note: c.s.note ?? null,
          signal_date: c.signalDate,
          received_at: now,
          routed_to: route.routedTo,
          team_id: route.teamId,
          family_id: route.familyId,
          regisseur_id: route.regisseurId,
          triage_due_on: dueFor(c.s.category),
        },
      },
    ];
  });

  const regisseurs = new Map<string, string>();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const part = rows.slice(i, i + INSERT_CHUNK);
    const inserted = await trx
      .insertInto('signal')
      .values(part.map((p) => p.row))
      .onConflict((oc) => oc.columns(['organisation_id', 'idempotency_key']).doNothing())
      .returning(['id', 'reference', 'idempotency_key', 'regisseur_id'])
      .execute();
    const byKey = new Map(inserted.map((r) => [r.idempotency_key, r]));
    for (const p of part) {
      const result = results[p.index] as SubmittedSignal;
      const row = byKey.get(p.row.idempotency_key);
      if (!row) {
        result.status = 'duplicate';
        continue;
      }
      Object.assign(result, { status: 'accepted', signalId: row.id, reference: row.reference });
      if (row.regisseur_id && !regisseurs.has(row.regisseur_id)) regisseurs.set(row.regisseur_id, row.id);
    }
  }
  // The regisseur hears of it in the inbox (content-free: a kind and a link), once per submission.
  for (const [userId, signalId] of regisseurs) await notify(trx, userId, 'signal_routed', `/signals/${signalId}`);
  return results;
}
