// What the steps of the care allocation history share (allocation-history.ts builds it).
import type { Actor } from '../platform/access/actor.js';
import type { RequestContext } from '../platform/access/context.js';
import type { BsnVault } from '../platform/bsn.js';
import type { Tx } from '../platform/db/transaction.js';

export interface Step {
  at: Date;
  label: string;
  run: () => Promise<void>;
}

export interface SeedWorld {
  trx: Tx;
  vault: BsnVault;
  /** A request context for an actor, on the seed's own transaction. */
  ctx: (actor: Actor) => RequestContext;
  actors: Map<string, Actor>;
  consultantOf: Map<string, Actor>;
  /** The next BerichtIdentificatie (the same on every machine). */
  id: () => string;
}
