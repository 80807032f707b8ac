// `npm run api:types`: writes the server's OpenAPI document and the web's types generated from it
// (web/src/api/openapi.json, web/src/api/schema.ts). api-types.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_FILES_DIR } from './files.js';
import { buildOpenApiDocument } from './document.js';
import { renderApiFiles } from './render.js';

const files = await renderApiFiles(await buildOpenApiDocument());
for (const [name, text] of Object.entries(files)) writeFileSync(join(API_FILES_DIR, name), text);
process.stdout.write(`Wrote ${Object.keys(files).join(' and ')} in ${API_FILES_DIR}.\n`);
