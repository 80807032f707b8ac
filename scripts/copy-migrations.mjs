// tsc compiles TypeScript only: the .sql migrations travel to dist beside the compiled migrator.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';

cpSync('src/platform/db/migrations', 'dist/server/platform/db/migrations', { recursive: true });
mkdirSync('dist', { recursive: true });
writeFileSync('dist/.build-stamp', new Date().toISOString());
