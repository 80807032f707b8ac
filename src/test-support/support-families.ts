// Test data for Buurtgezinnen: postcodes in the two test municipalities, coordinators with an
// area, screened (or not) support families and open requests — inserted directly, synthetic.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, ScreeningStep } from '../platform/db/schema.js';
import { buildUser, ensureGeography } from './factories.js';
import { createTestApp, login, type Session, type TestApp } from './app.js';
import { today as dutchDate } from '../platform/clock.js';

const unique = () => randomBytes(3).toString('hex');
/** Zwolle centre, ~1.1 km east, and Kampen (~14 km away). */
export const PC = { zwolleA: '8011AB', zwolleB: '8012CD', kampen: '8261AB' } as const;

export async function ensurePostcodes(db: Kysely<DB>): Promise<void> {
  await ensureGeography(db);
  await db
    .insertInto('postcode_area')
    .values([
      {
        postcode: PC.zwolleA,
        municipality_code: '0193',
        neighbourhood_code: 'BU01930000',
        latitude: 52.5125,
        longitude: 6.0944,
        source: 'demo',
      },
      {
        postcode: PC.zwolleB,
        municipality_code: '0193',
        neighbourhood_code: 'BU01930000',
        latitude: 52.5125,
        longitude: 6.11,
        source: 'demo',
      },
      {
        postcode: PC.kampen,
        municipality_code: '0166',
        neighbourhood_code: 'BU01660000',
        latitude: 52.555,
        longitude: 5.911,
        source: 'demo',
      },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function buildCoordinator(
  db: Kysely<DB>,
  area: { municipalities?: string[]; regions?: string[] } = { municipalities: ['0193'] },
) {
  await ensurePostcodes(db);
  const user = await buildUser(db, ['coordinator']);
  const rows = [
    ...(area.municipalities ?? []).map((m) => ({ user_id: user.id, municipality_code: m, region_code: null })),
    ...(area.regions ?? []).map((r) => ({ user_id: user.id, municipality_code: null, region_code: r })),
  ];
  if (rows.length) await db.insertInto('coordinator_area').values(rows).execute();
  return user;
}

const LOC = {
  [PC.zwolleA]: { municipality_code: '0193', neighbourhood_code: 'BU01930000', latitude: 52.5125, longitude: 6.0944 },
  [PC.zwolleB]: { municipality_code: '0193', neighbourhood_code: 'BU01930000', latitude: 52.5125, longitude: 6.11 },
  [PC.kampen]: { municipality_code: '0166', neighbourhood_code: 'BU01660000', latitude: 52.555, longitude: 5.911 },
};

export async function buildRequest(
  db: Kysely<DB>,
  opts: {
    postcode?: keyof typeof LOC;
    kinds?: string[];
    ages?: number[];
    languages?: string[];
    availability?: string[];
    status?: 'open' | 'unconfirmed' | 'matched';
  } = {},
) {
  await ensurePostcodes(db);
  const postcode = opts.postcode ?? PC.zwolleA;
  const row = await db
    .insertInto('support_request')
    .values({
      status: opts.status ?? 'open',
      channel: 'coordinator',
      referred_by: 'self',
      given_name: `Aanvrager${unique()}`,
      family_name: 'Testgezin',
      email: null,
      phone: null,
      postcode,
      ...LOC[postcode],
      support_kinds: opts.kinds ?? ['homework'],
      child_ages: opts.ages ?? [8],
      languages: opts.languages ?? ['nl'],
      availability: opts.availability ?? ['wed_afternoon', 'fri_afternoon'],
      upbringing: null,
      offer_back: null,
      consent_version: 'test',
      consent_at: new Date(),
      confirmed_at: new Date(),
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function buildSupportFamily(
  db: Kysely<DB>,
  opts: {
    postcode?: keyof typeof LOC;
    offers?: string[];
    maxFamilies?: number;
    maxTravelKm?: number;
    languages?: string[];
    availability?: string[];
    screened?: ScreeningStep[] | 'all';
    vogOn?: string;
    recordedBy?: string;
    givenName?: string;
  } = {},
) {
  await ensurePostcodes(db);
  const postcode = opts.postcode ?? PC.zwolleB;
  const row = await db
    .insertInto('support_family')
    .values({
      status: 'registered',
      channel: 'coordinator',
      given_name: opts.givenName ?? `Steun${unique()}`,
      family_name: 'Steungezin',
      email: 'steun@example.invalid',
      phone: null,
      postcode,
      ...LOC[postcode],
      offers: opts.offers ?? ['homework', 'play'],
      max_children: 3,
      max_families: opts.maxFamilies ?? 1,
      frequency: 'weekly',
      languages: opts.languages ?? ['nl'],
      availability: opts.availability ?? ['wed_afternoon'],
      max_travel_km: opts.maxTravelKm ?? 5,
      preferred_age_min: 4,
      preferred_age_max: 12,
      parenting_experience: null,
      consent_version: 'test',
      consent_at: new Date(),
      confirmed_at: new Date(),
    })
    .returning(['id', 'reference', 'given_name'])
    .executeTakeFirstOrThrow();
  const steps: ScreeningStep[] =
    opts.screened === 'all' || opts.screened === undefined
      ? ['vog', 'intake', 'references', 'approval']
      : opts.screened;
  if (steps.length) {
    const by = opts.recordedBy ?? (await buildUser(db, ['coordinator'])).id;
    const today = dutchDate();
    await db
      .insertInto('support_screening_step')
      .values(
        steps.map((step) => ({
          family_id: row.id,
          step,
          done_on: step === 'vog' ? (opts.vogOn ?? today) : today,
          note: null,
          recorded_by: by,
        })),
      )
      .execute();
  }
  return row;
}

/** Valid bodies of the public forms. */
export const validRequest = (email = 'gezin@example.invalid') => ({
  givenName: 'Amira',
  familyName: 'Testgezin',
  email,
  postcode: '8011 ab',
  supportKinds: ['homework'],
  childAges: [7, 10],
  languages: ['ar', 'nl'],
  availability: ['wed_afternoon', 'fri_afternoon'],
  upbringing: 'Rust en regelmaat',
  offerBack: 'Koken',
  consent: true,
});
export const validFamily = (email = 'steun@example.invalid') => ({
  givenName: 'Joke',
  familyName: 'Steungezin',
  email,
  postcode: PC.zwolleB,
  offers: ['homework', 'day_out'],
  maxChildren: 2,
  maxFamilies: 1,
  frequency: 'weekly',
  languages: ['nl'],
  availability: ['wed_afternoon'],
  maxTravelKm: 5,
  preferredAgeMin: 4,
  preferredAgeMax: 12,
  consent: true,
});

/** A test app with one logged-in coordinator of Zwolle: the usual start of a Buurtgezinnen HTTP test. */
export async function startAsCoordinator(): Promise<{ t: TestApp; s: Session; coordinatorId: string }> {
  const t = await createTestApp();
  const c = await buildCoordinator(t.db.kysely, { municipalities: ['0193'] });
  return { t, s: await login(t.app, c.username), coordinatorId: c.id };
}
