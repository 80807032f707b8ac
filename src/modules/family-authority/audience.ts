// Who in the household is told about an item (issue 15 item 7): exactly who the policy lets see it. The
// notifications are data-modifying CTEs of the event's own statement (notify-family.ts), so they cannot
// call the policy per row; instead the policy is asked here, once, for every combination of the facts a
// statement reads from the person rows (kind × age band × the dossier's authority mark, and the same for
// the person a record is about), and its answers become VALUES lists the SQL matches those facts against.
// One source of truth: change a rule in policy.ts (or the dossier's rule in authority-source.ts) and the
// recipients change with it; audience.int.test.ts checks household × notification kind against both.
//
// Authority here is the dossier's (person.has_authority, dossierAuthorityOver): a statement cannot ask the
// national authority register. With the Gezagsmodule installed (docs/architecture.md, "Authority") the
// dossier mark is what the register last said; a notification is content-free, the portal read itself
// always asks the installed source.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { PERSON_KINDS, type PersonKind } from '../../platform/db/schema.js';
import { dossierAuthorityOver, type AuthorityInput } from './authority-source.js';
import { AGE_BANDS, maySee, mayLogIn, type AgeBand, type PortalItem, type Viewer } from './policy.js';
import { viewerFrom } from './viewer.js';

/** What a statement knows of a household member: the facts the dossier's authority and the policy use. */
export interface MemberFacts {
  readonly kind: PersonKind;
  readonly band: AgeBand;
  /** person.has_authority is true (null and false are the same to the dossier's rule). */
  readonly authority: boolean;
}

export const ALL_FACTS: readonly MemberFacts[] = PERSON_KINDS.flatMap((kind) =>
  AGE_BANDS.flatMap((band) => [true, false].map((authority) => ({ kind, band, authority }))),
);

const member = (id: string, f: MemberFacts): AuthorityInput => ({
  id,
  kind: f.kind,
  givenName: id,
  band: f.band,
  dossierAuthority: f.authority,
});

/** The viewer a login of `id` would be in this household, with the dossier as the authority source. */
function viewerIn(id: string | null, household: AuthorityInput[]): Viewer | null {
  return viewerFrom(id, household, id === null ? new Set() : dossierAuthorityOver(household, id));
}

const part = (personId: string, band: AgeBand, youthShielded: boolean): PortalItem => ({
  kind: 'person_part',
  personId,
  band,
  youthShielded,
});
const sees = (v: Viewer | null, item: PortalItem) => v !== null && maySee(v, item);

/** The policy's answers, cell by cell (exported for the test that prints them). */
export const AUDIENCE = {
  /** Whose login the portal lets in at all. */
  login: ALL_FACTS.filter((f) => mayLogIn(f)),
  /** Who sees the shared file (the plan, a meeting). */
  shared: ALL_FACTS.filter((f) => sees(viewerIn('r', [member('r', f)]), { kind: 'shared' })),
  sharedLegacy: sees(viewerIn(null, []), { kind: 'shared' }),
  /** Who sees a record about themselves, by whether the young person shielded it. */
  ownPart: (shielded: boolean) =>
    ALL_FACTS.filter((f) => sees(viewerIn('r', [member('r', f)]), part('r', f.band, shielded))),
  /** [recipient, subject] pairs where the recipient sees a record about the subject. */
  otherPart: (shielded: boolean) =>
    ALL_FACTS.flatMap((r) =>
      ALL_FACTS.filter((s) => sees(viewerIn('r', [member('r', r), member('s', s)]), part('s', s.band, shielded))).map(
        (s) => [r, s] as const,
      ),
    ),
  /** Subjects whose records a login from before migration 022 sees. */
  legacyPart: (shielded: boolean) =>
    ALL_FACTS.filter((s) => sees(viewerIn(null, [member('s', s)]), part('s', s.band, shielded))),
};

/**
 * The Jeugdwet's age band of a birth-date column, as ageBand() computes it: ageOn compares (month, day)
 * with the day's, so "12 or older" is "born on or before the same month-day 12 years back", compared as
 * ISO text in byte order (that also holds for 29 February, which a date cannot hold in other years).
 */
export function ageBandSql(birthDate: RawBuilder<unknown>, on: string): RawBuilder<AgeBand> {
  const [y, md] = [Number(on.slice(0, 4)), on.slice(4)];
  const cutoff = (years: number) => `${String(y - years).padStart(4, '0')}${md}`;
  const b = sql`(${birthDate}::text collate "C")`;
  return sql<AgeBand>`case when ${b} is null then 'adult' when ${b} > ${cutoff(12)} then 'under_12'
    when ${b} > ${cutoff(16)} then '12_15' when ${b} > ${cutoff(18)} then '16_17' else 'adult' end`;
}

/** The SQL facts of a person row alias: (kind, age band, authority mark). */
export function factsSql(alias: string, on: string): RawBuilder<unknown>[] {
  return [
    sql`${sql.ref(`${alias}.kind`)}::text`,
    ageBandSql(sql.ref(`${alias}.birth_date`), on),
    sql`coalesce(${sql.ref(`${alias}.has_authority`)}, false)`,
  ];
}

const literal = (f: MemberFacts) => [sql.lit(f.kind), sql.lit(f.band), sql.lit(f.authority)];

/** `(facts…) in ((cell…), …)`, or false when the policy answers no for every cell. */
export function factsIn(
  facts: RawBuilder<unknown>[],
  cells: ReadonlyArray<RawBuilder<unknown>[]>,
): RawBuilder<SqlBool> {
  if (cells.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(facts)}) in (${sql.join(cells.map((c) => sql`(${sql.join(c)})`))})`;
}

export const memberCells = (cells: readonly MemberFacts[]) => cells.map(literal);
export const pairCells = (pairs: ReadonlyArray<readonly [MemberFacts, MemberFacts]>) =>
  pairs.map(([r, s]) => [...literal(r), ...literal(s)]);
