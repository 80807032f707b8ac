// The family's rights end to end through HTTP: a statement the team sees in the timeline, consent by
// the age rule on the professionals' own consent records, a correction request through the
// regisseur's queue and back, who looked at the file (paged, scoped, one statement for the page),
// a question about an entry answered by the privacy officer, and the copy of all data by scope.
import { addDays, format, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test-support/app.js';
import { createTestDatabase } from '../../test-support/database.js';
import type { Database } from '../../platform/db/connect.js';
import { buildRightsWorld, type RightsWorld } from '../../test-support/family-rights.js';
import { notifyFamily } from '../family-authority/notify-family.js';

let t: TestApp;
let db: Database;
let w: RightsWorld;
let sent: string[] | null = null;

beforeAll(async () => {
  db = await createTestDatabase({ onStatement: (sql) => sent?.push(sql) });
  t = await createTestApp({ database: db });
  w = await buildRightsWorld(t);
});
afterAll(async () => {
  await t?.close();
  await db?.close();
});

function call(s: Session, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
}

describe('a statement of our own (Jeugdwet 7.3.8)', () => {
  it("is kept, audited with the family as client, and shown to the team as the family's own", async () => {
    const res = await call(w.sessions.parent, 'POST', '/api/family-rights/statements', {
      title: 'Over het gesprek van maart',
      body: 'Wij zijn het niet eens met wat er over de schuld staat.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ author: 'Sanne', mine: true });
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['client_ref', 'actor_role', 'outcome'])
      .where('event', '=', 'family_rights.statement_added')
      .execute();
    expect(audit).toEqual([{ client_ref: w.reference, actor_role: 'family', outcome: 'allowed' }]);
    const timeline = await call(w.sessions.regisseur, 'GET', `/api/families/${w.familyId}/timeline`);
    expect(timeline.statusCode, timeline.body).toBe(200);
    const events = timeline.json<{ events: { kind: string; params: Record<string, unknown> }[] }>().events;
    expect(events.find((e) => e.kind === 'family_statement')?.params).toEqual({ person: 'Sanne' });
    const read = await call(w.sessions.regisseur, 'GET', `/api/families/${w.familyId}/family-statements`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ items: { title: string; author: string }[] }>().items).toMatchObject([
      { title: 'Over het gesprek van maart', author: 'Sanne' },
    ]);
  });

  it('a parent without authority sees only their own statements', async () => {
    await call(w.sessions.parentNoAuthority, 'POST', '/api/family-rights/statements', {
      title: 'Mijn kant',
      body: 'Tekst',
    });
    const mine = (await call(w.sessions.parentNoAuthority, 'GET', '/api/family-rights/statements')).json<{
      items: { title: string }[];
    }>();
    expect(mine.items.map((s) => s.title)).toEqual(['Mijn kant']);
    // The other parent's statement is his part: the parent with authority sees her own and her children's.
    const hers = (await call(w.sessions.parent, 'GET', '/api/family-rights/statements')).json<{
      items: { title: string }[];
    }>();
    expect(hers.items.map((s) => s.title)).toEqual(['Over het gesprek van maart']);
  });
});

describe('consent by the age rule', () => {
  it("a parent with authority gives consent; the professionals' consent view shows it; the 17-year-old is still missing", async () => {
    const res = await call(w.sessions.parent, 'POST', '/api/family-rights/consent', {
      organisationId: w.teamOrganisationId,
      scopes: ['plan'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const dossier = await call(w.sessions.regisseur, 'GET', `/api/families/${w.familyId}`);
    const consent = dossier.json<{
      consent: { consents: { givenBy: { personId: string }[]; missing: { personId: string }[] }[] };
    }>().consent.consents[0];
    expect(consent?.givenBy.map((g) => g.personId)).toEqual([w.persons.parent]);
    expect(consent?.missing.map((m) => m.personId)).toEqual(
      expect.arrayContaining([w.persons.youth14, w.persons.youth17]),
    );
  });

  it('the young people join the same consent; a parent without authority may not', async () => {
    for (const s of [w.sessions.youth14, w.sessions.youth17]) {
      const res = await call(s, 'POST', '/api/family-rights/consent', {
        organisationId: w.teamOrganisationId,
        scopes: ['plan'],
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const overview = (await call(w.sessions.parent, 'GET', '/api/family-rights/consent')).json<{
      overview: { consents: { complete: boolean }[] };
    }>().overview;
    expect(overview.consents).toHaveLength(1);
    expect(overview.consents[0]?.complete).toBe(true);
    const refused = await call(w.sessions.parentNoAuthority, 'POST', '/api/family-rights/consent', {
      organisationId: w.teamOrganisationId,
      scopes: ['plan'],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('family_consent_not_yours');
    const twice = await call(w.sessions.parent, 'POST', '/api/family-rights/consent', {
      organisationId: w.teamOrganisationId,
      scopes: ['plan'],
    });
    expect(twice.statusCode).toBe(409);
  });

  it('the 17-year-old withdraws it; the professionals see it withdrawn', async () => {
    const { overview } = (await call(w.sessions.youth17, 'GET', '/api/family-rights/consent')).json<{
      overview: { consents: { id: string }[] };
    }>();
    const id = overview.consents[0]?.id ?? '';
    const res = await call(w.sessions.youth17, 'POST', `/api/family-rights/consent/${id}/withdraw`, {
      note: 'Ik wil dit niet meer',
    });
    expect(res.statusCode, res.body).toBe(200);
    const dossier = (await call(w.sessions.regisseur, 'GET', `/api/families/${w.familyId}`)).json<{
      consent: { withdrawn: { id: string }[] };
    }>();
    expect(dossier.consent.withdrawn.map((c) => c.id)).toEqual([id]);
  });
});

describe('a correction request (Jeugdwet 7.3.9)', () => {
  it("lands in the regisseur's and the privacy officer's queue with a four-week deadline, is refused with a reason, and the family sees the answer", async () => {
    const res = await call(w.sessions.parent, 'POST', '/api/family-rights/requests', {
      kind: 'correction',
      about: 'Het verslag van het gesprek',
      body: 'Er staat dat wij drie keer niet kwamen; het was één keer.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const request = res.json<{ id: string; submittedOn: string; dueOn: string }>();
    // Four weeks: 28 calendar days after the day it was asked.
    expect(request.dueOn).toBe(format(addDays(parseISO(request.submittedOn), 28), 'yyyy-MM-dd'));
    for (const s of [w.sessions.regisseur, w.sessions.privacyOfficer]) {
      const queue = (await call(s, 'GET', '/api/family-rights/queue')).json<{
        items: { id: string; daysLeft: number }[];
      }>();
      expect(queue.items.find((i) => i.id === request.id)?.daysLeft).toBe(28);
    }
    const other = (await call(w.sessions.otherProfessional, 'GET', '/api/family-rights/queue')).json<{
      items: unknown[];
    }>();
    expect(other.items).toEqual([]);
    const notified = await t.db.kysely
      .selectFrom('notification')
      .select('kind')
      .where('user_id', '=', w.userIds.regisseur)
      .where('kind', '=', 'family_rights_request')
      .execute();
    expect(notified.length).toBeGreaterThan(0);
    const wrong = await call(w.sessions.regisseur, 'POST', `/api/family-rights/queue/${request.id}/answer`, {
      outcome: 'answered',
      answer: 'x',
    });
    expect(wrong.statusCode).toBe(400);
    const answer = await call(w.sessions.regisseur, 'POST', `/api/family-rights/queue/${request.id}/answer`, {
      outcome: 'refused',
      answer: 'Volgens onze agenda waren het drie afspraken; we hebben uw verklaring toegevoegd.',
    });
    expect(answer.statusCode, answer.body).toBe(204);
    const again = await call(w.sessions.privacyOfficer, 'POST', `/api/family-rights/queue/${request.id}/answer`, {
      outcome: 'granted',
      answer: 'Toch wel',
    });
    expect(again.statusCode).toBe(409);
    const mine = (await call(w.sessions.parent, 'GET', '/api/family-rights/requests')).json<{
      items: { id: string; status: string; answer: string; answeredByRole: string }[];
    }>();
    expect(mine.items.find((i) => i.id === request.id)).toMatchObject({
      status: 'refused',
      answeredByRole: 'regisseur',
    });
    const messages = await t.db.kysely
      .selectFrom('notification')
      .select(['kind', 'link'])
      .where('user_id', '=', w.userIds.parent)
      .execute();
    expect(messages).toContainEqual({ kind: 'family_request_answered', link: '/mijn/berichten' });
  });
});

describe('who looked at my file (NEN 7513)', () => {
  it("lists the professionals' accesses by role and organisation, in one statement for the page", async () => {
    sent = [];
    const res = await call(w.sessions.parent, 'GET', '/api/family-rights/access-log?pageSize=5');
    const statements = sent;
    sent = null;
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{
      items: { id: string; role: string; action: string; emergency: boolean }[];
      total: number;
    }>();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.length).toBeLessThanOrEqual(5);
    expect(page.items.every((i) => i.role !== 'family')).toBe(true);
    expect(JSON.stringify(page)).not.toContain('Testpersoon');
    // The session check, the access decision and the page with its audit row.
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(3);
  });

  it('a parent without authority sees only accesses to their own record', async () => {
    const page = (await call(w.sessions.parentNoAuthority, 'GET', '/api/family-rights/access-log')).json<{
      total: number;
    }>();
    expect(page.total).toBe(0);
  });

  it('a question about an entry reaches the privacy officer (not the regisseur) and is answered', async () => {
    const page = (await call(w.sessions.parent, 'GET', '/api/family-rights/access-log')).json<{
      items: { id: string }[];
    }>();
    const entry = page.items[0]?.id ?? '';
    const foreign = await call(w.sessions.otherParent, 'POST', `/api/family-rights/access-log/${entry}/question`, {
      body: 'Wie?',
    });
    expect(foreign.statusCode).toBe(404);
    const res = await call(w.sessions.parent, 'POST', `/api/family-rights/access-log/${entry}/question`, {
      body: 'Waarom keek deze organisatie in ons dossier?',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: string }>().id;
    const regisseurQueue = (await call(w.sessions.regisseur, 'GET', '/api/family-rights/queue')).json<{
      items: { id: string }[];
    }>();
    expect(regisseurQueue.items.map((i) => i.id)).not.toContain(id);
    const denied = await call(w.sessions.regisseur, 'POST', `/api/family-rights/queue/${id}/answer`, {
      outcome: 'answered',
      answer: 'x',
    });
    expect(denied.statusCode).toBe(403);
    const answered = await call(w.sessions.privacyOfficer, 'POST', `/api/family-rights/queue/${id}/answer`, {
      outcome: 'answered',
      answer: 'Dat was de regisseur die het plan bijwerkte.',
    });
    expect(answered.statusCode, answered.body).toBe(204);
    const after = (await call(w.sessions.parent, 'GET', '/api/family-rights/access-log')).json<{
      items: { id: string; asked: boolean }[];
    }>();
    expect(after.items.find((i) => i.id === entry)?.asked).toBe(true);
  });
});

describe('all my data (Jeugdwet 7.3.10)', () => {
  it('a parent with authority downloads the household as JSON, audited as an export', async () => {
    const res = await call(w.sessions.parent, 'GET', '/api/family-rights/export.json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="mijn-gegevens-keukentafel-\d{4}-\d\d-\d\d\.json"$/,
    );
    const data = res.json<{ scope: string; sections: { persons: { givenName: string }[]; statements: unknown[] } }>();
    expect(data.scope).toBe('household');
    // Herself and the minors under her authority (the authority policy); the other parent's data is his own.
    expect(data.sections.persons.map((p) => p.givenName).sort()).toEqual(['Daan', 'Mila', 'Noa', 'Sanne']);
    expect(data.sections.statements).toHaveLength(1);
    expect(res.body).not.toMatch(/bsn/i);
    const exported = await t.db.kysely
      .selectFrom('audit_event')
      .select(['action', 'client_ref'])
      .where('event', '=', 'family_rights.export')
      .execute();
    expect(exported).toContainEqual({ action: 'export', client_ref: w.reference });
  });

  it('a parent without authority gets only what concerns themselves', async () => {
    const res = await call(w.sessions.parentNoAuthority, 'GET', '/api/family-rights/export.json');
    const data = res.json<{ scope: string; sections: Record<string, unknown[] | null> }>();
    expect(data.scope).toBe('own');
    expect((data.sections.persons ?? []).map((p) => (p as { givenName: string }).givenName)).toEqual(['Rob']);
    expect(data.sections.plan).toBeNull();
    expect(data.sections.meetings).toEqual([]);
    expect((data.sections.statements ?? []).map((s) => (s as { title: string }).title)).toEqual(['Mijn kant']);
    expect(data.sections.requests).toEqual([]);
  });

  it("a young person of 14 gets the shared file and their own records, not their parents'", async () => {
    const res = await call(w.sessions.youth14, 'GET', '/api/family-rights/export.json');
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json<{ scope: string; sections: { persons: { givenName: string }[]; statements: unknown[] } }>();
    expect(data.scope).toBe('household');
    expect(data.sections.persons.map((p) => p.givenName)).toEqual(['Noa']);
    expect(data.sections.statements).toEqual([]);
  });

  it('the PDF is a PDF', async () => {
    const res = await call(w.sessions.parent, 'GET', '/api/family-rights/export.pdf');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('notifyFamily', () => {
  it('tells the parents with authority and the young people from 12, content-free, and mails them', async () => {
    await t.db.kysely
      .transaction()
      .execute((trx) => notifyFamily(trx, w.familyId, 'family_plan_sign_off', { item: 'shared' }));
    const rows = await t.db.kysely
      .selectFrom('notification as n')
      .innerJoin('family_account as fa', 'fa.user_id', 'n.user_id')
      .select(['fa.person_id', 'n.link'])
      .where('n.kind', '=', 'family_plan_sign_off')
      .execute();
    expect(rows.map((r) => r.person_id).sort()).toEqual(
      [w.persons.parent, w.persons.youth14, w.persons.youth17].sort(),
    );
    expect(new Set(rows.map((r) => r.link))).toEqual(new Set(['/mijn/berichten']));
  });
});
