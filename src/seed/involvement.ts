// Referral-index demo data: a school and a GP signaller for Zwolle, a match coordinator per
// municipality (the team lead; demo.team_lead in Zwolle), registrations for the region's children
// by their school, GP practice, child health clinic or the police, some of them matching, some
// still to be informed, and one history-archive entry. It queries the families and persons that
// exist rather than relying on the families seed's internals. Bulk inserts, matches set-based.
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import { BsnVault } from '../platform/bsn.js';
import { randomToken, sha256Hex } from '../platform/crypto/tokens.js';
import type { InvolvementRegistrationTable, OrganisationType, RiskGround } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { ageOn, today } from '../platform/clock.js';
import { addressKey, latestEndsOn, purgeAfter } from '../modules/involvement/rules.js';
import { SeededRandom } from './random.js';

const RNG_SEED = 7_1_2015;
const REGISTRANT_TYPES: OrganisationType[] = ['school', 'gp_practice', 'child_health_clinic', 'police'];
const GROUNDS_BY_TYPE: Record<string, RiskGround[]> = {
  school: ['e', 'c', 'b'],
  gp_practice: ['b', 'c', 'k'],
  child_health_clinic: ['c', 'k', 'a'],
  police: ['j', 'i', 'a'],
};

export async function seedInvolvement(trx: Tx, appSecret: string, passwordHash: string): Promise<void> {
  const rng = new SeededRandom(RNG_SEED);
  const vault = new BsnVault(appSecret);
  const now = new Date();
  const on = today(now);

  const orgs = await trx
    .selectFrom('organisation')
    .select(['id', 'type', 'municipality_code'])
    .where('type', 'in', REGISTRANT_TYPES)
    .execute();
  const orgFor = (type: OrganisationType, municipality: string) =>
    orgs.find((o) => o.type === type && o.municipality_code === municipality) ??
    orgs.find((o) => o.type === type && o.municipality_code === null);
  const zwolleSchool = orgFor('school', '0193');
  const zwolleGp = orgFor('gp_practice', '0193');
  if (!zwolleSchool || !zwolleGp) return; // a region without them: nothing to show

  // Demo signallers of a school and a GP practice (the GP practice is demo.professional's home organisation too).
  const signallers = await trx
    .insertInto('app_user')
    .values([
      {
        username: 'demo.signaller.school',
        display_name: 'Demo Mentor (school)',
        email: 'demo.signaller.school@demo.keukentafel.invalid',
        home_organisation_id: zwolleSchool.id,
        roles: ['signaller'],
        password_hash: passwordHash,
      },
      {
        username: 'demo.signaller.gp',
        display_name: 'Demo Praktijkondersteuner (huisarts)',
        email: 'demo.signaller.gp@demo.keukentafel.invalid',
        home_organisation_id: zwolleGp.id,
        roles: ['signaller'],
        password_hash: passwordHash,
      },
    ])
    .returning(['id', 'username'])
    .execute();
  const registrantOf = new Map([
    [zwolleSchool.id, signallers[0]?.id ?? null],
    [zwolleGp.id, signallers[1]?.id ?? null],
  ]);

  // The match coordinator per municipality: the lead of its (non-MET) team; demo.team_lead in Zwolle.
  const leads = await trx
    .selectFrom('team_membership as tm')
    .innerJoin('team as t', 't.id', 'tm.team_id')
    .innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .select(['t.municipality_code', 'tm.user_id', 'u.username'])
    .where('tm.is_lead', '=', true)
    .where('t.type', '<>', 'multi_expertise_team')
    .orderBy(sql`u.username = 'demo.team_lead'`, 'desc')
    .orderBy('u.username')
    .execute();
  const coordinators = new Map<string, string>();
  for (const l of leads) if (!coordinators.has(l.municipality_code)) coordinators.set(l.municipality_code, l.user_id);
  const admin = await trx.selectFrom('app_user').select('id').where('username', '=', 'demo.admin').executeTakeFirst();
  if (!admin) return;
  if (coordinators.size > 0) {
    await trx
      .insertInto('involvement_coordinator')
      .values(
        [...coordinators].map(([municipality_code, user_id]) => ({ municipality_code, user_id, set_by: admin.id })),
      )
      .execute();
  }
  // The other registering organisations submit through their own systems: a partner API key each
  // (its token was never known — only the hash of a random value is stored).
  const apiOrgs = orgs.filter((o) => !registrantOf.has(o.id));
  const keys =
    apiOrgs.length === 0
      ? []
      : await trx
          .insertInto('partner_api_key')
          .values(
            apiOrgs.map((o) => {
              const token = `kt_${randomToken(32)}`;
              return {
                organisation_id: o.id,
                label: 'Koppeling registratiesysteem (demo)',
                token_prefix: token.slice(0, 11),
                token_hash: sha256Hex(token),
                scopes: ['registrations:submit' as const],
                created_by: admin.id,
              };
            }),
          )
          .returning(['id', 'organisation_id'])
          .execute();
  const keyOf = new Map(keys.map((k) => [k.organisation_id, k.id]));

  // Children under 23 with a BSN who still belong to the family, their address and a current parent's BSN hash.
  const children = await trx
    .selectFrom('person as c')
    .innerJoin('family as f', 'f.id', 'c.family_id')
    .select([
      'c.id',
      'c.family_id',
      'c.bsn_enc',
      'c.bsn_hash',
      sql<string>`c.birth_date::text`.as('birth_date'),
      'f.municipality_code',
      'f.postcode',
      'f.house_number',
      (eb) =>
        eb
          .selectFrom('person as p')
          .select('p.bsn_hash')
          .whereRef('p.family_id', '=', 'c.family_id')
          .where('p.kind', '=', 'parent')
          .where('p.bsn_hash', 'is not', null)
          .where('p.removed_at', 'is', null)
          .orderBy('p.id')
          .limit(1)
          .as('parent_hash'),
    ])
    .where('c.kind', '=', 'child')
    .where('c.removed_at', 'is', null)
    .where('c.bsn_hash', 'is not', null)
    .where('c.birth_date', 'is not', null)
    .orderBy('f.reference')
    .orderBy('c.id')
    .execute();

  const rows: Array<Insertable<InvolvementRegistrationTable>> = [];
  let archived: { child: (typeof children)[number]; orgId: string } | null = null;
  for (const child of children) {
    if (!child.bsn_enc || !child.bsn_hash || ageOn(child.birth_date, on) >= 22) continue;
    const roll = rng.next();
    if (roll < 0.35) continue;
    if (!archived && roll > 0.9) {
      // one child only in the history archive: a new registration gets the one-off notice
      const o = orgFor('police', child.municipality_code);
      if (o) {
        archived = { child, orgId: o.id };
        continue;
      }
    }
    const types =
      roll < 0.75
        ? [rng.pick(REGISTRANT_TYPES)]
        : [rng.pick(['school', 'gp_practice'] as const), rng.pick(['child_health_clinic', 'police'] as const)];
    for (const type of types) {
      const o = orgFor(type, child.municipality_code);
      if (!o) continue;
      const registeredAt = new Date(now.getTime() - rng.int(1, 540) * 86_400_000);
      const regDay = today(registeredAt);
      rows.push({
        organisation_id: o.id,
        municipality_code: child.municipality_code,
        registered_by: registrantOf.get(o.id) ?? null,
        api_key_id: registrantOf.has(o.id) ? null : (keyOf.get(o.id) ?? null),
        youth_bsn_enc: child.bsn_enc,
        youth_bsn_hash: child.bsn_hash,
        youth_birth_date: child.birth_date,
        address_hash:
          child.postcode && child.house_number ? vault.index(addressKey(child.postcode, child.house_number)) : null,
        parent_bsn_hash: child.parent_hash,
        risk_ground: rng.pick(GROUNDS_BY_TYPE[type] ?? ['c']),
        contact_name: `${rng.pick(['M.', 'J.', 'S.', 'A.', 'R.'])} ${rng.pick(['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Mulder'])}`,
        contact_phone: `038-${rng.int(1000000, 9999999)}`,
        contact_email: null,
        registered_at: registeredAt,
        ends_on: latestEndsOn(child.birth_date, regDay),
        // Informed about a week later — but never in the future.
        informed_at:
          rng.next() < 0.6 ? new Date(Math.min(registeredAt.getTime() + 7 * 86_400_000, now.getTime())) : null,
      });
    }
  }
  const unique = new Map(
    rows.filter((r) => r.registered_by || r.api_key_id).map((r) => [`${r.organisation_id}|${r.youth_bsn_hash}`, r]),
  );
  if (unique.size > 0)
    await trx
      .insertInto('involvement_registration')
      .values([...unique.values()])
      .execute();

  if (archived) {
    const registeredAt = new Date(now.getTime() - 3 * 365 * 86_400_000);
    const endedAt = new Date(now.getTime() - 365 * 86_400_000);
    await trx
      .insertInto('involvement_archive')
      .values({
        id: randomUUID(),
        organisation_id: archived.orgId,
        municipality_code: archived.child.municipality_code,
        youth_bsn_hash: archived.child.bsn_hash ?? '',
        risk_ground: 'j',
        contact_name: 'Wijkagent K. Hendriks',
        contact_phone: '0900-8844',
        registered_at: registeredAt,
        ended_at: endedAt,
        end_reason: 'expired',
        purge_after: purgeAfter(endedAt),
      })
      .execute();
  }
  await seedMatches(trx);
}

/** Set-based: one open match per key shared by two or more organisations; the coordinator is the regisseur of an open trajectory, else the municipality's. */
async function seedMatches(trx: Tx): Promise<void> {
  for (const [kind, column] of [
    ['youth', 'youth_bsn_hash'],
    ['address', 'address_hash'],
    ['parent', 'parent_bsn_hash'],
  ] as const) {
    await sql`
      WITH keys AS (
        SELECT ${sql.ref(column)} AS k, min(municipality_code) AS municipality_code, array_agg(DISTINCT youth_bsn_hash) AS youths
        FROM involvement_registration WHERE ${sql.ref(column)} IS NOT NULL
        GROUP BY ${sql.ref(column)} HAVING count(DISTINCT organisation_id) >= 2
      ), firsts AS (
        -- The match arose when the last of its organisations first registered, not at the earliest registration.
        SELECT k, max(first_at) AS since FROM (
          SELECT ${sql.ref(column)} AS k, min(registered_at) AS first_at FROM involvement_registration
          WHERE ${sql.ref(column)} IN (SELECT k FROM keys) GROUP BY ${sql.ref(column)}, organisation_id) per_org
        GROUP BY k
      ), resolved AS (
        SELECT keys.*, (SELECT t.regisseur_id FROM person p JOIN trajectory t ON t.family_id = p.family_id
                        WHERE p.bsn_hash = ANY(keys.youths) AND p.removed_at IS NULL AND t.status <> 'closed' ORDER BY t.opened_at LIMIT 1) AS regisseur,
               (SELECT c.user_id FROM involvement_coordinator c WHERE c.municipality_code = keys.municipality_code) AS municipal, firsts.since
        FROM keys JOIN firsts USING (k)
      ), inserted AS (
        INSERT INTO involvement_match (kind, match_key, municipality_code, coordinator_id, coordinator_source, created_at)
        SELECT ${kind}, k, municipality_code, coalesce(regisseur, municipal),
               CASE WHEN regisseur IS NOT NULL THEN 'regisseur' WHEN municipal IS NOT NULL THEN 'municipality' ELSE 'none' END, since
        FROM resolved RETURNING id, match_key
      )
      INSERT INTO involvement_match_member (match_id, registration_id)
      SELECT i.id, r.id FROM inserted i JOIN involvement_registration r ON r.${sql.raw(column)} = i.match_key`.execute(
      trx,
    );
  }
  // Some follow-up already done: about three days after the match arose, but never in the future.
  await sql`UPDATE involvement_match SET contact_recorded_at = created_at + LEAST(interval '3 days', (now() - created_at) / 2), contact_recorded_by = coordinator_id, contact_method = 'phone', contact_note = 'Gebeld en afspraken gemaakt'
    WHERE coordinator_id IS NOT NULL AND id IN (SELECT id FROM involvement_match ORDER BY match_key LIMIT (SELECT count(*) / 2 FROM involvement_match))`.execute(
    trx,
  );
}
