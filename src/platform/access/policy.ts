// A subject type (family, user, team, audit log …) plugs into the access path by registering one
// policy: (actor, action, subject) → decision, built from named predicates in relationships.ts.
// The module manifests hand their policies to registerPolicies() when the app is built.
import type { AuditAction, Role } from '../db/schema.js';
import type { Queryable } from '../db/transaction.js';
import type { ErrorCode } from '../errors.js';
import type { Actor } from './actor.js';

export type Decision =
  { allowed: true; role: Role; emergency?: { reason: string } } | { allowed: false; reason: string; code?: ErrorCode };

export interface DecideInput {
  /** A transaction, or (an audited read that needs none) the database. */
  trx: Queryable;
  actor: Actor;
  action: AuditAction;
  subjectId: string | null;
  now: Date;
  /**
   * Facts already looked up for this request (relationships.ts `remember`): one decision statement
   * serves the authorize() and every ability flag of the same record. Only a read that changes
   * nothing passes one across decisions; a write's decisions each look afresh.
   */
  memo?: Memo;
}

export type Memo = Map<string, Promise<unknown>>;

/** `load()` once per memo and key (no memo: every time). */
export function remember<T>(memo: Memo | undefined, key: string, load: () => Promise<T>): Promise<T> {
  if (!memo) return load();
  let found = memo.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    memo.set(key, found);
  }
  return found;
}

/**
 * The subject types that exist, one key each. Empty here: every module's policy.ts adds its own by
 * declaration merging, so `authorize()` accepts exactly the subjects some module defines while
 * the platform imports no module:
 *
 *   declare module '../../platform/access/policy.js' {
 *     interface SubjectTypes { family: true }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface SubjectTypes {}
export type SubjectType = Extract<keyof SubjectTypes, string>;

export interface SubjectPolicy {
  readonly subjectType: SubjectType;
  /** Whether the subject is personal data of a client (NEN 7513 scope) or an administrative record. */
  readonly personalData: boolean;
  decide(input: DecideInput): Promise<Decision>;
  /** The NEN 7513 "client": a non-identifying reference of whose data this is. */
  clientRef?(trx: Queryable, subjectId: string, memo?: Memo): Promise<string | null>;
}

const policies = new Map<string, SubjectPolicy>();

/** Identity, for the type check: the subject type must be one a module declared in SubjectTypes. */
export function definePolicy<P extends SubjectPolicy>(policy: P): P {
  return policy;
}

/** Called with every manifest's policies when the app is built; building twice registers the same objects. */
export function registerPolicies(list: readonly SubjectPolicy[]): void {
  for (const policy of list) {
    if (policies.has(policy.subjectType) && policies.get(policy.subjectType) !== policy) {
      throw new Error(`A policy for ${policy.subjectType} is already registered`);
    }
    policies.set(policy.subjectType, policy);
  }
}

export function getPolicy(subjectType: SubjectType): SubjectPolicy {
  const policy = policies.get(subjectType);
  if (!policy) throw new Error(`No access policy registered for subject type "${subjectType}"`);
  return policy;
}

export const allow = (role: Role): Decision => ({ allowed: true, role });
/** `code`: a more specific problem code than 'forbidden', when the user can act on it (it needs nl/en texts). */
export const deny = (reason: string, code?: ErrorCode): Decision =>
  code ? { allowed: false, reason, code } : { allowed: false, reason };
