// Producing the municipality's messages after a decision: the JW301 full state for one client and one
// provider (OP087, OP033x1), and the answer to a provider's request (JW301 when granted, JW319 when
// rejected, OP274/OP346). The decisions part enqueues the jobs in its own transaction:
//   allocations.produce_jw301  { personId, providerId, municipalityCode }
//   allocations.answer_request { requestId }
import { z } from 'zod';
import { today } from '../../../platform/clock.js';
import { BsnVault } from '../../../platform/bsn.js';
import type { Tx } from '../../../platform/db/transaction.js';
import type { JobDeps, ModuleJobs } from '../../../platform/module.js';
import { parseIjwTree, produceIjwMessage } from '../ijw/codec.js';
import { jw301Content, jw319Content, type Jw301ClientData, type Jw301Product } from '../ijw/messages/outgoing.js';
import { allocationFingerprint, OP087, type AllocatedProduct } from '../ijw/rules/allocation-rules.js';
import type { Jw301ToegewezenProduct } from '../ijw/types.generated.js';
import { toAllocatedProduct } from './claims.js';
import { dateText } from './handler-context.js';
import { messageBoxTransport, type MessageTransport, newIdentification } from './transport.js';

export interface ProduceDeps {
  transport: MessageTransport;
  openBsn: (sealed: string) => string;
}

/** The allocation as it travelled in an earlier JW301 (for OP087's "changed since the last message"). */
function fromToegewezenProduct(p: Jw301ToegewezenProduct): AllocatedProduct {
  return {
    number: p.ToewijzingNummer,
    category: p.Product?.Categorie ?? null,
    productCode: p.Product?.Code ?? null,
    start: p.Ingangsdatum,
    end: p.Einddatum ?? null,
    changeReason: p.RedenWijziging ?? null,
    allocatedAt: `${p.Toewijzingsdatum}T${p.Toewijzingstijd}`,
    volume: p.Omvang
      ? { amount: Number(p.Omvang.Volume), unit: p.Omvang.Eenheid, frequency: p.Omvang.Frequentie }
      : null,
    budgetCents: p.Budget === undefined ? null : Number(p.Budget),
  };
}

/** How far back we look for the previous JW301 of this client among messages from before person_id (021). */
const PREVIOUS_SCAN = 200;

async function lastSentFingerprints(
  trx: Tx,
  q: { providerId: string; municipalityCode: string; personId: string },
  bsn: string,
) {
  const messages = () =>
    trx
      .selectFrom('ijw_message')
      .select('xml')
      .where('provider_id', '=', q.providerId)
      .where('municipality_code', '=', q.municipalityCode)
      .where('direction', '=', 'out')
      .where('message_type', '=', 'JW301');
  // The client's own last JW301 by its person_id (one row, indexed); older messages have none and are scanned.
  const own = await messages().where('person_id', '=', q.personId).orderBy('created_at', 'desc').limit(1).execute();
  const recent = own.length
    ? own
    : await messages().where('person_id', 'is', null).orderBy('created_at', 'desc').limit(PREVIOUS_SCAN).execute();
  for (const m of recent) {
    const tree = parseIjwTree('JW301', m.xml);
    if (tree.Client.Bsn !== bsn) continue;
    return new Map(
      tree.Client.ToegewezenProducten.ToegewezenProduct.map((p) => [
        p.ToewijzingNummer,
        allocationFingerprint(fromToegewezenProduct(p)),
      ]),
    );
  }
  return new Map<string, string>();
}

/**
 * OP087: the JW301 for one client and one provider, put in the provider's box. Returns the message id,
 * or null when there is nothing to send (no current and no changed allocation).
 */
export async function produceJw301ForClient(
  trx: Tx,
  deps: ProduceDeps,
  a: { personId: string; providerId: string; municipalityCode: string; answersMessageId?: string | null },
): Promise<string | null> {
  const person = await trx
    .selectFrom('person')
    .innerJoin('family', 'family.id', 'person.family_id')
    .select([
      'person.bsn_enc',
      'person.birth_date',
      'person.given_name',
      'person.family_name',
      'family.postcode',
      'family.house_number',
    ])
    .where('person.id', '=', a.personId)
    .executeTakeFirstOrThrow();
  if (!person.bsn_enc || !person.birth_date) throw new Error("a JW301 needs the client's BSN and birth date");
  const provider = await trx
    .selectFrom('organisation')
    .select('agb_code')
    .where('id', '=', a.providerId)
    .executeTakeFirstOrThrow();
  if (!provider.agb_code) throw new Error('a JW301 goes to a provider with an AGB code');
  const bsn = deps.openBsn(person.bsn_enc);
  const rows = await trx
    .selectFrom('allocation')
    .selectAll()
    .where('person_id', '=', a.personId)
    .where('provider_id', '=', a.providerId)
    .where('municipality_code', '=', a.municipalityCode)
    .execute();
  const date = today();
  const selection = OP087(rows.map(toAllocatedProduct), date, await lastSentFingerprints(trx, a, bsn));
  if (selection.length === 0) return null;
  const number = /^([1-9][0-9]{0,4})/.exec(person.house_number ?? '')?.[1];
  const client: Jw301ClientData = {
    Bsn: bsn,
    Geboortedatum: { Datum: dateText(person.birth_date) },
    Geslacht: '0',
    Naam: {
      Geslachtsnaam: { Achternaam: person.family_name.slice(0, 200) },
      Voornamen: person.given_name.slice(0, 200),
      NaamGebruik: '1',
    },
    Contactgegevens: {
      Contact: [
        {
          Soort: '01',
          Adres: {
            ...(number ? { Huis: { Huisnummer: number } } : {}),
            ...(person.postcode ? { Postcode: person.postcode } : {}),
          },
        },
      ],
    },
  };
  const env = { from: a.municipalityCode, to: provider.agb_code, id: newIdentification(), date };
  const xml = await produceIjwMessage('JW301', jw301Content(env, client, selection as Jw301Product[]));
  return deps.transport.send(trx, {
    code: 'JW301',
    municipalityCode: a.municipalityCode,
    providerId: a.providerId,
    identification: env.id,
    xml,
    answersMessageId: a.answersMessageId ?? null,
    personId: a.personId,
  });
}

/** JW319 rejecting a provider's request (WJ759 reason), answering its JW315/JW317. */
export async function produceJw319ForRequest(trx: Tx, deps: ProduceDeps, requestId: string): Promise<string | null> {
  const r = await trx
    .selectFrom('allocation_request')
    .innerJoin('organisation', 'organisation.id', 'allocation_request.provider_id')
    .select([
      'allocation_request.status',
      'allocation_request.person_id',
      'allocation_request.provider_id',
      'allocation_request.municipality_code',
      'allocation_request.message_id',
      'allocation_request.request_reference',
      'allocation_request.rejection_reason',
      'organisation.agb_code',
    ])
    .where('allocation_request.id', '=', requestId)
    .executeTakeFirstOrThrow();
  if (!r.provider_id || !r.agb_code || !r.request_reference) return null;
  if (r.status === 'granted') {
    return produceJw301ForClient(trx, deps, {
      personId: r.person_id,
      providerId: r.provider_id,
      municipalityCode: r.municipality_code,
      answersMessageId: r.message_id,
    });
  }
  if (r.status !== 'rejected' || !r.rejection_reason) return null;
  const env = { from: r.municipality_code, to: r.agb_code, id: newIdentification(), date: today() };
  const xml = await produceIjwMessage(
    'JW319',
    jw319Content(env, r.request_reference, { answer: 'rejected', rejectionReason: r.rejection_reason.trim() }),
  );
  return deps.transport.send(trx, {
    code: 'JW319',
    municipalityCode: r.municipality_code,
    providerId: r.provider_id,
    identification: env.id,
    xml,
    answersMessageId: r.message_id,
  });
}

const Jw301Job = z.object({ personId: z.uuid(), providerId: z.uuid(), municipalityCode: z.string().length(4) });
const AnswerJob = z.object({ requestId: z.uuid() });

export function produceJobs({ config }: JobDeps): ModuleJobs {
  const vault = new BsnVault(config.appSecret);
  const deps: ProduceDeps = { transport: messageBoxTransport, openBsn: (s) => vault.open(s) };
  return {
    handlers: {
      'allocations.produce_jw301': async (payload, { trx }) => {
        await produceJw301ForClient(trx, deps, Jw301Job.parse(payload));
      },
      'allocations.answer_request': async (payload, { trx }) => {
        await produceJw319ForRequest(trx, deps, AnswerJob.parse(payload).requestId);
      },
    },
  };
}
