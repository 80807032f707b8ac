// tsc compiles TypeScript only: the .sql migrations travel to dist beside the compiled migrator.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';

cpSync('src/platform/db/migrations', 'dist/server/platform/db/migrations', { recursive: true });
mkdirSync('dist', { recursive: true });
// DESIGN.md's fixed point: `node dist/cli.js audit verify`.
writeFileSync('dist/cli.js', "import './server/cli.js';\n");
writeFileSync('dist/.build-stamp', new Date().toISOString());
