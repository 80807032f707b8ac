// A contracted provider's world for the provider view's tests: allocations in each state (current and
// waiting for a start, current with care started, ended, withdrawn), a claim with an accepted and a
// refused line, and an outgoing JW301 not yet collected. Rows are inserted directly: the message path
// has its own round-trip test; these tests are about who sees what.
import { addDays, format, parseISO } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { today } from '../platform/clock.js';
import type { DB } from '../platform/db/schema.js';
import { buildConsultant, buildContractedProvider, buildRequest } from './allocations.js';
import { buildOrganisation, buildPerson, buildUser } from './factories.js';

export const PROVIDER_BSN = '999990019';

/** Today's date in the Netherlands moved by whole days (calendar dates, no time zone involved). */
function shift(days: number): string {
  return format(addDays(parseISO(today()), days), 'yyyy-MM-dd');
}

export interface ProviderWorld {
  providerId: string;
  otherProviderId: string;
  numbers: { waiting: number; started: number; ended: number; withdrawn: number; other: number };
  messageId: string;
  otherMessageId: string;
  claimId: string;
}

export async function buildProviderWorld(db: Kysely<DB>): Promise<ProviderWorld> {
  const own = await buildContractedProvider(db);
  const consultant = await buildConsultant(db);
  const request = await buildRequest(db);
  const personId = await buildPerson(db, request.familyId, {
    givenName: 'Sanne Marie',
    familyName: 'Jansen-Test',
    birthDate: '2014-03-02',
    bsn: PROVIDER_BSN,
  });
  const otherProviderId = await buildOrganisation(db, 'care_provider');
  const decision = await db
    .insertInto('decision')
    .values({
      municipality_code: '0193',
      reference: `B-0193-T${Math.floor(Math.random() * 1e6)}`,
      family_id: request.familyId,
      person_id: personId,
      outcome: 'granted',
      motivation: 'Hulp nodig',
      decided_by: consultant.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const allocate = async (providerId: string, over: { starts: number; ends: number; status?: 'withdrawn' }) => {
    const row = await db
      .insertInto('allocation')
      .values({
        decision_id: decision.id,
        municipality_code: '0193',
        allocation_number: sql<number>`nextval('allocation_number_seq')::int`,
        person_id: personId,
        provider_id: providerId,
        contract_product_id: providerId === own.providerId ? own.contractProductId : null,
        kind: 'specific',
        category: '45',
        product_code: '45A04',
        volume: 2,
        unit: '04',
        frequency: '2',
        starts_on: shift(over.starts),
        ends_on: shift(over.ends),
        referrer_type: '01',
        expected_cost_cents: 100_000,
        budget_line_id: own.budgetLineId,
        status: over.status ?? 'active',
        ...(over.status === 'withdrawn' ? { change_reason: '13' } : {}),
      })
      .returning(['id', 'allocation_number'])
      .executeTakeFirstOrThrow();
    return row;
  };
  const waiting = await allocate(own.providerId, { starts: -5, ends: 200 });
  const started = await allocate(own.providerId, { starts: -60, ends: 100 });
  const ended = await allocate(own.providerId, { starts: -400, ends: -30 });
  const withdrawn = await allocate(own.providerId, { starts: -20, ends: -20, status: 'withdrawn' });
  const other = await allocate(otherProviderId, { starts: -5, ends: 200 });
  await db
    .insertInto('care_period')
    .values([
      { allocation_id: started.id, started_on: shift(-55) },
      { allocation_id: ended.id, started_on: shift(-390), stopped_on: shift(-30), end_reason: '31' },
    ])
    .execute();
  const message = (providerId: string, type: 'JW301' | 'JW323', direction: 'in' | 'out', id: string) =>
    db
      .insertInto('ijw_message')
      .values({
        message_type: type,
        direction,
        municipality_code: '0193',
        provider_id: providerId,
        identification: id,
        status: direction === 'out' ? 'ready' : 'processed',
        xml: '<Bericht/>',
        size_bytes: 10,
        received_via: direction === 'out' ? 'produced' : 'upload',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const out = await message(own.providerId, 'JW301', 'out', `T301-${Math.floor(Math.random() * 1e6)}`);
  const otherOut = await message(otherProviderId, 'JW301', 'out', `T301-${Math.floor(Math.random() * 1e6)}`);
  const claimMessage = await message(own.providerId, 'JW323', 'in', `T323-${Math.floor(Math.random() * 1e6)}`);
  const claim = await db
    .insertInto('claim')
    .values({
      message_id: claimMessage.id,
      provider_id: own.providerId,
      municipality_code: '0193',
      invoice_number: 'DN-TEST-1',
      invoice_date: today(),
      line_count: 2,
      claimed_cents: 200_000,
      accepted_cents: 64_000,
      rejected_lines: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const line = (reference: string, accepted: boolean, codes: string[]) => ({
    claim_id: claim.id,
    provider_id: own.providerId,
    municipality_code: '0193',
    reference,
    allocation_id: started.id,
    allocation_number: started.allocation_number,
    category: '45',
    product_code: '45A04',
    period_start: shift(-40),
    period_end: shift(-20),
    volume: accepted ? 8 : 40,
    unit: '04',
    tariff_cents: 8000,
    amount_cents: accepted ? 64_000 : 320_000,
    debit_credit: 'D' as const,
    accepted,
    return_codes: codes,
  });
  await db
    .insertInto('claim_line')
    .values([line('RN-OK-1', true, []), line('RN-BAD-1', false, ['9321'])])
    .execute();
  return {
    providerId: own.providerId,
    otherProviderId,
    numbers: {
      waiting: waiting.allocation_number,
      started: started.allocation_number,
      ended: ended.allocation_number,
      withdrawn: withdrawn.allocation_number,
      other: other.allocation_number,
    },
    messageId: out.id,
    otherMessageId: otherOut.id,
    claimId: claim.id,
  };
}

/** A provider administrator of the given organisation. */
export function buildProviderUser(db: Kysely<DB>, organisationId: string) {
  return buildUser(db, ['provider'], { organisationId });
}
