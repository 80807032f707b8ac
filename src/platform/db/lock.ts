// PGlite does not lock its data directory: a second process would corrupt it. We hold a lock file
// with our pid and refuse to start while a live process holds it (the CLI included).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a lock file was left behind by a process that is gone: it did not shut down cleanly (a crash, SIGKILL). */
export function leftByCrashedProcess(dataDir: string): boolean {
  try {
    const holder = JSON.parse(readFileSync(join(dataDir, 'keukentafel.lock'), 'utf8')) as {
      pid?: number;
      host?: string;
    };
    return (
      (holder.host === undefined || holder.host === hostname()) && (holder.pid === undefined || !isAlive(holder.pid))
    );
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT'; // an unreadable lock file: a crash while writing it
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'keukentafel.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
      } catch {
        // An unreadable lock file is a leftover of a crash while writing it.
      }
      const sameHost = holder.host === undefined || holder.host === hostname();
      if (sameHost && (holder.pid === undefined || !isAlive(holder.pid))) {
        rmSync(file, { force: true }); // stale: its process is gone
        continue;
      }
      throw new DataDirLockedError(
        `The embedded database in ${dataDir} is in use by another Keukentafel process (pid ${holder.pid ?? '?'} on ${holder.host ?? '?'}). ` +
          'Stop that process first, or set DATABASE_URL to use a PostgreSQL server that several processes can share.',
      );
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}.`);
}
