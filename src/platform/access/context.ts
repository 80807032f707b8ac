import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';

/** What a service needs to know about the call it serves: transport-neutral. */
export interface RequestContext {
  readonly requestId: string;
  readonly actor: Actor | null;
  readonly db: Kysely<DB>;
  readonly config: Config;
}
