import type { Config } from '../../config.js';
import { openEmbedded, openServer, type Database } from './connect.js';
import { openReplicaReader } from './replica.js';

export function openDatabase(config: Config): Promise<Database> | Database {
  if (!config.databaseUrl)
    return openEmbedded({ dataDir: config.dataDir, statementTimeoutMs: config.statementTimeoutMs });
  const primary = openServer({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    preparedStatements: config.databasePreparedStatements,
  });
  if (!config.databaseReadUrl) return primary;
  const reports = openReplicaReader({
    url: config.databaseReadUrl,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  return {
    ...primary,
    kind: primary.kind,
    kysely: primary.kysely,
    reports,
    async close() {
      await reports.close();
      await primary.close();
    },
  };
}
