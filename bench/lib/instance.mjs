// Starting, watching and stopping one Keukentafel server instance in a child process.
//
// The instance is `node dist/server/main.js` itself (no shell, no npm wrapper), so the child's pid
// is the server's pid: SIGTERM reaches the server's own shutdown handler, and /proc/<pid>/status
// is the server's memory. Every started child is remembered in `live`, and a process-exit hook
// kills whatever is still running, so an error or Ctrl-C never leaves a stray server behind.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Children that have been started and have not exited yet. */
const live = new Set();

/** Last resort, synchronous: runs on normal exit, on uncaught errors and on signals (see run.mjs). */
export function killAllInstances() {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  live.clear();
}

/** Asks the kernel for a free TCP port on 127.0.0.1 (tiny race until the server binds it; fine here). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Resident set size of a process in bytes (VmRSS from /proc), or null when it is gone. */
export function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `intervalMs` until stopped; `stop()` returns the peak in bytes. */
export function sampleRss(pid, intervalMs = 100) {
  let peak = rssBytes(pid) ?? 0;
  const timer = setInterval(() => {
    const now = rssBytes(pid);
    if (now !== null && now > peak) peak = now;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const now = rssBytes(pid);
      if (now !== null && now > peak) peak = now;
      return peak;
    },
  };
}

/**
 * Starts `node [nodeArgs] <entry>` with the given environment on a free port, bound to 127.0.0.1, and waits
 * until GET /api/health answers 200 with status "ok". Rejects (after killing the child) when the
 * child exits early or health does not come within `startTimeoutMs`.
 */
export async function startInstance({ entry, cwd, env, nodeArgs = [], startTimeoutMs = 180_000, label = 'server' }) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);

  // Keep the last lines of output for error messages; the server logs at warn level, so this is small.
  const tail = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      live.delete(child);
      resolveExit({ code, signal });
    });
  });
  let exitInfo = null;
  void exited.then((info) => {
    exitInfo = info;
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  let health = null;
  try {
    while (!health) {
      if (exitInfo) {
        throw new Error(
          `${label} exited during start-up (code ${exitInfo.code}, signal ${exitInfo.signal}):\n${tail.join('\n')}`,
        );
      }
      if (Date.now() - started > startTimeoutMs) {
        throw new Error(`${label} did not become healthy within ${startTimeoutMs / 1000} s:\n${tail.join('\n')}`);
      }
      try {
        const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
        const body = res.ok ? await res.json() : null;
        if (body?.status === 'ok') health = body;
      } catch {
        /* not listening yet */
      }
      if (!health) await sleep(250);
    }
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    throw err;
  }

  return {
    label,
    pid: child.pid,
    port,
    baseUrl,
    health,
    startSeconds: (Date.now() - started) / 1000,
    /** Output lines seen so far (for diagnostics). */
    outputTail: () => tail.join('\n'),
    isRunning: () => exitInfo === null,
    /** How it exited ({code, signal}), or null while it runs. */
    exitInfo: () => exitInfo,
    /**
     * SIGTERM, then wait for the server's own shutdown (it closes HTTP, stops jobs, seals the
     * remaining audit entries, closes the database). SIGKILL after `graceMs`.
     */
    async stop(graceMs = 30_000) {
      if (exitInfo) return { ...exitInfo, seconds: 0, forced: false };
      const t0 = Date.now();
      child.kill('SIGTERM');
      const timedOut = Symbol('timeout');
      const first = await Promise.race([exited, sleep(graceMs).then(() => timedOut)]);
      if (first !== timedOut) return { ...first, seconds: (Date.now() - t0) / 1000, forced: false };
      child.kill('SIGKILL');
      const info = await exited;
      return { ...info, seconds: (Date.now() - t0) / 1000, forced: true };
    },
  };
}
