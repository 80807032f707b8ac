import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import { primaryReports, type ReportReader } from '../db/replica.js';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import type { PartnerActor, PartnerCall } from './partner.js';

/** What a service needs to know about the call it serves: transport-neutral. */
export interface RequestContext {
  readonly requestId: string;
  readonly actor: Actor | null;
  /** Set only on /api/partner/v1/* requests that carried a valid, unrevoked API key (then `actor` is null). */
  readonly partner?: PartnerActor | null;
  /** With `partner`: this call's mutable audit record (see PartnerCall). */
  readonly partnerCall?: PartnerCall;
  readonly db: Kysely<DB>;
  /** Where reporting queries run (a read replica when configured); see `reportsOf`. */
  readonly reports?: ReportReader;
  readonly config: Config;
}

const PRIMARY_REPORTS = primaryReports();

/** The context's report reader: the replica when configured, else the primary itself. */
export function reportsOf(ctx: RequestContext): ReportReader {
  return ctx.reports ?? PRIMARY_REPORTS;
}
