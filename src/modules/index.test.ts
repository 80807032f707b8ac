// The module list is the only place that names a capability, so it must name all of them, and each
// manifest must carry every policy its module defines (a policy left out answers "no policy registered").
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SubjectPolicy } from '../platform/access/policy.js';
import { MODULES } from './index.js';

const ROOT = 'src/modules';
const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function isPolicy(value: unknown): value is SubjectPolicy {
  return typeof value === 'object' && value !== null && 'subjectType' in value && 'decide' in value;
}

describe('the module list', () => {
  it('has one manifest per module folder, named after the folder', () => {
    expect(folders.filter((f) => !existsSync(join(ROOT, f, 'module.ts')))).toEqual([]);
    expect(MODULES.map((m) => m.name).sort()).toEqual(folders);
  });

  it('registers every policy a module defines, and each subject type once', async () => {
    const missing: string[] = [];
    for (const module of MODULES) {
      const file = join(ROOT, module.name, 'policy.ts');
      if (!existsSync(file)) continue;
      const exported = Object.values(
        (await import(/* @vite-ignore */ pathToFileURL(resolve(file)).href)) as Record<string, unknown>,
      );
      for (const policy of exported.filter(isPolicy)) {
        if (!module.policies?.includes(policy)) missing.push(`${module.name}: ${policy.subjectType}`);
      }
    }
    expect(missing).toEqual([]);
    const subjects = MODULES.flatMap((m) => m.policies ?? []).map((p) => p.subjectType);
    expect(subjects.length).toBeGreaterThan(20);
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});
