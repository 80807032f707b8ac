import type { Config } from '../../config.js';
import { openEmbedded, openServer, type Database } from './connect.js';

export function openDatabase(config: Config): Promise<Database> | Database {
  return config.databaseUrl
    ? openServer({
        url: config.databaseUrl,
        poolSize: config.databasePoolSize,
        statementTimeoutMs: config.statementTimeoutMs,
      })
    : openEmbedded({ dataDir: config.dataDir, statementTimeoutMs: config.statementTimeoutMs });
}
