// tsc compiles TypeScript only: the .sql migrations travel to dist beside the compiled migrator.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

// Replace, not merge: a renamed migration left behind in dist would be applied as a second one.
rmSync('dist/server/platform/db/migrations', { recursive: true, force: true });
cpSync('src/platform/db/migrations', 'dist/server/platform/db/migrations', { recursive: true });
// The iJw 3.2 standard (XSDs, code lists) travels with the allocations module: production never reads ../shared.
rmSync('dist/server/modules/allocations/ijw/standard', { recursive: true, force: true });
cpSync('src/modules/allocations/ijw/standard', 'dist/server/modules/allocations/ijw/standard', { recursive: true });
mkdirSync('dist', { recursive: true });
// DESIGN.md's fixed point: `node dist/cli.js audit verify`.
writeFileSync('dist/cli.js', "import './server/cli.js';\n");
writeFileSync('dist/.build-stamp', new Date().toISOString());
