// Every number and date on screen goes through the shared formatters (web/src/format.ts), so a page
// never mixes "59.1" with "16,8%" or "2027-01-15" with "5 dec 2026". This fails on ad-hoc formatting.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'web/src';
const ALLOWED = new Set(['format.ts']);
const FORBIDDEN = [/\.toFixed\(/, /\.toLocale(Date|Time)?String\(/, /new Intl\./];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('formatting', () => {
  it('happens only in web/src/format.ts (no toFixed, toLocale*String or Intl elsewhere)', () => {
    const offenders = sources(ROOT).flatMap((path) => {
      const file = relative(ROOT, path);
      if (ALLOWED.has(file)) return [];
      return readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => (FORBIDDEN.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(offenders).toEqual([]);
  });
});
