// `npm run db:types`: migrates a fresh in-memory database and writes database.generated.ts from it.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { openEmbedded } from '../connect.js';
import { migrate } from '../migrate.js';
import { GENERATED_FILE, generateDatabaseTypes } from './generate.js';

const db = await openEmbedded({ statementTimeoutMs: 60_000 });
try {
  await migrate(db.kysely);
  writeFileSync(GENERATED_FILE, await generateDatabaseTypes(db.kysely));
  process.stdout.write(`Wrote ${relative(process.cwd(), GENERATED_FILE)}.\n`);
} finally {
  await db.close();
}
