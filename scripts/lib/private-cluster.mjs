// A private, throw-away PostgreSQL cluster (initdb into a temp dir, own port, own socket dir) for
// tests that stop and start PostgreSQL: the shared server on 5432 is never touched.
// As root, initdb refuses to run: the cluster then belongs to the `postgres` system user (runuser).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function serverBinDir() {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .map(Number)
        .filter((n) => n > 0)
        .sort((a, b) => b - a)
    : [];
  for (const v of versions)
    if (existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) return `/usr/lib/postgresql/${v}/bin`;
  throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql/*/bin');
}

export function createCluster(port) {
  const bin = serverBinDir();
  const root = mkdtempSync(join(tmpdir(), 'kt-cluster-'));
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const asRoot = process.getuid?.() === 0;
  let uid = null;
  let gid = null;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, uid, gid);
    chmodSync(root, 0o700);
  }
  const sh = (tool, args, opts = {}) => {
    const cmd = asRoot ? 'runuser' : join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const r = spawnSync(cmd, argv, { encoding: 'utf8', ...opts });
    if (r.status !== 0 && !opts.allowFail)
      throw new Error(`${tool} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
    return r;
  };
  sh('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=64MB`;
  const cluster = {
    url: (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`,
    dataDir,
    logFile,
    start() {
      sh('pg_ctl', ['start', '-D', dataDir, '-o', options, '-l', logFile, '-w', '-t', '60']);
    },
    /** `pg_ctl stop -m immediate`: no checkpoint, no goodbye to clients — like a crash; WAL recovery on start. */
    crash() {
      sh('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
    },
    destroy() {
      sh('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w'], { allowFail: true, stdio: 'ignore' });
      rmSync(root, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
