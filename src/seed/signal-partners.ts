// The demo's partner signallers (one per partner type, beside demo.signaller for housing) and the
// mix of their signals: how often each category occurs, sample notes, and outreach outcomes.
import type { OrganisationType, OutreachOutcome, SignalCategory } from '../platform/db/schema.js';
import { SIGNAL_CATEGORIES } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import type { SeededRandom } from './random.js';

/** Partner signallers beyond demo.signaller (housing): one per partner type, listed in the README. */
export const PARTNERS: Array<{
  username: string;
  display: string;
  org: string;
  type: OrganisationType;
  categories: SignalCategory[];
}> = [
  {
    username: 'demo.school',
    display: 'Demo Intern begeleider',
    org: 'Basisschool De Klimop Zwolle',
    type: 'school',
    categories: ['school_absence', 'domestic_safety'],
  },
  {
    username: 'demo.huisarts',
    display: 'Demo POH Jeugd',
    org: 'Huisartsenpraktijk Zwolle-Centrum',
    type: 'gp_practice',
    categories: ['gp_concern'],
  },
  {
    username: 'demo.jgz',
    display: 'Demo Jeugdverpleegkundige',
    org: 'Jeugdgezondheidszorg IJsselland (demo)',
    type: 'child_health_clinic',
    categories: ['child_health_concern'],
  },
  {
    username: 'demo.politie',
    display: 'Demo Wijkagent',
    org: 'Politie basisteam IJsselland (demo)',
    type: 'police',
    categories: ['police_contact', 'domestic_safety'],
  },
  {
    username: 'demo.energie',
    display: 'Demo Incasso Energie',
    org: 'Energie en Water IJsselland (demo)',
    type: 'utility_company',
    categories: ['energy_arrears', 'water_arrears'],
  },
  {
    username: 'demo.zorgverzekeraar',
    display: 'Demo Zorgverzekeraar',
    org: 'Zorgverzekeraar Oost (demo)',
    type: 'health_insurer',
    categories: ['health_insurance_arrears'],
  },
  {
    username: 'demo.schuldhulp',
    display: 'Demo Schuldhulp',
    org: 'Schuldhulpverlening IJsselland (demo)',
    type: 'debt_help',
    categories: ['rent_arrears', 'energy_arrears'],
  },
];
export const HOUSING: { username: string; categories: SignalCategory[] } = {
  username: 'demo.signaller',
  categories: ['rent_arrears'],
};

/** Relative weight of each category in the region (rent arrears most, domestic safety least). */
const WEIGHT: Record<SignalCategory, number> = {
  rent_arrears: 30,
  energy_arrears: 12,
  water_arrears: 5,
  health_insurance_arrears: 10,
  school_absence: 14,
  gp_concern: 7,
  child_health_concern: 6,
  police_contact: 8,
  domestic_safety: 4,
};
export const NOTES: Partial<Record<SignalCategory, string[]>> = {
  rent_arrears: ['Twee maanden huurachterstand, geen reactie op brieven.', 'Betalingsregeling niet nagekomen.'],
  school_absence: ['Veel ongeoorloofd verzuim sinds de herfstvakantie.', 'Komt vaak te laat, lijkt moe.'],
  domestic_safety: ['Melding van buren over ruzie en huilende kinderen.', 'Kind vertelt over spanningen thuis.'],
  police_contact: ['Jongere aangehouden bij winkeldiefstal.', 'Meerdere meldingen van overlast.'],
};

export async function ensurePartnerUsers(
  trx: Tx,
  passwordHash: string,
): Promise<Map<string, { userId: string; orgId: string }>> {
  const out = new Map<string, { userId: string; orgId: string }>();
  for (const p of PARTNERS) {
    let org = await trx.selectFrom('organisation').select('id').where('name', '=', p.org).executeTakeFirst();
    org ??= await trx
      .insertInto('organisation')
      .values({ name: p.org, type: p.type, municipality_code: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await trx
      .insertInto('app_user')
      .values({
        username: p.username,
        display_name: p.display,
        email: `${p.username}@demo.keukentafel.invalid`,
        home_organisation_id: org.id,
        roles: ['signaller'],
        password_hash: passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    out.set(p.username, { userId: user.id, orgId: org.id });
  }
  const housing = await trx
    .selectFrom('app_user')
    .select(['id', 'home_organisation_id'])
    .where('username', '=', HOUSING.username)
    .executeTakeFirst();
  if (housing) out.set(HOUSING.username, { userId: housing.id, orgId: housing.home_organisation_id });
  return out;
}

export function weightedCategory(rng: SeededRandom, hot: boolean): SignalCategory {
  const weights = SIGNAL_CATEGORIES.map((c) => WEIGHT[c] * (hot && c === 'rent_arrears' ? 4 : 1));
  let pick = rng.next() * weights.reduce((a, w) => a + w, 0);
  for (let i = 0; i < weights.length; i++) {
    pick -= weights[i] as number;
    if (pick <= 0) return SIGNAL_CATEGORIES[i] as SignalCategory;
  }
  return 'rent_arrears';
}

export function outreachOutcome(rng: SeededRandom): OutreachOutcome {
  const r = rng.next();
  return r < 0.15
    ? 'already_known'
    : r < 0.25
      ? 'other_trajectory'
      : r < 0.55
        ? 'follow_up_financial'
        : r < 0.7
          ? 'follow_up_non_financial'
          : r < 0.82
            ? 'declined'
            : 'not_reached';
}
