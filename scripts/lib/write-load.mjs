// The write load of `npm run chaos`: plan saves, dossier reads (audited), signals, referral-index
// registrations and top-3 meetings, as the web app sends them (session cookie + CSRF header). Every
// request carries its own x-request-id, which the app writes into the audit rows it makes, so each
// acknowledged request can be looked up afterwards.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { login } from '../../bench/lib/http.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** Synthetic BSNs that pass the elfproef, from a start far from the demo seed's and the bench's. */
function* bsns(start) {
  for (let k = start; ; k++) {
    const digits = [
      9,
      9,
      ...String(k % 1_000_000)
        .padStart(6, '0')
        .split('')
        .map(Number),
    ];
    const last = digits.reduce((acc, d, i) => acc + d * (9 - i), 0) % 11;
    if (last <= 9) yield [...digits, last].join('');
  }
}

const MEETING = {
  kind: 'top3',
  heldOn: iso(Date.now() - 3 * DAY),
  location: 'Gebiedsteam Zwolle',
  concerns: [{ key: 'opvoeding', label: 'Ruzie en stress bij de opvoeding' }],
  participants: [
    {
      kind: 'family_member',
      name: 'Moeder',
      roleLabel: 'moeder',
      safetyRating: 6,
      concerns: [{ concernKey: 'opvoeding', ownWords: 'Ik weet niet meer hoe ik rust krijg in huis.' }],
    },
  ],
};

const KINDS = ['plan save', 'dossier read', 'signal', 'registration', 'meeting'];

export class Workload {
  constructor({ baseUrl, sessions, timeoutMs, password = 'keukentafel' }) {
    this.baseUrl = baseUrl;
    this.sessions = sessions;
    this.timeoutMs = timeoutMs;
    this.password = password;
    this.tag = `chaos${Date.now().toString(36)}`;
    this.n = 0;
    this.bsn = bsns(300_000 + Math.floor(Math.random() * 200_000));
    this.acked = [];
    this.sent = Object.fromEntries(KINDS.map((k) => [k, 0]));
    this.failures = {};
    this.hung = 0;
    /** When each request that ran into the client's timeout was sent (ms since the epoch), and what it was. */
    this.timedOut = [];
    this.running = false;
    this.workers = [];
    this.busy = new Set();
    this.versions = new Map();
  }

  async prepare() {
    const res = await this.request('pro', 'GET', '/api/me/caseload');
    // Families whose plan is a draft: a new plan version or a new (unconfirmed) top-3 meeting keeps
    // them within the demo's consistency rules, which are checked afterwards.
    this.families = (await res.json()).items.filter((i) => i.trajectoryStatus === 'plan').map((i) => i.familyId);
    if (this.families.length === 0) throw new Error('demo.professional has no family with a draft plan');
  }

  async request(who, method, path, body, requestId) {
    const s = this.sessions[who];
    const headers = { cookie: s.cookie, ...(requestId ? { 'x-request-id': requestId } : {}) };
    if (method !== 'GET') headers['x-csrf-token'] = s.csrfToken;
    if (body) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl()}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (res.status === 401) {
      // The embedded backend can lose the session row to a SIGKILL: log in again.
      const username = { pro: 'demo.professional', signaller: 'demo.signaller', school: 'demo.signaller.school' }[who];
      this.sessions[who] = await login(this.baseUrl(), username, this.password).catch(() => s);
    }
    return res;
  }

  start(workers) {
    this.running = true;
    for (let w = 0; w < workers; w++) this.workers.push(this.loop(w));
  }

  async stop() {
    this.running = false;
    await Promise.all(this.workers);
  }

  summary() {
    const sent = Object.values(this.sent).reduce((a, b) => a + b, 0);
    return `${sent} sent, ${this.acked.length} acknowledged`;
  }

  async loop(w) {
    for (let i = w; this.running; i++) {
      const kind = KINDS[i % KINDS.length];
      const requestId = `${this.tag}-${(++this.n).toString(36)}`;
      const sentAt = Date.now();
      this.sent[kind]++;
      try {
        const ack = await this.one(kind, requestId);
        if (ack) this.acked.push({ kind, requestId, ...ack });
      } catch (err) {
        const reason = err.name === 'TimeoutError' ? 'timeout' : 'no answer';
        if (reason === 'timeout') {
          this.hung++;
          this.timedOut.push({ kind, sentAt });
        }
        this.failures[`${kind}: ${reason}`] = (this.failures[`${kind}: ${reason}`] ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 50)); // the app is restarting
      }
    }
  }

  /** One request; returns what identifies the acknowledged write, or null (counted as a failure). */
  async one(kind, requestId) {
    const family = this.families[Math.floor(Math.random() * this.families.length)];
    let res;
    if (kind === 'plan save') {
      if (this.busy.has(family)) return null;
      this.busy.add(family);
      try {
        let version = this.versions.get(family);
        if (version === undefined) {
          const view = await this.request('pro', 'GET', `/api/families/${family}/plan`);
          version = view.ok ? ((await view.json()).current?.version ?? 0) : 0;
        }
        res = await this.request('pro', 'PUT', `/api/families/${family}/plan`, planBody(version), requestId);
        if (res.status === 200) {
          const v = (await res.json()).current.version;
          this.versions.set(family, v);
          return { familyId: family, version: v };
        }
        this.versions.delete(family); // a conflict or a failure: read the version again next time
      } finally {
        this.busy.delete(family);
      }
    } else if (kind === 'dossier read') {
      res = await this.request('pro', 'GET', `/api/families/${family}`, undefined, requestId);
      if (res.status === 200) return (await res.arrayBuffer(), {});
    } else if (kind === 'signal') {
      res = await this.request(
        'signaller',
        'POST',
        '/api/signals',
        {
          bsn: this.bsn.next().value,
          postcode: '8011AB',
          houseNumber: String(1 + (this.n % 200)),
          category: 'rent_arrears',
          amountCents: 120_000,
          arrearsSince: iso(Date.now() - 90 * DAY),
          signalDate: iso(Date.now() - 2 * DAY),
        },
        requestId,
      );
      if (res.status === 201) return { reference: (await res.json()).reference };
    } else if (kind === 'registration') {
      res = await this.request(
        'school',
        'POST',
        '/api/involvement/registrations',
        {
          bsn: this.bsn.next().value,
          birthDate: '2014-05-06',
          riskGround: 'e',
          contactName: 'Mentor De Vries',
          contactPhone: '038-1234567',
          contactEmail: 'mentor@school.example',
        },
        requestId,
      );
      if (res.status === 201) return { id: (await res.json()).registration.id };
    } else {
      res = await this.request('pro', 'POST', `/api/families/${family}/meetings`, MEETING, requestId);
      if (res.status === 201) return { id: (await res.json()).id };
    }
    const key = `${kind}: HTTP ${res.status}`;
    this.failures[key] = (this.failures[key] ?? 0) + 1;
    await res.arrayBuffer().catch(() => {});
    if (res.status >= 500) await new Promise((r) => setTimeout(r, 50));
    return null;
  }

  /** With the app stopped: what of the acknowledged work is in the database, and is it consistent. */
  async verify(target) {
    const { db, close } = await openForCheck(target);
    try {
      const byKind = Object.fromEntries(KINDS.map((k) => [k, { sent: this.sent[k], acked: 0, found: 0, audited: 0 }]));
      const ids = (kind) => this.acked.filter((a) => a.kind === kind);
      const count = async (query) => Number((await query.execute(db)).rows[0]?.n ?? 0);
      for (const a of this.acked) byKind[a.kind].acked++;
      const plans = ids('plan save');
      byKind['plan save'].found = plans.length
        ? await count(
            sql`SELECT count(*) AS n FROM plan_version v JOIN (SELECT * FROM jsonb_to_recordset(${JSON.stringify(plans)}::jsonb) AS x("familyId" uuid, version int)) x ON x."familyId" = v.family_id AND x.version = v.version`,
          )
        : 0;
      byKind['dossier read'].found = byKind['dossier read'].acked; // a read writes only its audit row
      const refs = ids('signal').map((a) => a.reference);
      byKind.signal.found = refs.length
        ? await count(sql`SELECT count(*) AS n FROM signal WHERE reference = ANY(${refs}::text[])`)
        : 0;
      for (const [kind, table] of [
        ['registration', 'involvement_registration'],
        ['meeting', 'meeting'],
      ]) {
        const list = ids(kind).map((a) => a.id);
        byKind[kind].found = list.length
          ? await count(sql`SELECT count(*) AS n FROM ${sql.table(table)} WHERE id = ANY(${list}::uuid[])`)
          : 0;
      }
      const audited = (
        await sql`SELECT DISTINCT request_id FROM audit_event WHERE request_id = ANY(${this.acked.map((a) => a.requestId)}::text[])`.execute(
          db,
        )
      ).rows.map((r) => r.request_id);
      const auditedSet = new Set(audited);
      for (const a of this.acked) if (auditedSet.has(a.requestId)) byKind[a.kind].audited++;
      const { findInconsistencies } = await import(pathToFileURL(join(REPO, 'dist/server/seed/consistency.js')).href);
      const inconsistencies = await findInconsistencies(db);
      const acked = this.acked.length;
      const found = Object.values(byKind).reduce((s, k) => s + k.found, 0);
      return {
        sent: Object.values(this.sent).reduce((a, b) => a + b, 0),
        acked,
        found,
        lost: acked - found,
        byKind,
        hung: this.hung,
        failures: this.failures,
        inconsistencies,
      };
    } finally {
      await close();
    }
  }
}

function planBody(baseVersion) {
  return {
    baseVersion,
    content: {
      strengths: [{ kind: 'network', text: 'Oma past op woensdag op' }],
      goals: [
        { domain: 'finances', what: 'Overzicht van alle schulden', byWhen: '2027-06-01', howWeKnow: 'Een lijst' },
      ],
    },
  };
}

async function openForCheck(target) {
  if (target.url) {
    const db = new Kysely({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 2 }) }),
    });
    return { db, close: () => db.destroy() };
  }
  const { openEmbedded } = await import(pathToFileURL(join(REPO, 'dist/server/platform/db/connect.js')).href);
  const database = await openEmbedded({ dataDir: target.dataDir, statementTimeoutMs: 60_000 });
  return { db: database.kysely, close: () => database.close() };
}
