// Flags against decisions. An ability flag promises the web what the server will accept, so for
// every flag and every cell of an access matrix: read the resource as the user, then attempt the
// action the flag stands for, and demand that they agree — flag true ⇔ the attempt succeeds. A
// refusal must be the policy's 403, or the conflict the record's own state explains (a confirmed
// meeting, a closed match), which the flag already knew; anything else means the probe is wrong.
// Each flag must also be seen both true and false, so a matrix that never exercises it fails.
import { expect } from 'vitest';
import type { Session, TestApp } from './app.js';

export interface Attempt {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'GET';
  url: string;
  payload?: object;
}

export interface AbilityProbe {
  /** e.g. "dossier abilities.edit". */
  flag: string;
  /** Where the cell sits in the matrix, for the failure message. */
  cell: string;
  session: Session;
  /** The resource that carries the flag. */
  read: string;
  /** Dotted path of the flag in the resource ("abilities.edit"). */
  path: string;
  /** The request the flag stands for; it may use the resource just read (a base version …). */
  attempt: (resource: unknown) => Attempt;
}

const REFUSALS = new Set([403, 409, 422]);

function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** Collects disagreements and the flag values seen; `check()` asserts both at the end. */
export class AbilityMatrix {
  private readonly failures: string[] = [];
  private readonly seen = new Map<string, Set<boolean>>();
  private unreadable = 0;

  constructor(private readonly t: TestApp) {}

  async probe(p: AbilityProbe): Promise<void> {
    const read = await this.t.app.inject({ method: 'GET', url: p.read, headers: p.session.headers });
    // No resource, no flag: the read matrices decide who reads; here only readers are probed.
    if (read.statusCode === 403) {
      this.unreadable += 1;
      return;
    }
    const label = `${p.flag} × ${p.cell}`;
    if (read.statusCode !== 200) {
      this.failures.push(`${label}: read ${p.read} → ${read.statusCode} ${read.body.slice(0, 200)}`);
      return;
    }
    const resource: unknown = read.json();
    const flag = at(resource, p.path);
    if (typeof flag !== 'boolean') {
      this.failures.push(`${label}: no boolean at ${p.path}`);
      return;
    }
    this.seen.set(p.flag, (this.seen.get(p.flag) ?? new Set()).add(flag));
    const a = p.attempt(resource);
    const res = await this.t.app.inject({
      method: a.method,
      url: a.url,
      headers: p.session.headers,
      ...(a.payload ? { payload: a.payload } : {}),
    });
    const succeeded = res.statusCode < 300;
    if (flag !== succeeded)
      this.failures.push(
        `${label}: flag ${flag} but ${a.method} ${a.url} → ${res.statusCode} ${res.body.slice(0, 160)}`,
      );
    else if (!succeeded && !REFUSALS.has(res.statusCode))
      this.failures.push(`${label}: refused with ${res.statusCode}, not by policy or state: ${res.body.slice(0, 160)}`);
  }

  /** Every disagreement fails, and so does a flag that was never seen both true and false. */
  check(flags: readonly string[]): void {
    const oneSided = flags.filter((f) => (this.seen.get(f)?.size ?? 0) < 2).map((f) => `${f} never varied`);
    expect([...this.failures, ...oneSided]).toEqual([]);
  }

  get unreadableCells(): number {
    return this.unreadable;
  }
}
