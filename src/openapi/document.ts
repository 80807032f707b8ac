// The OpenAPI document exactly as GET /api/openapi.json serves it, built in-process: the web's API
// types are generated from it (api-types.ts), and a test checks the checked-in copy is current.
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openEmbedded } from '../platform/db/connect.js';

export async function buildOpenApiDocument(): Promise<unknown> {
  // Building the app touches no table, so an empty in-memory database is enough.
  const database = await openEmbedded({ statementTimeoutMs: 30_000 });
  const config = loadConfig({
    NODE_ENV: 'test',
    APP_SECRET: 'openapi-document-openapi-document-!',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/nonexistent-openapi-data-dir',
  });
  const app = await buildApp({ config, database, logger: false, serveWeb: false });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await database.close();
  }
}
