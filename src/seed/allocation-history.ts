// The demo's care allocation history, replayed through the real services in time order (not table
// inserts): requests from the plan (createAllocationRequest) and from providers (JW315 through
// receiveMessage), the consultant's decisions (decideRequest, with the budget check), the JW301 for
// each (the producer the job would run), starts (JW305), monthly claims (JW323 → JW325, a few lines
// breaking TR321/TR346/TR387), stops with their JZ588 reason (JW307), placements in the education-care
// class and requests still waiting for an answer. Each step runs at its own moment (clock-scope.ts);
// XSD validation is batched per message kind. DEMO_ALLOCATIONS=full|small sets the size.
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { MODULES } from '../modules/index.js';
import { registerPolicies } from '../platform/access/policy.js';
import { decideRequest, ANSWER_REQUEST, PRODUCE_JW301 } from '../modules/allocations/decisions/decide.js';
import { createAllocationRequest } from '../modules/allocations/decisions/requests.js';
import { produceJw301ForClient, produceJw319ForRequest } from '../modules/allocations/exchange/produce.js';
import { receiveMessage } from '../modules/allocations/exchange/receive.js';
import { messageBoxTransport, withIdentifications } from '../modules/allocations/exchange/transport.js';
import { withBatchedXsdValidation } from '../modules/allocations/ijw/xsd.js';
import type { Actor } from '../platform/access/actor.js';
import { BsnVault } from '../platform/bsn.js';
import { runAt } from '../platform/clock-scope.js';
import type { DB } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { DECISIONS, type DemoAllocations, isoDay, type Planned, planHistory } from './allocation-plan.js';
import { claimEvents, openRequestEvents, placements, sizeBudgets } from './allocation-events.js';
import { loadProducts, loadYouths } from './allocation-sources.js';
import { requestXml, startXml, stopXml } from './provider-messages.js';
import type { SeedWorld, Step } from './allocation-world.js';

export interface HistoryOptions {
  appSecret: string;
  today: Date;
  size: DemoAllocations;
  progress?: (line: string) => void;
}

/** The seed's own transaction as a database whose transaction() runs the work inside it (services open one). */
function sameTransaction(trx: Tx): Kysely<DB> {
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => ({ execute: <T>(work: (t: Tx) => Promise<T>) => work(target) });
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function loadActors(trx: Tx) {
  const users = await trx
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .select(['u.id', 'u.username', 'u.roles', 'u.home_organisation_id', 'o.municipality_code'])
    .execute();
  const actors = new Map<string, Actor>();
  const consultantOf = new Map<string, Actor>();
  for (const u of users) {
    const actor: Actor = {
      userId: u.id,
      username: u.username,
      roles: u.roles,
      organisationId: u.home_organisation_id,
      sessionId: null,
    };
    actors.set(u.id, actor);
    if (u.username.endsWith('.consulent') && u.municipality_code) consultantOf.set(u.municipality_code, actor);
  }
  const demo = users.find((u) => u.username === 'demo.consultant');
  if (demo) consultantOf.set('0193', actors.get(demo.id) as Actor);
  return { actors, consultantOf };
}

export async function seedAllocationHistory(trx: Tx, opts: HistoryOptions): Promise<{ decisions: number }> {
  const started = Date.now();
  // The services decide access by the modules' policies, as in the app (registering twice is harmless).
  registerPolicies(MODULES.flatMap((m) => m.policies ?? []));
  const vault = new BsnVault(opts.appSecret);
  const deps = { transport: messageBoxTransport, bsnIndex: (bsn: string) => vault.index(bsn) };
  const produceDeps = { transport: messageBoxTransport, openBsn: (s: string) => vault.open(s) };
  const config = { appSecret: opts.appSecret, env: 'development' } as Config;
  const db = sameTransaction(trx);
  let n = 0;
  const { actors, consultantOf } = await loadActors(trx);
  const world: SeedWorld = {
    trx,
    vault,
    ctx: (actor) => ({ requestId: `seed-${n}`, actor, db, config }),
    actors,
    consultantOf,
    id: () => `S${String((n += 1)).padStart(11, '0')}`,
  };
  const youths = await loadYouths(trx, vault);
  const products = await loadProducts(trx);
  const count = DECISIONS[opts.size];
  const arrangement = await trx
    .selectFrom('care_arrangement')
    .select('id')
    .where('municipality_code', '=', '0193')
    .orderBy('created_at')
    .executeTakeFirst();
  const placed = arrangement ? placements(youths, products, opts.today, arrangement.id) : [];
  const planned = [...planHistory(youths, products, opts.today, count - placed.length), ...placed];
  await sizeBudgets(trx, planned);

  const steps: Step[] = [];
  for (const p of planned) steps.push(...allocationSteps(world, p, deps, produceDeps));
  steps.push(...claimEvents(world, planned, opts.today, deps));
  steps.push(...openRequestEvents(world, planned, youths, products, opts.today, deps));
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());

  const report = opts.progress ?? (() => undefined);
  const timings = new Map<string, [number, number]>();
  report(`Care allocation history (${opts.size}): ${planned.length} decisions, ${steps.length} steps…`);
  const { validated } = await withIdentifications(world.id, () =>
    withBatchedXsdValidation(async () => {
      for (const [i, step] of steps.entries()) {
        const t0 = performance.now();
        await runAt(step.at, step.run);
        const spent = timings.get(step.label) ?? [0, 0];
        timings.set(step.label, [spent[0] + 1, spent[1] + performance.now() - t0]);
        if ((i + 1) % Math.ceil(steps.length / 10) === 0)
          report(`  ${Math.round(((i + 1) / steps.length) * 100)} % (${isoDay(step.at)})`);
      }
    }),
  );
  // The jobs the decisions enqueued were run above, step by step; outgoing messages older than two
  // weeks were collected by the providers long ago.
  await trx.deleteFrom('job').where('kind', 'in', [PRODUCE_JW301, ANSWER_REQUEST]).execute();
  const collectedBefore = new Date(opts.today.getTime() - 14 * 86_400_000);
  await trx
    .updateTable('ijw_message')
    .set((eb) => ({ status: 'collected', collected_at: eb.ref('created_at') }))
    .where('direction', '=', 'out')
    .where('status', '=', 'ready')
    .where('created_at', '<', collectedBefore)
    .execute();
  if (process.env.SEED_TIMINGS)
    for (const [label, [count, ms]] of timings) report(`  ${label}: ${count} × ${(ms / count).toFixed(1)} ms`);
  report(
    `Care allocation history loaded: ${planned.length} decisions, ${validated} messages validated, ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return { decisions: planned.length };
}

type Deps = Parameters<typeof receiveMessage>[1];
type ProduceDeps = Parameters<typeof produceJw301ForClient>[1];

/** Request, decision and JW301, start (JW305) and stop (JW307) of one planned allocation. */
function allocationSteps(w: SeedWorld, p: Planned, deps: Deps, produceDeps: ProduceDeps): Step[] {
  const { trx } = w;
  const y = p.youth;
  const provider = { providerId: p.product.providerId, via: 'seed' as const, userId: null };
  const envelope = (at: Date) => ({ agb: p.product.agb, municipality: y.municipality, id: w.id(), date: isoDay(at) });
  const product = () => ({
    allocationNumber: p.allocationNumber as number,
    category: p.product.category,
    productCode: p.product.productCode,
    startsOn: p.startsOn,
  });
  let requestId = '';
  const steps: Step[] = [
    {
      at: p.requestAt,
      label: 'request',
      run: async () => {
        if (p.source === 'plan') {
          const regisseur = w.actors.get(y.regisseurId ?? '');
          if (!regisseur) throw new Error('the regisseur of a planned request is missing');
          const r = await createAllocationRequest(w.ctx(regisseur), y.familyId, {
            personId: y.personId,
            question: 'Specialistische hulp zoals in het gezinsplan afgesproken.',
            category: p.product.category,
            planActionKey: `action-history-${p.index}`,
          });
          requestId = r.id;
        } else {
          const xml = requestXml(envelope(p.requestAt), y.client, {
            reference: `VZ-${p.index}`,
            category: p.product.category,
            productCode: p.product.productCode,
            startsOn: p.startsOn,
            endsOn: p.endsOn,
            volume: p.volume,
            unit: p.product.unit,
            frequency: p.frequency,
          });
          const received = await receiveMessage(trx, deps, provider, xml);
          const row = await trx
            .selectFrom('allocation_request')
            .select('id')
            .where('message_id', '=', received.id)
            .executeTakeFirstOrThrow();
          requestId = row.id;
        }
      },
    },
    {
      at: p.decideAt,
      label: 'decision',
      run: async () => {
        const consultant = w.consultantOf.get(y.municipality);
        if (!consultant) throw new Error(`no consultant for ${y.municipality}`);
        const decision = await decideRequest(w.ctx(consultant), requestId, {
          outcome: 'granted',
          motivation: 'De hulp past bij de vraag en het plan van het gezin.',
          overBudgetReason: 'De hulp is nodig; uitstellen maakt de problemen groter.',
          products: [
            {
              kind: 'specific',
              providerId: p.product.providerId,
              category: p.product.category,
              productCode: p.product.productCode,
              volume: p.volume,
              unit: p.product.unit,
              frequency: p.frequency as '1' | '2' | '4' | '6',
              startsOn: p.startsOn,
              endsOn: p.endsOn,
              ...(p.source === 'plan'
                ? { referrerType: '01' as const }
                : { referrerType: '02' as const, referrerAgb: '01123456' }),
              ...(p.arrangementId ? { arrangementId: p.arrangementId } : {}),
            },
          ],
        });
        const allocation = await trx
          .selectFrom('allocation')
          .select('allocation_number')
          .where('decision_id', '=', decision.id)
          .executeTakeFirstOrThrow();
        p.allocationNumber = allocation.allocation_number;
        if (p.source === 'plan')
          await produceJw301ForClient(trx, produceDeps, {
            personId: y.personId,
            providerId: p.product.providerId,
            municipalityCode: y.municipality,
          });
        else await produceJw319ForRequest(trx, produceDeps, requestId);
      },
    },
  ];
  const care = p.care;
  if (care) {
    steps.push({
      at: care.startAt,
      label: 'start',
      run: async () => {
        await receiveMessage(
          trx,
          deps,
          provider,
          startXml(envelope(care.startAt), y.client, product(), care.startedOn),
        );
      },
    });
    const stop = care.stop;
    if (stop)
      steps.push({
        at: stop.at,
        label: 'stop',
        run: async () => {
          const xml = stopXml(envelope(stop.at), y.client, product(), {
            startedOn: care.startedOn,
            stoppedOn: stop.on,
            reason: stop.reason,
          });
          await receiveMessage(trx, deps, provider, xml);
        },
      });
  }
  return steps;
}
