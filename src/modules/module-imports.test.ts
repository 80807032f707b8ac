// Modules may depend on each other in one direction only: when families imports trajectories,
// trajectories imports nothing from families (import-x/no-cycle sees file cycles, not folder ones).
// Shared pieces go to the module that owns the idea, or to platform/ when they are truly cross-cutting.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MODULES_DIR = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The module folder a path lies in, or null outside src/modules/<name>/. */
function moduleOf(path: string): string | null {
  const rel = relative(MODULES_DIR, path).split('/');
  return rel.length > 1 && rel[0] !== '..' ? (rel[0] ?? null) : null;
}

/** "from → to" for every import (static, type-only, re-export or dynamic) that crosses module folders. */
function moduleEdges(files: string[]): Set<string> {
  const edges = new Set<string>();
  for (const file of files) {
    const from = moduleOf(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const visit = (node: ts.Node): void => {
      const spec =
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
          ? node.moduleSpecifier.text
          : ts.isCallExpression(node) &&
              node.expression.kind === ts.SyntaxKind.ImportKeyword &&
              node.arguments[0] &&
              ts.isStringLiteral(node.arguments[0])
            ? node.arguments[0].text
            : null;
      if (spec?.startsWith('.')) {
        const to = moduleOf(resolve(dirname(file), spec));
        if (from && to && from !== to) edges.add(`${from} → ${to}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return edges;
}

describe('imports between modules', () => {
  it('go one way only', () => {
    const edges = moduleEdges(sourceFiles(MODULES_DIR));
    const twoWay = [...edges].filter((edge) => edges.has(edge.split(' → ').reverse().join(' → ')));
    expect(edges.size).toBeGreaterThan(10); // the scan sees the imports that exist
    expect(twoWay).toEqual([]);
  });
});
