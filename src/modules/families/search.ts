// "My families": the caseload — families where the user is regisseur, trajectory member or lead of
// the trajectory's team — optionally narrowed by name, birth date, postcode or BSN. Never global.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { containsPattern, fetchPage } from '../../platform/http/paging.js';
import { authorize, type ScopeGrant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { hasRole } from '../../platform/access/actor.js';
import { relatedTrajectoryIds } from '../../platform/access/relationships.js';
import { BsnVault } from '../../platform/bsn.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import type { FamilySearch } from './schemas.js';

type Filter = FamilySearch | Omit<FamilySearch, 'q' | 'name' | 'birthDate' | 'postcode' | 'bsn'>;

/**
 * One row per family (its open trajectory first, else the latest), with its members and regisseur
 * as nested JSON: the page and its real total in one statement.
 */
async function caseload(trx: Tx, grant: ScopeGrant<'caseload'>, filter: FamilySearch, vault: BsnVault) {
  const me = grant.actor.userId;
  const asLead = hasRole(grant.actor, 'team_lead');
  const related = relatedTrajectoryIds(trx, me, { asTeamLead: asLead });
  let q = trx
    .selectFrom((eb) =>
      eb
        .selectFrom('trajectory as t0')
        .distinctOn('t0.family_id')
        .select(['t0.id', 't0.family_id', 't0.status', 't0.regisseur_id', 't0.opened_at'])
        .where('t0.id', 'in', related)
        .orderBy('t0.family_id')
        .orderBy(sql`t0.status = 'closed'`)
        .orderBy('t0.opened_at', 'desc')
        .as('t'),
    )
    .innerJoin('family as f', 'f.id', 't.family_id')
    .innerJoin('municipality as m', 'm.code', 'f.municipality_code')
    .leftJoin('app_user as u', 'u.id', 't.regisseur_id')
    .leftJoin('organisation as uo', 'uo.id', 'u.home_organisation_id')
    .select((eb) => [
      'f.id',
      'f.reference',
      'f.postcode',
      'f.house_number',
      'm.name as municipality_name',
      't.status',
      't.regisseur_id',
      'u.display_name as regisseur_name',
      'uo.name as regisseur_organisation',
      sql<'regisseur' | 'member' | 'team_lead'>`CASE WHEN t.regisseur_id = ${me} THEN 'regisseur'
        WHEN EXISTS (SELECT 1 FROM trajectory_member tm WHERE tm.trajectory_id = t.id AND tm.user_id = ${me}) THEN 'member' ELSE 'team_lead' END`.as(
        'relation',
      ),
      jsonArrayFrom(
        eb
          .selectFrom('person as pm')
          .select([
            'pm.kind',
            'pm.given_name',
            'pm.family_name',
            sql<string | null>`pm.birth_date::text`.as('birth_date'),
          ])
          .whereRef('pm.family_id', '=', 'f.id')
          .where('pm.kind', '<>', 'network')
          .where('pm.removed_at', 'is', null)
          .orderBy('pm.birth_date'),
      ).as('members'),
    ]);
  if (filter.postcode) q = q.where('f.postcode', '=', filter.postcode.replace(' ', ''));
  if (filter.name || filter.birthDate || filter.bsn) {
    const matching = personExists(trx, filter, vault).select('p.family_id');
    q = q.where('f.id', 'in', matching);
  }
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    const named = personExists(trx, { name: filter.q }, vault).select('p.family_id');
    q = q.where((eb) => eb.or([eb(sql`lower(f.reference)`, 'like', pattern), eb('f.id', 'in', named)]));
  }
  if (filter.sort === 'reference') q = q.orderBy('f.reference');
  else if (filter.sort === 'reference_desc') q = q.orderBy('f.reference', 'desc');
  else
    q = q
      .orderBy(sql`t.status = 'closed'`)
      .orderBy('t.opened_at', 'desc')
      .orderBy('f.reference');
  return fetchPage(q, filter, (r) => r);
}

function personExists(trx: Tx, filter: Pick<FamilySearch, 'name' | 'birthDate' | 'bsn'>, vault: BsnVault) {
  let p = trx.selectFrom('person as p').where('p.kind', '<>', 'network');
  if (filter.name) {
    const pattern = containsPattern(filter.name);
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

export function searchFamilies(ctx: RequestContext, filter: Filter) {
  const search: FamilySearch = filter;
  return inTransaction(ctx.db, async (trx) => {
    const used = (['name', 'birthDate', 'postcode', 'bsn', 'q'] as const).filter((k) => search[k] !== undefined);
    const grant = await authorize(trx, ctx, {
      subject: 'caseload',
      id: null,
      action: 'search',
      purpose: 'care',
      data: used.length ? `own families, searched by ${used.join(', ')}` : 'own families',
    });
    const page = await caseload(trx, grant, search, new BsnVault(ctx.config.appSecret));
    return {
      ...page,
      items: page.items.map((r) => ({
        id: r.id,
        reference: r.reference,
        postcode: r.postcode,
        houseNumber: r.house_number,
        municipalityName: r.municipality_name,
        members: r.members.map((m) => ({
          givenName: m.given_name,
          familyName: m.family_name,
          birthDate: m.birth_date,
          kind: m.kind as 'child' | 'parent' | 'household',
        })),
        status: r.status,
        regisseur:
          r.regisseur_name === null
            ? null
            : {
                userId: r.regisseur_id,
                displayName: r.regisseur_name,
                organisationName: r.regisseur_organisation ?? '',
              },
        myRelation: r.relation,
      })),
    };
  });
}
