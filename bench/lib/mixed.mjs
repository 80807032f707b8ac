// The mixed workload of a neighbourhood team (issue 16), as one autocannon `requests` cycle per
// connection: mostly reads (dossier, caseload, plan, timeline, triage queue), a plan save and a
// signal arriving from a housing corporation. Each connection saves the plan of its own family, with
// the version the previous save returned, so saves do not conflict with each other.
// With `triage` (the soak), the team also works its queue as a team does: one of the two queue reads
// looks at the newest open signals, and a triage decision per cycle takes one that arrived in an
// earlier cycle off the queue — so the open backlog stays what the demo's team has, instead of
// growing by one signal per cycle for as long as the run lasts.
import { getJson } from './http.mjs';

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** Synthetic BSNs (elfproef, 99 test range) from a start far from the demo seed's and the other sections'. */
function bsnSource(start) {
  let k = start;
  return () => {
    for (;;) {
      const digits = [
        9,
        9,
        ...String(k++ % 1_000_000)
          .padStart(6, '0')
          .split('')
          .map(Number),
      ];
      const last = digits.reduce((acc, d, i) => acc + d * (9 - i), 0) % 11;
      if (last <= 9) return [...digits, last].join('');
    }
  };
}

/** Which requests, how often, in one cycle of 12: 10 reads, 1 plan save, 1 signal. */
export const MIX = 'dossier ×3, caseload ×2, plan read ×2, timeline ×1, triage queue ×2, plan save ×1, signal ×1';
/** The same with the team triaging (13 a cycle). */
export const MIX_WITH_TRIAGE =
  'dossier ×3, caseload ×2, plan read ×2, timeline ×1, triage queue ×2 (by priority, newest first), plan save ×1, signal ×1, triage decision ×1';

export async function mixedScenario(ctx, { connections = 10, triage = false } = {}) {
  const pro = await ctx.loginAs('demo.professional');
  const signaller = await ctx.loginAs('demo.signaller');
  const caseload = await getJson(ctx.baseUrl, '/api/me/caseload', pro.cookie);
  const planned = caseload.items.filter((i) => i.myRole === 'regisseur' && i.planVersion !== null);
  if (planned.length === 0) throw new Error('mixed workload: demo.professional has no family with a plan');
  const { teams } = await getJson(ctx.baseUrl, '/api/signals/queues', pro.cookie);
  const teamId = teams[0]?.id;
  if (!teamId) throw new Error('mixed workload: demo.professional has no triage queue');
  const plans = new Map();
  const readPlans = async () => {
    for (const f of planned) {
      const plan = await getJson(ctx.baseUrl, `/api/families/${f.familyId}/plan`, pro.cookie);
      plans.set(f.familyId, { ...plan, version: plan.current.version });
    }
  };
  const read = { cookie: pro.cookie };
  const write = { cookie: pro.cookie, 'x-csrf-token': pro.csrfToken, 'content-type': 'application/json' };
  const nextBsn = bsnSource(400_000 + Math.floor(Math.random() * 100_000));
  // The team's side (with `triage`): references of the signals this run sent, the ids the queue showed
  // for them (to triage, oldest first), and what became of the decisions.
  const arrived = new Set();
  const toTriage = [];
  const triageStats = { decided: 0, failed: 0, nothingYet: 0 };
  const newestOpen = `/api/signals/queue?teamId=${teamId}&state=open&sort=received_desc`;
  let connectionNo = 0;
  const familyOf = (context) => {
    context.familyId ??= planned[connectionNo++ % planned.length].familyId;
    return context.familyId;
  };
  const get = (name, path) => ({
    method: 'GET',
    headers: read,
    setupRequest: (req, context) => ({ ...req, path: path(familyOf(context)) }),
  });
  // Reads a newest-first page of the open queue and queues this run's signals on it for a decision,
  // oldest first, so each waits about a cycle, as it would for a team's next look. A body without items is
  // skipped and counted, not thrown (see `unreadQueue` in the soak's report).
  const harvest = (status, body) => {
    if (status !== 200) return;
    let items;
    try {
      items = JSON.parse(body).items;
    } catch {
      items = undefined;
    }
    if (!Array.isArray(items)) {
      triageStats.unreadQueue = (triageStats.unreadQueue ?? 0) + 1;
      return;
    }
    for (const item of items.toReversed()) {
      if (!arrived.delete(item.reference)) continue;
      toTriage.push(item.id);
    }
  };
  const requests = [
    get('dossier', (f) => `/api/families/${f}`),
    get('caseload', () => '/api/me/caseload'),
    get('plan read', (f) => `/api/families/${f}/plan`),
    get('dossier', (f) => `/api/families/${f}`),
    get('triage', () => `/api/signals/queue?teamId=${teamId}&state=open`),
    {
      method: 'PUT',
      headers: write,
      setupRequest: (req, context) => {
        const f = familyOf(context);
        const plan = plans.get(f);
        return {
          ...req,
          path: `/api/families/${f}/plan`,
          body: JSON.stringify({
            baseVersion: plan.version,
            content: plan.current.content,
            note: 'Bijgewerkt (bench)',
          }),
        };
      },
      // One version per family, shared by the connections that save it (fewer families than connections).
      onResponse: (status, body, context) => {
        if (status !== 200) return;
        // The saved version (a save answered without the plan view keeps the last one: a 409 shows it).
        const saved = JSON.parse(body);
        const version = saved.current?.version ?? saved.version;
        if (version !== undefined) plans.get(familyOf(context)).version = version;
      },
    },
    get('timeline', (f) => `/api/families/${f}/timeline`),
    get('dossier', (f) => `/api/families/${f}`),
    get('caseload', () => '/api/me/caseload'),
    get('plan read', (f) => `/api/families/${f}/plan`),
    triage
      ? {
          ...get('triage (newest first)', () => newestOpen),
          onResponse: harvest,
        }
      : get('triage', () => `/api/signals/queue?teamId=${teamId}&state=open`),
    {
      method: 'POST',
      path: '/api/signals',
      headers: { cookie: signaller.cookie, 'x-csrf-token': signaller.csrfToken, 'content-type': 'application/json' },
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({
          bsn: nextBsn(),
          postcode: '8011AB',
          houseNumber: '12',
          category: 'rent_arrears',
          amountCents: 98_000,
          arrearsSince: iso(Date.now() - 70 * DAY),
          signalDate: iso(Date.now() - DAY),
        }),
      }),
      onResponse: (status, body) => {
        if (status === 201) arrived.add(JSON.parse(body).reference);
      },
    },
    ...(triage
      ? [
          {
            method: 'POST',
            headers: write,
            // A decision on a signal an earlier cycle sent (never skipped: a falsy setup would restart the
            // cycle and reset the connection's family). With none waiting, one more newest-first look at the
            // queue instead, with a GET's headers: a JSON content type on a request without a body is a 400,
            // and the server closes that connection, which put autocannon's answers out of step with its
            // requests (the queue handler got other requests' bodies; issue 16's 20-minute soak).
            setupRequest: (req, context) => {
              const id = toTriage.shift();
              context.triaging = id;
              if (!id) {
                triageStats.nothingYet++;
                return { ...req, method: 'GET', path: newestOpen, headers: read, body: undefined };
              }
              return {
                ...req,
                method: 'POST',
                path: `/api/signals/${id}/triage`,
                headers: write,
                body: JSON.stringify({ outcome: 'no_action', reason: 'Al in beeld bij de schuldhulp (soak).' }),
              };
            },
            onResponse: (status, body, context) => {
              if (!context.triaging) return harvest(status, body);
              if (status === 200) triageStats.decided++;
              else triageStats.failed++;
            },
          },
        ]
      : []),
  ];
  // Which kind of request the latest answer was for (the soak's per-kind latencies): autocannon calls a
  // request's onResponse and then emits 'response' for the same answer, synchronously, on one connection.
  const KINDS = [
    'dossier',
    'caseload',
    'plan read',
    'dossier',
    'triage queue',
    'plan save',
    'timeline',
    'dossier',
    'caseload',
    'plan read',
    'triage queue',
    'signal',
    'triage decision',
  ];
  const answered = { kind: null };
  requests.forEach((request, i) => {
    const own = request.onResponse;
    request.onResponse = (status, body, context, headers) => {
      answered.kind = KINDS[i] === 'triage decision' && !context.triaging ? 'triage queue' : KINDS[i];
      return own?.(status, body, context, headers);
    };
  });
  const first = planned[0].familyId;
  return {
    name: 'mixed workload',
    /** The kind of request the answer autocannon reports next belongs to (see `answered` above). */
    answeredKind: () => answered.kind,
    shownMethod: 'cycle of 12:',
    shownPath: 'see below',
    path: `/api/families/${first}`, // the preflight; the run cycles through `requests`
    headers: read,
    requests,
    connections,
    mix: triage ? MIX_WITH_TRIAGE : MIX,
    triageStats,
    /** Signals sent that the team has not yet seen in its queue (with `triage`). */
    backlog: () => arrived.size + toTriage.length,
    familyId: first,
    pro,
    prepare: readPlans, // the versions as they are when this scenario starts (earlier runs save plans too)
  };
}

/**
 * Plan save (`PUT /api/families/:id/plan`) on its own: each connection saves the plan of one of
 * demo.professional's families (as regisseur), carrying the version the previous save of that family
 * returned, and changes one action's status (or a strength's wording) each time, so every save is a
 * real new version. With fewer such families than connections, connections share a family and a
 * concurrent save answers 409 (shown as non-2xx); the version is re-read after a 409.
 */
export async function planSaveScenario(ctx, { connections = 10 } = {}) {
  const pro = await ctx.loginAs('demo.professional');
  const caseload = await getJson(ctx.baseUrl, '/api/me/caseload', pro.cookie);
  const planned = caseload.items.filter((i) => i.myRole === 'regisseur' && i.planVersion !== null);
  if (planned.length === 0) throw new Error('plan save: demo.professional has no family with a plan');
  const plans = new Map();
  const readPlan = async (familyId) => {
    const plan = await getJson(ctx.baseUrl, `/api/families/${familyId}/plan`, pro.cookie);
    plans.set(familyId, { version: plan.current.version, content: plan.current.content, stale: false });
  };
  let connectionNo = 0;
  const familyOf = (context) => {
    context.familyId ??= planned[connectionNo++ % planned.length].familyId;
    return context.familyId;
  };
  const edited = (content, flip) => {
    const next = structuredClone(content);
    if (next.actions?.[0]) next.actions[0].status = flip ? 'in_progress' : 'open';
    else if (next.strengths?.[0])
      next.strengths[0].text = `${next.strengths[0].text.replace(/ \(bijgewerkt\)$/, '')}${flip ? ' (bijgewerkt)' : ''}`;
    return next;
  };
  const write = { cookie: pro.cookie, 'x-csrf-token': pro.csrfToken, 'content-type': 'application/json' };
  const first = planned[0].familyId;
  return {
    name: 'plan save',
    method: 'GET',
    shownMethod: 'PUT',
    shownPath: '/api/families/:id/plan',
    path: `/api/families/${first}/plan`, // the preflight; the run sends the PUTs below
    headers: { cookie: pro.cookie },
    connections,
    families: Math.min(planned.length, connections),
    prepare: async () => {
      for (const f of planned) await readPlan(f.familyId);
    },
    requests: [
      {
        method: 'PUT',
        headers: write,
        setupRequest: (req, context) => {
          const f = familyOf(context);
          const plan = plans.get(f);
          return {
            ...req,
            path: `/api/families/${f}/plan`,
            body: JSON.stringify({
              baseVersion: plan.version,
              content: edited(plan.content, plan.version % 2 === 0),
              note: 'Voortgang bijgewerkt (bench)',
            }),
          };
        },
        onResponse: (status, body, context) => {
          const f = familyOf(context);
          if (status === 200) {
            const saved = JSON.parse(body).current;
            plans.set(f, { version: saved.version, content: saved.content ?? plans.get(f).content, stale: false });
          } else if (status === 409 && !plans.get(f).stale) {
            plans.get(f).stale = true;
            void readPlan(f).catch(() => {});
          }
        },
      },
    ],
  };
}
