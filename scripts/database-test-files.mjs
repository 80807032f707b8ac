#!/usr/bin/env node
// Prints the test files whose outcome can depend on the database backend: those that open the test
// database (src/test-support/database.ts), directly or through a test-support helper that does. CI runs
// these a second time on the PostgreSQL server; the others (pure functions, code lists, XML, the web's
// formatters) would only repeat the embedded run. A file that opens a database some other way names
// itself with the comment `// runs-on-both-backends`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const support = join(root, 'src/test-support');

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

// The test-support modules that reach the test database, found by following their imports.
const supportSource = new Map(
  readdirSync(support)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), readFileSync(join(support, f), 'utf8')]),
);
const importsOf = (source) => [...source.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => m[1]);
const reachesDatabase = new Set(['database', 'app']);
for (let grew = true; grew;) {
  grew = false;
  for (const [name, source] of supportSource) {
    if (!reachesDatabase.has(name) && importsOf(source).some((i) => reachesDatabase.has(i))) {
      reachesDatabase.add(name);
      grew = true;
    }
  }
}

const usesDatabase = (source) =>
  source.includes('runs-on-both-backends') ||
  [...source.matchAll(/from '[./]*(?:\.\.\/)*(?:src\/)?test-support\/([\w-]+)\.js'/g)].some((m) =>
    reachesDatabase.has(m[1]),
  );

const files = [...walk(join(root, 'src')), ...walk(join(root, 'web/src'))]
  .filter((file) => usesDatabase(readFileSync(file, 'utf8')))
  .map((file) => relative(root, file))
  .sort();
process.stdout.write(files.join('\n') + '\n');
