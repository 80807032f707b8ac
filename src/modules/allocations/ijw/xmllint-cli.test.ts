// Produced messages checked by libxml2's own command line too (`xmllint --noout --schema`), besides
// the WebAssembly build the server uses. CI installs Debian's libxml2-utils (scripts/ensure-xmllint.mjs);
// on a machine without it this test is skipped, in CI it fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIjwXml } from './codec.js';
import { producedSamples } from './samples.js';
import { IJW_MESSAGE_CODES, STANDARD_DIR } from './schema-model.js';

const XMLLINT = process.env.XMLLINT_PATH || '/usr/bin/xmllint';
const available = existsSync(XMLLINT);
if (!available && process.env.CI) throw new Error('xmllint is missing in CI: run node scripts/ensure-xmllint.mjs');

describe.skipIf(!available)('xmllint --schema on every produced message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ijw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const samples = producedSamples();

  it.each(IJW_MESSAGE_CODES.map((c) => [c]))('%s validates with xmllint', (code) => {
    const file = join(dir, `${code}.xml`);
    writeFileSync(file, buildIjwXml(code, samples[code] as never));
    const out = execFileSync(XMLLINT, ['--noout', '--nonet', '--schema', join(STANDARD_DIR, `${code}.xsd`), file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });
});
