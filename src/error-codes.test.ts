// Every problem code that can reach a response has a Dutch and an English text. The codes are read
// from the whole of src/ with the TypeScript compiler: every expression in a place typed
// `ErrorCode` (an error constructor's code, `deny(…, code)`, a Problem's code, a variable or
// template literal computed into one) contributes the string literals its type can take. The
// compiler already refuses a code outside `ErrorCode`; this test also catches a module whose
// texts extend `ErrorCode` but never reach the catalogue (its manifest forgot `errors`).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from './platform/http/messages.js';
import { MODULES } from './modules/index.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

interface Found {
  code: string;
  where: string;
}

function literalMembers(type: ts.Type): string[] | null {
  const members = type.isUnion() ? type.types : [type];
  const codes: string[] = [];
  for (const member of members) {
    if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    if (!member.isStringLiteral()) return null;
    codes.push(member.value);
  }
  return codes;
}

/** Every code in an `ErrorCode` position in the non-test sources under src/, with where it is. */
function scanThrownCodes(): { found: Found[]; unreadable: string[] } {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json not readable');
  // The sources only (not the tests, e2e or bench): what can reach a response.
  const rootNames = config.fileNames.filter((f) => f.startsWith(join(ROOT, 'src/')) && !f.endsWith('.test.ts'));
  const program = ts.createProgram({ rootNames, options: config.options });
  const checker = program.getTypeChecker();

  const errorsFile = program.getSourceFile(join(ROOT, 'src/platform/errors.ts'));
  const alias = errorsFile?.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'ErrorCode',
  );
  if (!alias) throw new Error('ErrorCode not found in src/platform/errors.ts');
  const allCodes = new Set(literalMembers(checker.getTypeAtLocation(alias.name)) ?? []);

  // A position typed ErrorCode (or ErrorCode | undefined): its literal members are exactly the known codes.
  const isErrorCodePosition = (type: ts.Type | undefined): boolean => {
    const members = type && literalMembers(type);
    return !!members && members.length === allCodes.size && members.every((m) => allCodes.has(m));
  };

  const found: Found[] = [];
  const unreadable: string[] = [];
  const record = (file: ts.SourceFile, node: ts.Expression): void => {
    const where = `${file.fileName.slice(ROOT.length + 1)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const type = checker.getTypeAtLocation(node);
    const codes = literalMembers(type);
    if (codes === null) unreadable.push(`${where} ${node.getText()}`);
    // A value typed ErrorCode as a whole (a parameter passed on) adds nothing: its source is recorded where it starts.
    else if (!isErrorCodePosition(type)) for (const code of codes) found.push({ code, where });
  };
  // Codes start as string literals (also inside `a ? 'x' : 'y'`, `map[k] ?? 'z'`, object literals) or
  // as a computed value handed to a constructor, a call or a property: only those positions are asked
  // for their contextual type, which keeps the scan affordable.
  const isLiteral = (n: ts.Node) =>
    ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n);
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(join(ROOT, 'src/')) || file.fileName.endsWith('.test.ts')) continue;
    const visit = (node: ts.Node): void => {
      if (isLiteral(node)) {
        if (isErrorCodePosition(checker.getContextualType(node))) record(file, node);
        return;
      }
      const handed =
        ts.isNewExpression(node) || ts.isCallExpression(node)
          ? (node.arguments ?? [])
          : ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)
            ? [ts.isPropertyAssignment(node) ? node.initializer : node.name]
            : [];
      for (const arg of handed)
        if (!isLiteral(arg) && isErrorCodePosition(checker.getContextualType(arg))) record(file, arg);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { found, unreadable };
}

describe('problem codes', () => {
  let scan: ReturnType<typeof scanThrownCodes>;
  beforeAll(() => {
    scan = scanThrownCodes();
  }, 600_000);

  it('are read from every way a code reaches a response', () => {
    const codes = new Set(scan.found.map((f) => f.code));
    for (const code of [
      'user_not_found', // new NotFoundError('user_not_found', …)
      'possible_duplicate', // built by a helper function
      'organisation_not_designated', // deny(…, 'organisation_not_designated') in a policy
      'registration_too_old', // a template literal over the legal window's reasons
      'route_not_found', // a Problem object in app.ts
      'invalid_json', // the error handler's map of Fastify's codes
    ])
      expect(codes, code).toContain(code);
    expect(scan.unreadable).toEqual([]);
  });

  it('each have a Dutch and an English text in the catalogue the app is built from', () => {
    const { messagesFor } = errorCatalogue(MODULES);
    const missing = scan.found
      .filter(({ code }) => {
        const text = messagesFor(code, '\u0000missing');
        return text.en === '\u0000missing' || !text.nl.trim() || !text.en.trim();
      })
      .map(({ code, where }) => `${code} (${where})`);
    expect(missing).toEqual([]);
  });
});
