// Every error code the referral index and the partner API throw has a Dutch and an English text
// (in the module manifests or src/platform/http/messages.ts). The codes are read from the source,
// so a new one cannot slip by.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../platform/http/messages.js';
import { MODULES } from '../index.js';
import { END_MESSAGES } from './register.js';

const { messagesFor } = errorCatalogue(MODULES);

const ROOTS = ['src/modules/involvement', 'src/modules/partner-api', 'src/platform/access/partner.ts'];

function sources(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(path, f));
}

function thrownCodes(): string[] {
  const codes = new Set<string>();
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new \w+Error\(\s*'([a-z0-9_]+)'/g)) codes.add(m[1] ?? '');
    // The one computed code: registration_<reason of the legal window>.
    for (const m of text.matchAll(/new \w+Error\(\s*`([a-z0-9_]+)\$\{/g))
      for (const reason of Object.keys(END_MESSAGES)) codes.add(`${m[1] ?? ''}${reason}`);
  }
  return [...codes].sort();
}

describe('error messages of the referral index and the partner API', () => {
  it('finds the codes in the source', () => {
    expect(thrownCodes()).toEqual(
      expect.arrayContaining([
        'registration_too_old',
        'already_registered',
        'api_key_invalid',
        'api_key_revoked',
        'api_key_scope',
        'match_closed',
        'coordinator_not_eligible',
        'organisation_not_designated',
      ]),
    );
  });

  it('has a Dutch and an English text for every one of them', () => {
    const missing = thrownCodes().filter((code) => messagesFor(code, '\u0000missing').en === '\u0000missing');
    expect(missing).toEqual([]);
  });
});
