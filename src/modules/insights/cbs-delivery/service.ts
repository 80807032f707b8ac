// The half-year CBS delivery of neighbourhood-team help: the validation report (which youths cannot be
// delivered and why) and the delivery file (CSV in the CBS record layout, csv-stringify). Both are
// person-level: authorized for the team lead (policy.ts), one audit row per report or export, asked by
// POST so nothing personal is in a URL.
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { BsnVault } from '../../../platform/bsn.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { buildDelivery, CBS_COLUMNS, halfYear, type SourceRow } from './records.js';
import type { CbsDeliveryReport, CbsDeliveryRequest } from './schemas.js';

const PURPOSE = 'statutory delivery to CBS (Beleidsinformatie Jeugd)';

interface Row {
  reference: string;
  given_name: string;
  bsn_enc: string | null;
  birth_date: string | null;
  sex: string | null;
  postcode: string | null;
  started_on: string | null;
  closed_on: string | null;
  ending_reason: string | null;
  satisfaction: number | null;
  satisfaction_informant: 'youth' | 'parent' | null;
  managing_without_help: string | null;
  team_name: string;
  municipality_name: string;
}

/** Youths of the trajectories of the teams the user leads in the municipality that ran in the period. */
async function sourceRows(trx: Tx, userId: string, municipality: string, period: { from: string; to: string }) {
  const result = await sql<Row>`
    SELECT f.reference, p.given_name, p.bsn_enc, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex,
      f.postcode, to_char(t.first_contact_on, 'YYYY-MM-DD') AS started_on,
      to_char(t.closed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS closed_on,
      t.ending_reason, t.satisfaction, t.satisfaction_informant, t.managing_without_help,
      tm.name AS team_name, m.name AS municipality_name
    FROM trajectory t
    JOIN team tm ON tm.id = t.team_id
    JOIN municipality m ON m.code = tm.municipality_code
    JOIN team_membership lead ON lead.team_id = tm.id AND lead.user_id = ${userId} AND lead.is_lead
    JOIN family f ON f.id = t.family_id
    JOIN person p ON p.family_id = f.id AND p.kind = 'child'
      AND (p.removed_on IS NULL OR p.removed_on >= ${period.from}::date)
    WHERE tm.municipality_code = ${municipality}
      AND coalesce(t.first_contact_on, (t.opened_at AT TIME ZONE 'Europe/Amsterdam')::date) <= ${period.to}::date
      AND (t.closed_at IS NULL OR (t.closed_at AT TIME ZONE 'Europe/Amsterdam')::date >= ${period.from}::date)
    ORDER BY f.reference, p.birth_date, p.given_name`.execute(trx);
  return result.rows;
}

async function delivery(ctx: RequestContext, req: CbsDeliveryRequest, action: 'read' | 'export') {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'cbs_delivery',
      id: req.municipality,
      action,
      purpose: PURPOSE,
      data:
        action === 'export'
          ? `CBS delivery file ${req.year}-H${req.half}: BSN, birth date, sex, postcode, help dates and outcomes of the led teams' youths`
          : `CBS delivery validation report ${req.year}-H${req.half}`,
      event: action === 'export' ? 'cbs_delivery.export' : 'cbs_delivery.report',
    });
    const municipality = await trx
      .selectFrom('municipality')
      .select(['code', 'name'])
      .where('code', '=', req.municipality)
      .executeTakeFirst();
    if (!municipality) throw new NotFoundError('not_found', { detail: 'No such municipality.' });
    const period = halfYear(req.year, req.half);
    const rows = await sourceRows(trx, grant.actor.userId, req.municipality, period);
    const vault = new BsnVault(ctx.config.appSecret);
    const source: SourceRow[] = rows.map((r) => ({
      reference: r.reference,
      givenName: r.given_name,
      bsn: r.bsn_enc ? vault.open(r.bsn_enc) : null,
      birthDate: r.birth_date,
      sex: r.sex,
      postcode: r.postcode,
      startedOn: r.started_on,
      closedOn: r.closed_on,
      endingReason: r.ending_reason,
      satisfaction: r.satisfaction,
      satisfactionInformant: r.satisfaction_informant,
      managingWithoutHelp: r.managing_without_help,
    }));
    return {
      municipality,
      period,
      teams: [...new Set(rows.map((r) => r.team_name))].sort(),
      built: buildDelivery(source, period),
    };
  });
}

export async function cbsDeliveryReport(ctx: RequestContext, req: CbsDeliveryRequest): Promise<CbsDeliveryReport> {
  const d = await delivery(ctx, req, 'read');
  return {
    municipality: d.municipality,
    period: d.period,
    teams: d.teams,
    deliverable: d.built.records.length,
    refused: d.built.refused,
  };
}

/** The CSV file (semicolon-separated, header row, UTF-8) and its name. */
export async function cbsDeliveryFile(ctx: RequestContext, req: CbsDeliveryRequest) {
  const d = await delivery(ctx, req, 'export');
  const csv = stringify(d.built.records, { header: true, columns: [...CBS_COLUMNS], delimiter: ';' });
  return { fileName: `cbs-jeugd-${req.municipality}-${req.year}-H${req.half}.csv`, csv };
}
