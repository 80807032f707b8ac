// The web's API types are generated from the server's OpenAPI document and checked in; this test
// fails when a server change has not been carried over to them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document.js';
import { API_FILES_DIR } from './files.js';
import { renderApiFiles } from './render.js';

/** The first line that differs, so the failure says where without printing a 800 kB diff. */
function firstDifference(checkedIn: string, generated: string): string {
  const a = checkedIn.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: checked in ${JSON.stringify(a[at] ?? '<end>')}, server ${JSON.stringify(b[at] ?? '<end>')}`;
}

describe('generated web API files', () => {
  it('match the server: otherwise run `npm run api:types`', { timeout: 120_000 }, async () => {
    const files = await renderApiFiles(await buildOpenApiDocument());
    for (const [name, generated] of Object.entries(files)) {
      const checkedIn = readFileSync(join(API_FILES_DIR, name), 'utf8');
      const stale = checkedIn === generated ? null : firstDifference(checkedIn, generated);
      expect(stale, `web/src/api/${name} is out of date with the server; run \`npm run api:types\``).toBeNull();
    }
  });
});
