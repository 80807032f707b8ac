// Signals: the CSV import through the HTTP upload (a generated 50,000-row arrears list, then the
// same file again, which must add nothing) and the latency of a team's triage queue under load.
import { testBsns } from '../lib/bsn.mjs';
const ROWS = Number(process.env.BENCH_SIGNALS_ROWS || 50_000);
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

const bsns = (count, start = 600_000) => testBsns(count, start);

/** A housing corporation's monthly list: Dutch headers, ';' separator, Zwolle demo postcodes. */
function arrearsList(rows) {
  const postcodes = ['8011AB', '8011BC', '8011CD', '8011EG', '8012AB', '8012BC', '8013AB', '8013BC'];
  const signalDate = iso(Date.now() - 5 * DAY);
  const since = iso(Date.now() - 80 * DAY);
  const lines = ['bsn;postcode;huisnummer;bedrag;achterstand_sinds;signaaldatum'];
  bsns(rows).forEach((bsn, i) =>
    lines.push(
      `${bsn};${postcodes[i % postcodes.length]};${(i % 250) + 1};${(400 + (i % 1500)).toString()},00;${since};${signalDate}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

async function upload(ctx, session, body) {
  const started = performance.now();
  const res = await fetch(`${ctx.baseUrl}/api/signals/uploads`, {
    method: 'POST',
    body,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'text/csv',
      'x-file-name': 'bench-huurachterstand.csv',
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const text = await res.text();
  if (res.status !== 201) throw new Error(`CSV upload answered HTTP ${res.status}: ${text.slice(0, 300)}`);
  return { seconds, report: JSON.parse(text) };
}

export default {
  name: 'signals',
  title: 'Signals: CSV import and triage queue',

  async scenarios(ctx) {
    const pro = await ctx.loginAs('demo.professional');
    const res = await fetch(`${ctx.baseUrl}/api/signals/queues`, { headers: { cookie: pro.cookie } });
    const { teams } = await res.json();
    const team = teams[0];
    if (!team) throw new Error('demo.professional has no team with a triage queue');
    const headers = { cookie: pro.cookie };
    return [
      {
        name: 'triage queue (open)',
        path: `/api/signals/queue?teamId=${team.id}&state=open`,
        headers,
        connections: 10,
        audited: false,
      },
      {
        name: 'triage queue (all, page 5)',
        path: `/api/signals/queue?teamId=${team.id}&state=all&page=5`,
        headers,
        connections: 10,
        audited: false,
      },
    ];
  },

  async measure(ctx) {
    const signaller = await ctx.loginAs('demo.signaller');
    const file = arrearsList(ROWS);
    ctx.log(`    signals: uploading a ${ROWS}-row list (${(file.length / 2 ** 20).toFixed(1)} MB)…`);
    const first = await upload(ctx, signaller, file);
    if (first.report.rowsAccepted !== ROWS)
      throw new Error(
        `expected ${ROWS} rows accepted, got ${JSON.stringify({ ...first.report, rejections: first.report.rejections.slice(0, 5) })}`,
      );
    ctx.log(
      `    signals: ${ROWS} rows in ${first.seconds.toFixed(1)} s (${Math.round(ROWS / first.seconds)} rows/s); re-uploading…`,
    );
    const again = await upload(ctx, signaller, file);
    if (again.report.rowsAccepted !== 0 || again.report.rowsDuplicate !== ROWS)
      throw new Error(`re-upload was not idempotent: ${JSON.stringify({ ...again.report, rejections: [] })}`);
    ctx.log(`    signals: re-upload ${again.seconds.toFixed(1)} s, all ${ROWS} duplicates`);
    return [
      '| CSV upload (HTTP, one transaction) | rows | seconds | rows/s |',
      '|---|---:|---:|---:|',
      `| new ${ROWS}-row arrears list | ${ROWS} | ${first.seconds.toFixed(1)} | ${Math.round(ROWS / first.seconds)} |`,
      `| the same file again (all duplicates) | ${ROWS} | ${again.seconds.toFixed(1)} | ${Math.round(ROWS / again.seconds)} |`,
    ].join('\n');
  },
};
