// The family's access by law as a matrix: viewer (age band × authority) × item kind × the age band of the
// person whose part it is. Every cell is written out, so a change of rule shows as a changed row.
import { describe, expect, it } from 'vitest';
import { dossierAuthority, type AuthorityInput } from './authority-source.js';
import { ageBand, mayShieldFromParents, maySee, type AgeBand, type PortalItem, type Viewer } from './policy.js';
import { resolveViewer } from './viewer.js';

const ON = '2026-12-06';
const birth = { under_12: '2016-05-01', '12_15': '2012-01-15', '16_17': '2010-03-01', adult: '1985-07-07' } as const;

const household: AuthorityInput[] = [
  { id: 'mum', kind: 'parent', givenName: 'Anna', band: 'adult', dossierAuthority: true },
  { id: 'dad', kind: 'parent', givenName: 'Bram', band: 'adult', dossierAuthority: false },
  { id: 'kid', kind: 'child', givenName: 'Cas', band: 'under_12', dossierAuthority: null },
  { id: 'teen', kind: 'child', givenName: 'Dewi', band: '12_15', dossierAuthority: null },
  { id: 'youth', kind: 'child', givenName: 'Eva', band: '16_17', dossierAuthority: null },
  { id: 'adultChild', kind: 'child', givenName: 'Finn', band: 'adult', dossierAuthority: null },
];
const bandOf = (id: string) => household.find((m) => m.id === id)?.band as AgeBand;

async function viewer(id: string): Promise<Viewer> {
  const v = await resolveViewer(id, household, dossierAuthority);
  if (!v) throw new Error(`no viewer ${id}`);
  return v;
}

type Cell =
  | 'shared'
  | 'own'
  | `part:${string}`
  | `shielded:${string}`
  | 'professional_shielded'
  | 'internal_note'
  | 'referral_index';
function item(cell: Cell, viewerId: string): PortalItem {
  if (cell === 'shared' || cell === 'professional_shielded' || cell === 'internal_note' || cell === 'referral_index')
    return { kind: cell };
  const [what, who] = cell === 'own' ? ['part', viewerId] : (cell.split(':') as [string, string]);
  return { kind: 'person_part', personId: who, band: bandOf(who), youthShielded: what === 'shielded' };
}

// Columns: the item kinds; rows: the viewers. "part:kid" is a child's own part (under 12), "part:teen"
// (12–15), "part:youth" (16–17), "shielded:youth" the 16-year-old's part shielded from the parents,
// "part:dad" another adult's part, "part:adultChild" an adult child's part. A viewer's own column (the
// dad's "part:dad", the teen's "part:teen") is their own part: always theirs to see.
const COLUMNS: Cell[] = [
  'shared',
  'own',
  'part:kid',
  'part:teen',
  'part:youth',
  'shielded:youth',
  'part:dad',
  'part:adultChild',
  'professional_shielded',
  'internal_note',
  'referral_index',
];
const MATRIX: Record<string, string> = {
  //                    shared own kid teen youth shielded dad adultChild prof note ref
  'mum (authority)': 'Y      Y   Y   Y    Y     .        .   .          .    .    .',
  'dad (no authority)': '.      Y   .   .    .     .        Y   .          .    .    .',
  'teen (12-15)': 'Y      Y   .   Y    .     .        .   .          .    .    .',
  'youth (16-17)': 'Y      Y   .   .    Y     Y        .   .          .    .    .',
};
const VIEWERS: Record<string, string> = {
  'mum (authority)': 'mum',
  'dad (no authority)': 'dad',
  'teen (12-15)': 'teen',
  'youth (16-17)': 'youth',
};

describe('who in the family sees what', () => {
  for (const [row, cells] of Object.entries(MATRIX)) {
    const expected = cells.trim().split(/\s+/);
    COLUMNS.forEach((column, i) => {
      it(`${row} × ${column} → ${expected[i] === 'Y' ? 'sees' : 'does not see'}`, async () => {
        const v = await viewer(VIEWERS[row] as string);
        expect(maySee(v, item(column, v.personId))).toBe(expected[i] === 'Y');
      });
    });
  }

  it('a child under 12 has no login of their own; the network has none either', async () => {
    expect(await resolveViewer('kid', household, dossierAuthority)).toBeNull();
    expect(await resolveViewer('nobody', household, dossierAuthority)).toBeNull();
  });

  it('a login from before migration 022 keeps the view of the parent with authority', async () => {
    const legacy = await resolveViewer(null, household, dossierAuthority);
    expect(legacy?.hasAuthority).toBe(true);
    expect(maySee(legacy as Viewer, item('part:teen', 'x'))).toBe(true);
    expect(maySee(legacy as Viewer, item('shielded:youth', 'x'))).toBe(false);
  });

  it('only a young person of 16 or 17 may shield, and only their own part', async () => {
    const grid: Array<[string, Cell, boolean]> = [
      ['youth', 'own', true],
      ['teen', 'own', false],
      ['mum', 'own', false],
      ['mum', 'part:youth', false],
      ['youth', 'part:teen', false],
      ['youth', 'shared', false],
    ];
    for (const [who, cell, allowed] of grid) {
      const v = await viewer(who);
      expect(mayShieldFromParents(v, item(cell, v.personId)), `${who} × ${cell}`).toBe(allowed);
    }
  });

  it('age bands follow the birthday', () => {
    expect(ageBand(birth.under_12, ON)).toBe('under_12');
    expect(ageBand('2014-12-06', ON)).toBe('12_15');
    expect(ageBand('2014-12-07', ON)).toBe('under_12');
    expect(ageBand(birth['12_15'], ON)).toBe('12_15');
    expect(ageBand(birth['16_17'], ON)).toBe('16_17');
    expect(ageBand('2008-12-06', ON)).toBe('adult');
    expect(ageBand(null, ON)).toBe('adult');
  });
});
