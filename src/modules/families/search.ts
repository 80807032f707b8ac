// "My families": the caseload — families where the user is regisseur, trajectory member or lead of
// the trajectory's team — optionally narrowed by name, birth date, postcode or BSN. Never global.
import { sql } from 'kysely';
import { authorize, type ScopeGrant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { hasRole } from '../../platform/access/actor.js';
import { relatedTrajectoryIds } from '../../platform/access/relationships.js';
import { BsnVault } from '../../platform/bsn.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import type { FamilySearch } from './schemas.js';

const LIMIT = 200;

function like(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
}

async function caseload(trx: Tx, grant: ScopeGrant<'caseload'>, filter: FamilySearch, vault: BsnVault) {
  const me = grant.actor.userId;
  const asLead = hasRole(grant.actor, 'team_lead');
  let q = trx
    .selectFrom('trajectory as t')
    .innerJoin('family as f', 'f.id', 't.family_id')
    .innerJoin('municipality as m', 'm.code', 'f.municipality_code')
    .select([
      'f.id',
      'f.reference',
      'f.postcode',
      'f.house_number',
      'm.name as municipality_name',
      't.status',
      't.regisseur_id',
      sql<'regisseur' | 'member' | 'team_lead'>`CASE WHEN t.regisseur_id = ${me} THEN 'regisseur'
        WHEN EXISTS (SELECT 1 FROM trajectory_member tm WHERE tm.trajectory_id = t.id AND tm.user_id = ${me}) THEN 'member' ELSE 'team_lead' END`.as(
        'relation',
      ),
    ])
    .where('t.id', 'in', relatedTrajectoryIds(trx, me, { asTeamLead: asLead }));
  if (filter.postcode) q = q.where('f.postcode', '=', filter.postcode.replace(' ', ''));
  if (filter.name || filter.birthDate || filter.bsn) {
    const matching = personExists(trx, filter, vault).select('p.family_id');
    q = q.where('f.id', 'in', matching);
  }
  return q
    .orderBy(sql`t.status = 'closed'`)
    .orderBy('t.opened_at', 'desc')
    .limit(LIMIT)
    .execute();
}

function personExists(trx: Tx, filter: FamilySearch, vault: BsnVault) {
  let p = trx.selectFrom('person as p').where('p.kind', '<>', 'network');
  if (filter.name) {
    const pattern = like(filter.name);
    p = p.where((eb) =>
      eb.or([
        eb(sql`lower(p.given_name)`, 'like', pattern),
        eb(sql`lower(p.family_name)`, 'like', pattern),
        eb(sql`lower(p.given_name || ' ' || p.family_name)`, 'like', pattern),
      ]),
    );
  }
  if (filter.birthDate) p = p.where('p.birth_date', '=', filter.birthDate);
  if (filter.bsn) p = p.where('p.bsn_hash', '=', vault.index(filter.bsn));
  return p;
}

export function searchFamilies(ctx: RequestContext, filter: FamilySearch) {
  return inTransaction(ctx.db, async (trx) => {
    const used = Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    const grant = await authorize(trx, ctx, {
      subject: 'caseload',
      id: null,
      action: 'search',
      purpose: 'care',
      data: used.length ? `own families, searched by ${used.join(', ')}` : 'own families',
    });
    const rows = await caseload(trx, grant, filter, new BsnVault(ctx.config.appSecret));
    const ids = [...new Set(rows.map((r) => r.id))];
    const [members, regisseurs] =
      ids.length === 0
        ? [[], []]
        : await Promise.all([
            trx
              .selectFrom('person')
              .select([
                'family_id',
                'kind',
                'given_name',
                'family_name',
                sql<string | null>`birth_date::text`.as('birth_date'),
              ])
              .where('family_id', 'in', ids)
              .where('kind', '<>', 'network')
              .where('removed_at', 'is', null)
              .orderBy('birth_date')
              .execute(),
            trx
              .selectFrom('app_user as u')
              .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
              .select(['u.id as userId', 'u.display_name as displayName', 'o.name as organisationName'])
              .where('u.id', 'in', [...new Set(rows.map((r) => r.regisseur_id))])
              .execute(),
          ]);
    const seen = new Set<string>();
    const items = rows
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => ({
        id: r.id,
        reference: r.reference,
        postcode: r.postcode,
        houseNumber: r.house_number,
        municipalityName: r.municipality_name,
        members: members
          .filter((m) => m.family_id === r.id)
          .map((m) => ({
            givenName: m.given_name,
            familyName: m.family_name,
            birthDate: m.birth_date,
            kind: m.kind as 'child' | 'parent' | 'household',
          })),
        status: r.status,
        regisseur: regisseurs.find((u) => u.userId === r.regisseur_id) ?? null,
        myRelation: r.relation,
      }));
    return { items, total: items.length };
  });
}
