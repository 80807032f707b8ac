// Every error code Buurtgezinnen throws has a Dutch and an English text (in the module manifests
// or src/platform/http/messages.ts). The codes are read from the source, so a new one cannot slip by.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../platform/http/messages.js';
import { MODULES } from '../index.js';

const { messagesFor } = errorCatalogue(MODULES);

const ROOT = 'src/modules/support-families';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

function thrownCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(ROOT))
    for (const m of readFileSync(file, 'utf8').matchAll(/new \w+Error\(\s*'([a-z0-9_]+)'/g)) codes.add(m[1] ?? '');
  return [...codes].sort();
}

describe('error messages of Buurtgezinnen', () => {
  it('finds the codes in the source, in every folder', () => {
    expect(thrownCodes()).toEqual(
      expect.arrayContaining([
        'pair_not_eligible',
        'confirmation_invalid',
        'support_kind_exists',
        'match_precondition_missing',
      ]),
    );
  });

  it('has a Dutch and an English text for every one of them', () => {
    const missing = thrownCodes().filter(
      (code) =>
        messagesFor(code, '\u0000missing').en === '\u0000missing' ||
        messagesFor(code, '\u0000missing').nl === '\u0000missing',
    );
    expect(missing).toEqual([]);
  });
});
