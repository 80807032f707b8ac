// `npm start` (scripts/start.mjs) as it starts a server: on PostgreSQL the server gets a limited V8 old
// space and the migrations and demo seed run before it in a process without the limit; on the embedded
// database nothing changes; an explicit NODE_OPTIONS or MAX_OLD_SPACE_MB wins; signals and the exit
// code pass through. The server and the CLI are stand-ins in a scratch directory that record what heap
// they were really given (v8.getHeapStatistics), so this runs in a second, without a build or a database.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const START = fileURLToPath(new URL('../scripts/start.mjs', import.meta.url));

// Each stand-in appends one JSON line to record.jsonl: which it is, its flags, its heap limit.
const STAND_IN = (name: string) => `
const { appendFileSync } = require('node:fs');
const { getHeapStatistics } = require('node:v8');
const record = (extra) => appendFileSync('record.jsonl', JSON.stringify({
  name: ${JSON.stringify(name)}, argv: process.argv.slice(2), execArgv: process.execArgv,
  heapLimit: getHeapStatistics().heap_size_limit, nodeOptions: process.env.NODE_OPTIONS ?? null, ...extra,
}) + '\\n');
const behaviour = process.env.STAND_IN_${name.toUpperCase()} ?? 'exit:0';
record({});
if (behaviour === 'wait') {
  process.on('SIGTERM', () => { record({ signal: 'SIGTERM' }); process.exit(0); });
  setInterval(() => {}, 1000);
} else {
  process.exit(Number(behaviour.slice('exit:'.length)));
}
`;

interface Entry {
  name: 'server' | 'cli';
  argv: string[];
  execArgv: string[];
  heapLimit: number;
  nodeOptions: string | null;
  signal?: string;
}

let dir: string;
let defaultHeapLimit: number;
const heapLimitWith = (flag: string) =>
  Number(
    spawnSync(process.execPath, [flag, '-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], {
      env: cleanEnv(),
      encoding: 'utf8',
    }).stdout,
  );

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  delete env.MAX_OLD_SPACE_MB;
  return { ...env, ...extra };
}

function records(): Entry[] {
  const file = join(dir, 'record.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Entry);
}

function start(env: Record<string, string>) {
  rmSync(join(dir, 'record.jsonl'), { force: true });
  const result = spawnSync(process.execPath, [START], { cwd: dir, env: cleanEnv(env), encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, entries: records() };
}

const PG = 'postgres://nobody@127.0.0.1:1/none';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kt-start-'));
  mkdirSync(join(dir, 'dist', 'server'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'server', 'main.js'), STAND_IN('server'));
  writeFileSync(join(dir, 'dist', 'server', 'cli.js'), STAND_IN('cli'));
  defaultHeapLimit = heapLimitWith('--no-warnings');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start (scripts/start.mjs)', () => {
  it('on the embedded database starts the server alone, with V8’s own heap limit', () => {
    const { status, entries } = start({});
    expect(status).toBe(0);
    expect(entries.map((e) => e.name)).toEqual(['server']);
    expect(entries[0]!.execArgv).toEqual([]);
    expect(entries[0]!.heapLimit).toBe(defaultHeapLimit);
  });

  it('on PostgreSQL prepares without a limit, then serves with a 160 MB old space', () => {
    const { status, entries } = start({ DATABASE_URL: PG });
    expect(status).toBe(0);
    expect(entries.map((e) => e.name)).toEqual(['cli', 'server']);
    const [cli, server] = entries as [Entry, Entry];
    expect(cli.argv).toEqual(['prepare']);
    expect(cli.heapLimit).toBe(defaultHeapLimit);
    expect(server.execArgv).toEqual(['--max-old-space-size=160']);
    expect(server.heapLimit).toBe(heapLimitWith('--max-old-space-size=160'));
    expect(server.heapLimit).toBeLessThan(defaultHeapLimit);
  });

  it('honours MAX_OLD_SPACE_MB, and 0 leaves the server as it was (it then seeds itself)', () => {
    const larger = start({ DATABASE_URL: PG, MAX_OLD_SPACE_MB: '192' });
    expect(larger.entries.map((e) => e.name)).toEqual(['cli', 'server']);
    expect(larger.entries[1]!.heapLimit).toBe(heapLimitWith('--max-old-space-size=192'));

    const off = start({ DATABASE_URL: PG, MAX_OLD_SPACE_MB: '0' });
    expect(off.status).toBe(0);
    expect(off.entries.map((e) => e.name)).toEqual(['server']);
    expect(off.entries[0]!.heapLimit).toBe(defaultHeapLimit);
  });

  it('refuses an unusable MAX_OLD_SPACE_MB before starting anything', () => {
    const { status, stderr, entries } = start({ DATABASE_URL: PG, MAX_OLD_SPACE_MB: '12' });
    expect(status).toBe(1);
    expect(stderr).toContain('MAX_OLD_SPACE_MB');
    expect(entries).toEqual([]);
  });

  it('leaves a limit set in NODE_OPTIONS to the server, and keeps it off the seed', () => {
    const { status, entries } = start({ DATABASE_URL: PG, NODE_OPTIONS: '--max-old-space-size=300 --no-warnings' });
    expect(status).toBe(0);
    const [cli, server] = entries as [Entry, Entry];
    expect(cli.name).toBe('cli');
    expect(cli.heapLimit).toBe(defaultHeapLimit);
    expect(cli.nodeOptions).toBe('--no-warnings');
    expect(server.execArgv).toEqual([]);
    expect(server.heapLimit).toBe(heapLimitWith('--max-old-space-size=300'));
  });

  it('passes the exit code on, and does not serve when preparing failed', () => {
    expect(start({ DATABASE_URL: PG, STAND_IN_SERVER: 'exit:3' }).status).toBe(3);
    const failed = start({ DATABASE_URL: PG, STAND_IN_CLI: 'exit:4' });
    expect(failed.status).toBe(4);
    expect(failed.entries.map((e) => e.name)).toEqual(['cli']);
  });

  it('passes SIGTERM on to the server and ends as the server does', async () => {
    rmSync(join(dir, 'record.jsonl'), { force: true });
    const child = spawn(process.execPath, [START], {
      cwd: dir,
      env: cleanEnv({ DATABASE_URL: PG, STAND_IN_SERVER: 'wait' }),
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    for (let i = 0; i < 200 && !records().some((e) => e.name === 'server'); i++)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(records().filter((e) => e.name === 'server')).toEqual([
      expect.objectContaining({ execArgv: ['--max-old-space-size=160'] }),
      expect.objectContaining({ signal: 'SIGTERM' }),
    ]);
  });
});
