// The deterministic synthetic demo region. Loaded only into an empty database, never in production.
import { sql, type Kysely } from 'kysely';
import type { Config } from '../config.js';
import { hashPassword } from '../platform/crypto/password.js';
import type { DB, OrganisationType, Role, TeamType } from '../platform/db/schema.js';
import { ROLES } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { isEmpty } from './empty.js';
import { seedContracts } from './contracts.js';
import { seedAllocationRequests } from './allocation-requests.js';
import { seedAllocationHistory } from './allocation-history.js';
import type { DemoAllocations } from './allocation-plan.js';
import { seedDemoPostcodes } from './postcodes.js';
import { seedPortal } from './portal.js';
import { seedFamilies } from './families.js';
import { seedInstruments } from './instruments.js';
import { seedInvolvement } from './involvement.js';
import { seedOutcomes } from './outcomes.js';
import { seedRepeatUse } from './repeat-use.js';
import { seedLearning } from './learning.js';
import { refreshOutcomeSummary } from '../modules/insights/outcomes/summary.js';
import { seedMeetingsAndPlans } from './plans.js';
import {
  DEMO_FAMILY_COUNT,
  familiesPerMunicipality,
  planPopulation,
  professionalsFor,
  type TeamInfo,
} from './population.js';
import { seedSignals } from './signals.js';
import { SeededRandom } from './random.js';
import { seedSupportFamilies } from './support-families.js';
import { seedYouthSex } from './cbs.js';
import { seedFamilyRights } from './family-rights.js';
import {
  DISTRICT_NAMES,
  FIRST_NAMES,
  LAST_NAMES,
  MUNICIPALITIES,
  NEIGHBOURHOOD_NAMES,
  PARTNER_KINDS,
  REGION,
} from './region.js';

export const DEMO_SEED = 20150101; // the Jeugdwet's first day

const TEAM_TYPE_BY_MUNICIPALITY: Record<string, TeamType> = {
  '0193': 'wij_team',
  '0166': 'cjg',
  '0160': 'social_team',
};

export async function seedDemoIfEmpty(db: Kysely<DB>, config: Config): Promise<boolean> {
  if (config.env === 'production') return false;
  if (!(await isEmpty(db))) return false;
  return seedDemo(db, config.demoPassword, config.appSecret, undefined, undefined, {
    allocations: config.demoAllocations,
    progress: (line) => console.log(line),
  });
}

const SEED_LOCK = 7_513_0002;

/** Every demo account's name after `demo.`: one per role, the second administrator and the partner signallers. */
export const DEMO_ACCOUNTS = [...ROLES, 'admin2', 'signaller.school', 'signaller.gp'] as const;

export function printDemoAccounts(config: Config): void {
  const lines = DEMO_ACCOUNTS.map((r) => `  demo.${r.padEnd(16)} ${config.demoPassword}`);
  console.log(`\nDemo region IJsselland loaded. Demo accounts (username, password):\n${lines.join('\n')}\n`);
}

let agbCounter = 0;
function syntheticAgb(rng: SeededRandom): string {
  agbCounter += 1;
  // 8 digits; the 98 prefix keeps them clearly apart from real AGB registrations used in the region.
  return `98${String(rng.int(1000, 9999))}${String(agbCounter).padStart(2, '0')}`.slice(0, 8);
}

async function org(
  trx: Tx,
  rng: SeededRandom,
  name: string,
  type: OrganisationType,
  municipality: string | null,
): Promise<string> {
  const row = await trx
    .insertInto('organisation')
    .values({
      name,
      type,
      municipality_code: municipality,
      agb_code: type === 'care_provider' ? syntheticAgb(rng) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Midnight (UTC) of the day the demo is loaded: the families' dates are relative to it, so stages and deadlines look current. */
export const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Seeds inside one transaction; instances starting together on one empty server seed it once. */
/** `appSecret` encrypts the demo BSNs; without it (tests of the seed itself) a fixed stand-in is used. */
export async function seedDemo(
  db: Kysely<DB>,
  demoPassword: string,
  appSecret = 'demo-seed-stand-in-secret-not-for-use',
  today = startOfUtcDay(new Date()),
  familyCount = DEMO_FAMILY_COUNT,
  /** The care allocation history's size (tests: small) and where its progress lines go. */
  history: { allocations: DemoAllocations; progress?: (line: string) => void } = { allocations: 'small' },
): Promise<boolean> {
  const rng = new SeededRandom(DEMO_SEED);
  const familyCounts = familiesPerMunicipality(
    MUNICIPALITIES.map((m) => m.code),
    familyCount,
  );
  agbCounter = 0;
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction().execute(async (trx) => {
    // A one-off bulk load, not a request: no statement timeout. An instance that starts beside another waits
    // for the other's seed however long it takes on a busy machine (it was cancelled after 15 s in CI).
    await sql`SET LOCAL statement_timeout = 0`.execute(trx);
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (await trx.selectFrom('app_user').select('id').limit(1).executeTakeFirst()) return false;
    await trx.insertInto('region').values(REGION).execute();
    const hoodsByMunicipality = new Map<string, string[]>();
    for (const m of MUNICIPALITIES) {
      await trx.insertInto('municipality').values({ code: m.code, name: m.name, region_code: REGION.code }).execute();
      const hoods: string[] = [];
      for (let d = 0; d < m.districts; d++) {
        const districtCode = `WK${m.code}${String(d).padStart(2, '0')}`;
        await trx
          .insertInto('district')
          .values({ code: districtCode, name: `${m.name} ${DISTRICT_NAMES[d]}`, municipality_code: m.code })
          .execute();
        const count = rng.int(3, 5);
        for (let b = 0; b < count; b++) {
          const code = `BU${m.code}${String(d).padStart(2, '0')}${String(b).padStart(2, '0')}`;
          const name = `${NEIGHBOURHOOD_NAMES[(d * 5 + b) % NEIGHBOURHOOD_NAMES.length]}${m.districts > 1 ? ` (${DISTRICT_NAMES[d]})` : ''}`;
          await trx
            .insertInto('neighbourhood')
            .values({ code, name, district_code: districtCode, municipality_code: m.code })
            .execute();
          hoods.push(code);
        }
      }
      hoodsByMunicipality.set(m.code, hoods);
    }
    const postcodes = await seedDemoPostcodes(trx, rng);

    // Regional organisations, one of each chain partner.
    const regional = {
      veiligThuis: await org(trx, rng, 'Veilig Thuis IJsselland (demo)', 'veilig_thuis', null),
      raad: await org(
        trx,
        rng,
        'Raad voor de Kinderbescherming, locatie Zwolle (demo)',
        'child_protection_board',
        null,
      ),
      gi: await org(
        trx,
        rng,
        'Gecertificeerde Instelling Jeugdbescherming IJssel (demo)',
        'certified_institution',
        null,
      ),
      police: await org(trx, rng, 'Politie basisteam IJsselland (demo)', 'police', null),
      clinic: await org(trx, rng, 'Jeugdgezondheidszorg IJsselland (demo)', 'child_health_clinic', null),
      housing: await org(trx, rng, 'Woonstichting Thuis aan de IJssel (demo)', 'housing_corporation', null),
      provider: await org(trx, rng, 'Specialistische Jeugdhulp Overijssel (demo)', 'care_provider', null),
    };

    const users: Array<{ id: string; username: string; name: string }> = [];
    const nameFor = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    async function user(
      username: string,
      roles: Role[],
      organisationId: string,
      displayName = nameFor(),
    ): Promise<string> {
      const row = await trx
        .insertInto('app_user')
        .values({
          username,
          display_name: displayName,
          email: `${username}@demo.keukentafel.invalid`,
          home_organisation_id: organisationId,
          roles,
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      users.push({ id: row.id, username, name: displayName });
      return row.id;
    }

    const teamsByMunicipality = new Map<
      string,
      { teamId: string; memberIds: string[]; leadId: string; organisationId: string }
    >();
    for (const m of MUNICIPALITIES) {
      const municipalityOrg = await org(trx, rng, `Gemeente ${m.name}`, 'municipality', m.code);
      const carrier = await org(trx, rng, `Stichting Sociaal Team ${m.name}`, 'neighbourhood_team_carrier', m.code);
      const partnerOrgs: string[] = [];
      for (const kind of PARTNER_KINDS) partnerOrgs.push(await org(trx, rng, kind.name(m.name), kind.type, m.code));
      const type = TEAM_TYPE_BY_MUNICIPALITY[m.code] ?? 'neighbourhood_team';
      const team = await trx
        .insertInto('team')
        .values({
          name: `${type === 'cjg' ? 'CJG' : type === 'wij_team' ? 'WIJ-team' : type === 'social_team' ? 'Sociaal team' : 'Buurtteam'} ${m.name}`,
          type,
          organisation_id: carrier,
          municipality_code: m.code,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('team_neighbourhood')
        .values((hoodsByMunicipality.get(m.code) ?? []).map((code) => ({ team_id: team.id, neighbourhood_code: code })))
        .execute();
      const slug = m.name.toLowerCase().replace(/[^a-z]/g, '');
      const memberIds: string[] = [];
      const lead = await user(`${slug}.lead`, ['professional', 'team_lead'], carrier);
      memberIds.push(lead);
      const homes = [carrier, ...partnerOrgs, regional.clinic];
      for (let i = 1; i <= professionalsFor(familyCounts.get(m.code) ?? 0); i++)
        memberIds.push(await user(`${slug}.prof${i}`, ['professional'], homes[i % homes.length] as string));
      await trx
        .insertInto('team_membership')
        .values(memberIds.map((id) => ({ team_id: team.id, user_id: id, is_lead: id === lead })))
        .execute();
      teamsByMunicipality.set(m.code, { teamId: team.id, memberIds, leadId: lead, organisationId: carrier });
      await user(`${slug}.consulent`, ['consultant'], municipalityOrg);
    }

    // One demo account per role. demo.professional and demo.team_lead work in the Zwolle team;
    // demo.professional's home organisation is a GP practice: the second business card.
    const zwolle = teamsByMunicipality.get('0193');
    if (!zwolle) throw new Error('Zwolle missing from the demo region');
    const zwolleOrgs = await trx
      .selectFrom('organisation')
      .select(['id', 'type'])
      .where('municipality_code', '=', '0193')
      .execute();
    const orgOf = (t: OrganisationType) => zwolleOrgs.find((o) => o.type === t)?.id ?? regional.provider;
    const demo: Record<Role, string> = {
      professional: await user('demo.professional', ['professional'], orgOf('gp_practice'), 'Demo Professional'),
      team_lead: await user(
        'demo.team_lead',
        ['professional', 'team_lead'],
        orgOf('neighbourhood_team_carrier'),
        'Demo Teamleider',
      ),
      consultant: await user('demo.consultant', ['consultant'], orgOf('municipality'), 'Demo Consulent'),
      coordinator: await user('demo.coordinator', ['coordinator'], orgOf('welfare_organisation'), 'Demo Coördinator'),
      signaller: await user('demo.signaller', ['signaller'], regional.housing, 'Demo Signaleerder'),
      policy: await user('demo.policy', ['policy'], orgOf('municipality'), 'Demo Beleidsadviseur'),
      privacy_officer: await user(
        'demo.privacy_officer',
        ['privacy_officer'],
        orgOf('municipality'),
        'Demo Privacy Officer',
      ),
      admin: await user('demo.admin', ['admin'], orgOf('municipality'), 'Demo Beheerder'),
      family: await user('demo.family', ['family'], orgOf('municipality'), 'Demo Gezin'),
      contract_manager: await user(
        'demo.contract_manager',
        ['contract_manager'],
        orgOf('municipality'),
        'Demo Contractmanager',
      ),
      // The regional provider's administrator: sees only its own organisation's allocations and messages.
      provider: await user('demo.provider', ['provider'], regional.provider, 'Demo Zorgaanbieder'),
    };
    // The second administrator: changes that give access to case content need a second person.
    await user('demo.admin2', ['admin'], orgOf('municipality'), 'Demo Beheerder 2');
    await trx
      .insertInto('team_membership')
      .values([
        { team_id: zwolle.teamId, user_id: demo.professional, is_lead: false },
        { team_id: zwolle.teamId, user_id: demo.team_lead, is_lead: true },
      ])
      .execute();
    zwolle.memberIds.push(demo.professional);

    // The regional Multi Expertise Team: chain partners at one table (seed 004).
    const met = await trx
      .insertInto('team')
      .values({
        name: 'Multi Expertise Team IJsselland',
        type: 'multi_expertise_team',
        organisation_id: regional.veiligThuis,
        municipality_code: '0193',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const metMembers = [
      await user('met.veiligthuis', ['professional'], regional.veiligThuis),
      await user('met.raad', ['professional'], regional.raad),
      await user('met.gi', ['professional'], regional.gi),
      await user('met.politie', ['professional'], regional.police),
      zwolle.leadId,
    ];
    await trx
      .insertInto('team_membership')
      .values(metMembers.map((id, i) => ({ team_id: met.id, user_id: id, is_lead: i === 0 })))
      .execute();

    // About 2,000 families at every stage, with content that matches the stage (population.ts).
    const nameOf = (id: string) => ({ id, name: users.find((u) => u.id === id)?.name ?? '' });
    const teams = new Map<string, TeamInfo>();
    for (const [code, t] of teamsByMunicipality) {
      teams.set(code, {
        teamId: t.teamId,
        organisationId: t.organisationId,
        municipalityCode: code,
        lead: nameOf(t.leadId),
        members: t.memberIds.map(nameOf),
      });
    }
    const families = planPopulation({
      municipalities: MUNICIPALITIES,
      teams,
      hoods: hoodsByMunicipality,
      postcodes,
      today,
      total: familyCount,
      demoProfessional: nameOf(demo.professional),
      safetyPartnerId: metMembers[0] as string,
    });
    const households = await seedFamilies(trx, families, { appSecret, today, demoFamilyUserId: demo.family });
    await seedYouthSex(trx);
    const planned = await seedMeetingsAndPlans(trx, households, { today });
    // A young person of 16 in demo.family's household with a login of their own (the portal's demo).
    const youthUserId = await user('demo.family.youth', ['family'], orgOf('municipality'), 'Demo Jongere');
    await seedPortal(trx, households, { today, parentUserId: demo.family, youthUserId });
    await seedInstruments(trx, planned, today);
    await seedFamilyRights(trx, { today });
    await seedInvolvement(trx, appSecret, passwordHash);
    await seedSupportFamilies(trx);
    await seedSignals(trx, passwordHash, appSecret);
    await seedContracts(trx, { createdBy: demo.contract_manager });
    // The open requests first: the history leaves their youths alone, so deciding them never meets a stacked allocation.
    await seedAllocationRequests(trx, today);
    await seedAllocationHistory(trx, { appSecret, today, size: history.allocations, progress: history.progress });
    // Families that came back after a closed trajectory (CBS "no new start", local repeat use).
    await seedRepeatUse(trx);
    await seedOutcomes(trx);
    await seedLearning(trx, { passwordHash, today });
    // The outcome dashboards read a summary a job keeps up to date: the demo opens with it computed.
    await refreshOutcomeSummary(trx, { full: true });
    return true;
  });
}
