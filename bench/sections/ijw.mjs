// Care allocation (issue 13 item 10), per backend while its server runs:
//  1. the decision with its budget check: a consultant (demo.consultant) decides N requests the
//     regisseur (demo.professional) asked for one youth, through the app's HTTP routes as the web
//     app does it (GET the request, POST budget-check, POST decision); p50/p95 of each step.
//  2. the full-state JW301 for that youth after those N (≥ 50) allocations: produced by the app's
//     job after the last decision; time to build and validate it in the same code (dist/), cold and warm.
//  3. one JW323 claim file of 100,000 lines (BENCH_IJW_LINES) on the allocations of step 1, posted as
//     demo.provider to POST /api/provider/ijw/claims (streamed: parsed, XSD-validated and stored in
//     batches); lines/s and the server's peak RSS (and heap, from /proc — see below) during the import.
// All data is synthetic and made here through the HTTP API (test-range BSNs, no names).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { getJson } from '../lib/http.mjs';
import { ms, percentile } from '../lib/latency.mjs';
import { testBsns } from '../lib/bsn.mjs';

const LINES = Number(process.env.BENCH_IJW_LINES || 100_000);
const DECISIONS = Number(process.env.BENCH_IJW_DECISIONS || 50);
const LINES_PER_CLIENT = 100;

const mb = (bytes) => `${Math.round(bytes / 2 ** 20)}`;

/** VmRSS and VmHWM (the kernel's own peak) of a process, in bytes. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function call(baseUrl, session, method, path, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, text };
}

async function must(baseUrl, session, method, path, body) {
  const r = await call(baseUrl, session, method, path, body);
  if (r.status >= 300) throw new Error(`${method} ${path} answered HTTP ${r.status}: ${r.text.slice(0, 300)}`);
  return r.body;
}

const bsns = (count, start = 800_000) => testBsns(count, start);

const monthStart = (year, month) => `${year}-${String(month).padStart(2, '0')}-01`;
const monthEnd = (year, month) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The youth, the provider and its products: everything the decisions need, found through the API. */
async function setUp(ctx) {
  const professional = await ctx.loginAs('demo.professional');
  const consultant = await ctx.loginAs('demo.consultant');
  const provider = await ctx.loginAs('demo.provider');
  const me = await getJson(ctx.baseUrl, '/api/auth/me', provider.cookie);
  const providerId = me.user?.homeOrganisation?.id;
  if (!providerId) throw new Error(`ijw section: no organisation for demo.provider in /api/auth/me`);
  const caseload = await getJson(ctx.baseUrl, '/api/me/caseload', professional.cookie);
  for (const item of caseload.items.filter((i) => i.myRole === 'regisseur')) {
    const family = await getJson(ctx.baseUrl, `/api/families/${item.familyId}`, professional.cookie);
    const child = (family.members ?? []).find((p) => p.kind === 'child');
    if (!child) continue;
    const created = await call(
      ctx.baseUrl,
      professional,
      'POST',
      `/api/families/${item.familyId}/allocation-requests`,
      {
        personId: child.id,
        question: 'Ambulante begeleiding (benchmark).',
      },
    );
    if (created.status !== 201) continue;
    const detail = await call(ctx.baseUrl, consultant, 'GET', `/api/allocation-requests/${created.body.id}`);
    if (detail.status !== 200) continue; // another municipality than the consultant's
    const products = detail.body.products.filter(
      (p) => p.providerId === providerId && p.productCode && p.tariffCents !== null,
    );
    if (products.length === 0) continue;
    return {
      professional,
      consultant,
      provider,
      providerId,
      familyId: item.familyId,
      personId: child.id,
      products,
      first: created.body.id,
    };
  }
  throw new Error('ijw section: no family of demo.professional with a child and a product of demo.provider');
}

/** Non-overlapping one-month allocations (no stacking, TR302): product × month from this January. */
function slots(products, n) {
  const year = new Date().getUTCFullYear();
  const out = [];
  for (let m = 0; out.length < n && m < 120; m++) {
    const y = year + Math.floor(m / 12);
    const month = (m % 12) + 1;
    for (const p of products) {
      if (out.length >= n) break;
      const end = monthEnd(y, month);
      if (p.contractEndsOn && p.contractEndsOn < end) continue;
      out.push({ product: p, startsOn: monthStart(y, month), endsOn: end });
    }
  }
  return out;
}

async function decide(ctx, s, slotList, wanted) {
  const times = { read: [], check: [], decision: [] };
  let overBudget = 0;
  let refused = 0;
  let id = s.first;
  const numbers = [];
  for (const slot of slotList) {
    if (numbers.length >= wanted) break;
    if (!id) {
      const created = await must(
        ctx.baseUrl,
        s.professional,
        'POST',
        `/api/families/${s.familyId}/allocation-requests`,
        {
          personId: s.personId,
          question: 'Ambulante begeleiding (benchmark).',
        },
      );
      id = created.id;
    }
    const product = {
      kind: 'specific',
      providerId: s.providerId,
      category: slot.product.category,
      productCode: slot.product.productCode,
      volume: 1_000_000,
      unit: slot.product.unit,
      frequency: '6', // in total over the period: room for every line of the claim file
      startsOn: slot.startsOn,
      endsOn: slot.endsOn,
      referrerType: '01',
    };
    let t0 = performance.now();
    await must(ctx.baseUrl, s.consultant, 'GET', `/api/allocation-requests/${id}`);
    const read = performance.now() - t0;
    t0 = performance.now();
    const checkRes = await call(ctx.baseUrl, s.consultant, 'POST', `/api/allocation-requests/${id}/budget-check`, {
      products: [product],
    });
    const checked = performance.now() - t0;
    if (checkRes.status === 409 || checkRes.status === 422) {
      refused += 1; // the youth already has this product in that month (TR302): the next slot
      continue;
    }
    if (checkRes.status >= 300)
      throw new Error(`budget check answered HTTP ${checkRes.status}: ${checkRes.text.slice(0, 300)}`);
    const check = checkRes.body;
    t0 = performance.now();
    const decision = await call(ctx.baseUrl, s.consultant, 'POST', `/api/allocation-requests/${id}/decision`, {
      outcome: 'granted',
      motivation: 'Passend bij de vraag uit het plan (benchmark).',
      products: [product],
      ...(check.overBudget ? { overBudgetReason: 'Noodzakelijke zorg gaat voor (benchmark).' } : {}),
    });
    const decided = performance.now() - t0;
    if (decision.status === 409 || decision.status === 422) {
      refused += 1; // e.g. the youth already has this product in that month (TR302): the next slot
      continue;
    }
    if (decision.status >= 300)
      throw new Error(`decision answered HTTP ${decision.status}: ${decision.text.slice(0, 300)}`);
    times.read.push(read);
    times.check.push(checked);
    times.decision.push(decided);
    if (check.overBudget) overBudget += 1;
    const allocation = decision.body.allocations[0];
    numbers.push({ ...slot, number: allocation.allocationNumber });
    id = null;
  }
  if (numbers.length < wanted)
    throw new Error(`ijw section: only ${numbers.length} of ${wanted} decisions went through`);
  for (const k of Object.keys(times)) times[k].sort((a, b) => a - b);
  return { times, overBudget, refused, allocations: numbers };
}

/** The claim file: LINES lines on the allocations of the first month, LINES_PER_CLIENT per Client. */
async function* claimFile({ agb, municipality, allocations, lines, id }) {
  const first = allocations[0];
  const month = allocations.filter((a) => a.startsOn === first.startsOn);
  const tariff = (a) => a.product.tariffCents;
  let total = 0;
  for (let i = 0; i < lines; i++) total += tariff(month[i % month.length]);
  const ns =
    'xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema" xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema"';
  // Written as text so the generator streams too (the app's builder would hold the 100,000 lines as
  // one tree); the shape follows src/modules/allocations/ijw/fixtures/JW323.xml and the server
  // validates every byte against the XSD.
  const el = (name, value) => `<jw323:${name}>${value}</jw323:${name}>`;
  const ib = (name, value) => `<ijw:${name}>${value}</ijw:${name}>`;
  yield Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<jw323:Bericht ${ns}><jw323:Header>${el('BerichtCode', '490')}${el('BerichtVersie', '3')}${el('BerichtSubversie', '2')}` +
      `${el('Afzender', agb)}${el('Ontvanger', municipality)}<jw323:BerichtIdentificatie>${ib('Identificatie', id)}${ib('Dagtekening', new Date().toISOString().slice(0, 10))}</jw323:BerichtIdentificatie>` +
      `<jw323:XsdVersie>${ib('BasisschemaXsdVersie', '1.0.0')}${ib('BerichtXsdVersie', '1.0.0')}</jw323:XsdVersie></jw323:Header>` +
      `<jw323:Declaratie>${el('DeclaratieNummer', id)}<jw323:DeclaratiePeriode>${ib('Begindatum', first.startsOn)}${ib('Einddatum', first.endsOn)}</jw323:DeclaratiePeriode>` +
      `${el('DeclaratieDagtekening', new Date().toISOString().slice(0, 10))}<jw323:TotaalIngediendBedrag>${ib('TotaalBedrag', total)}${ib('DebetCredit', 'D')}</jw323:TotaalIngediendBedrag><jw323:Clienten>\n`,
  );
  const clients = bsns(Math.ceil(lines / LINES_PER_CLIENT));
  for (let c = 0; c * LINES_PER_CLIENT < lines; c++) {
    const parts = [`<jw323:Client>${el('Bsn', clients[c])}<jw323:Prestaties>`];
    for (let i = c * LINES_PER_CLIENT; i < Math.min(lines, (c + 1) * LINES_PER_CLIENT); i++) {
      const a = month[i % month.length];
      // One line in a thousand claims a tariff other than the contracted one (TR418, 0611).
      const t = i % 1000 === 999 ? tariff(a) + 1 : tariff(a);
      parts.push(
        `<jw323:Prestatie><jw323:ProductReferentie>${ib('ReferentieNummer', `B${id.slice(-6)}${i}`)}</jw323:ProductReferentie>` +
          `${el('ToewijzingNummer', a.number)}${el('ProductCategorie', a.product.category)}${el('ProductCode', a.product.productCode)}` +
          `<jw323:ProductPeriode>${ib('Begindatum', a.startsOn)}${ib('Einddatum', a.endsOn)}</jw323:ProductPeriode>` +
          `${el('GeleverdVolume', 1)}${el('Eenheid', a.product.unit)}${el('ProductTarief', t)}` +
          `<jw323:IngediendBedrag>${ib('Bedrag', t)}${ib('DebetCredit', 'D')}</jw323:IngediendBedrag></jw323:Prestatie>\n`,
      );
    }
    parts.push('</jw323:Prestaties></jw323:Client>\n');
    yield Buffer.from(parts.join(''));
  }
  yield Buffer.from('</jw323:Clienten></jw323:Declaratie></jw323:Bericht>\n');
}

async function importClaim(ctx, s, allocations, pid) {
  const providers = await getJson(
    ctx.baseUrl,
    '/api/contract-providers',
    (await ctx.loginAs('demo.contract_manager')).cookie,
  );
  const list = providers.items ?? providers;
  const agb = list.find((p) => p.id === s.providerId)?.agbCode;
  if (!agb) throw new Error('ijw section: no AGB code for demo.provider');
  const id = `BN${Date.now().toString(36).slice(-8).toUpperCase()}`;
  const municipality = allocations.municipalityCode;
  let bytes = 0;
  const counted = (async function* () {
    for await (const b of claimFile({ agb, municipality, allocations: allocations.list, lines: LINES, id })) {
      bytes += b.length;
      yield b;
    }
  })();
  const before = memoryOf(pid);
  let peak = before.rss;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        peak = Math.max(peak, memoryOf(pid).rss);
      } catch {
        /* the process may be between states */
      }
      await sleep(100);
    }
  })();
  const t0 = performance.now();
  const res = await fetch(`${ctx.baseUrl}/api/provider/ijw/claims`, {
    method: 'POST',
    headers: { cookie: s.provider.cookie, 'x-csrf-token': s.provider.csrfToken, 'content-type': 'application/xml' },
    body: counted,
    duplex: 'half',
  });
  const text = await res.text();
  const seconds = (performance.now() - t0) / 1000;
  sampling = false;
  await sampler;
  if (res.status !== 201) throw new Error(`claim file answered HTTP ${res.status}: ${text.slice(0, 400)}`);
  return { seconds, bytes, receipt: JSON.parse(text), before: before.rss, peak };
}

/** The JW301 of a youth with `n` allocations, built and validated by the app's own code (dist/). */
async function jw301Timing(ctx, n) {
  const dist = join(ctx.repoDir, 'dist', 'server', 'modules', 'allocations', 'ijw');
  const codec = await import(pathToFileURL(join(dist, 'codec.js')).href);
  const outgoing = await import(pathToFileURL(join(dist, 'messages', 'outgoing.js')).href);
  const xsd = await import(pathToFileURL(join(dist, 'xsd.js')).href);
  const products = Array.from({ length: n }, (_, i) => ({
    number: String(900_000 + i),
    category: '45',
    productCode: '45A04',
    start: monthStart(2027 + Math.floor(i / 12), (i % 12) + 1),
    end: monthEnd(2027 + Math.floor(i / 12), (i % 12) + 1),
    changeReason: null,
    allocatedAt: '2026-12-01T10:00:00',
    volume: { amount: 10, unit: '04', frequency: '2' },
    budgetCents: null,
  }));
  // The client data of the project's own JW301 sample (synthetic), without its products.
  const samples = await import(pathToFileURL(join(dist, 'samples.js')).href);
  const { ToegewezenProducten: _drop, ...client } = samples.sampleJw301().Client;
  const env = { from: '0193', to: '42420001', id: 'BENCH301', date: '2026-12-01' };
  const runs = [];
  for (let k = 0; k < 6; k++) {
    const t0 = performance.now();
    const content = outgoing.jw301Content(env, client, products);
    const xml = codec.buildIjwXml('JW301', content);
    const t1 = performance.now();
    const r = await xsd.validateAgainstXsd('JW301', xml);
    const t2 = performance.now();
    if (!r.valid) throw new Error(`JW301 does not validate: ${r.errors.slice(0, 2).join(' | ')}`);
    runs.push({ build: t1 - t0, validate: t2 - t1, bytes: xml.length });
  }
  // The validator's own start-up: a worker thread and libxml2's WebAssembly, for a tiny valid document.
  const tiny = codec.buildIjwXml('JW301', outgoing.jw301Content(env, client, products.slice(0, 1)));
  const startup = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    await xsd.validateAgainstXsd('JW301', tiny);
    startup.push(performance.now() - t0);
  }
  startup.sort((a, b) => a - b);
  return { runs, startup: startup[1] };
}

export default {
  name: 'ijw',
  title: 'Care allocation: decisions, JW301, a 100,000-line JW323',
  async measure(ctx) {
    const pid = ctx.serverPid;
    ctx.log(
      `  ijw: setting up (${DECISIONS} decisions for one youth, then a ${LINES.toLocaleString('en')}-line claim)…`,
    );
    const s = await setUp(ctx);
    const d = await decide(ctx, s, slots(s.products, 10_000), DECISIONS);
    ctx.log(
      `  ijw: decision p50 ${ms(percentile(d.times.decision, 50))} ms, p95 ${ms(percentile(d.times.decision, 95))} ms (${d.overBudget} over budget)`,
    );
    const detail = await must(ctx.baseUrl, s.consultant, 'GET', `/api/allocation-requests/${s.first}`);
    const j = await jw301Timing(ctx, DECISIONS);
    const warm = j.runs.slice(1);
    const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    ctx.log(
      `  ijw: JW301 with ${DECISIONS} products: build ${ms(avg(warm.map((r) => r.build)))} ms, validate ${ms(avg(warm.map((r) => r.validate)))} ms`,
    );
    const load = (await import('node:os')).loadavg();
    const imp = await importClaim(ctx, s, { list: d.allocations, municipalityCode: detail.municipalityCode }, pid);
    ctx.log(
      `  ijw: claim file ${mb(imp.bytes)} MB, ${LINES.toLocaleString('en')} lines in ${imp.seconds.toFixed(1)} s ` +
        `(${Math.round(LINES / imp.seconds)} lines/s), refused ${imp.receipt.refused}, RSS ${mb(imp.before)} → peak ${mb(imp.peak)} MB`,
    );
    const row = (name, xs) =>
      `| ${name} | ${xs.length} | ${ms(percentile(xs, 50))} | ${ms(percentile(xs, 95))} | ${ms(xs[xs.length - 1])} |`;
    return [
      `Load average at the start of this section: ${load.map((x) => x.toFixed(2)).join(' / ')}.`,
      '',
      `Decision with budget check: ${DECISIONS} requests for one youth (asked by demo.professional), decided one after the other by demo.consultant over HTTP — one month each of demo.provider's products, ${d.overBudget} of them over budget (decided with a reason)${d.refused ? `; ${d.refused} attempts refused as overlapping an allocation the youth already had (not counted)` : ''}:`,
      '',
      '| step | n | p50 ms | p95 ms | max ms |',
      '|---|--:|--:|--:|--:|',
      row('read the request (`GET /api/allocation-requests/:id`)', d.times.read),
      row('budget check (`POST …/budget-check`)', d.times.check),
      row('decision (`POST …/decision`)', d.times.decision),
      '',
      `Full-state JW301 with ${DECISIONS} allocated products (${mb(j.runs[0].bytes * 1) === '0' ? `${Math.round(j.runs[0].bytes / 1024)} KB` : `${mb(j.runs[0].bytes)} MB`}), built and validated by the app's code (dist/) in the bench process:`,
      '',
      '| | build ms | XSD validation ms |',
      '|---|--:|--:|',
      `| first (cold) | ${ms(j.runs[0].build)} | ${ms(j.runs[0].validate)} |`,
      `| warm (mean of ${warm.length}) | ${ms(avg(warm.map((r) => r.build)))} | ${ms(avg(warm.map((r) => r.validate)))} |`,
      `| validating a one-product JW301 (median of 3) | – | ${ms(j.startup)} |`,
      '',
      `JW323 claim file through \`POST /api/provider/ijw/claims\` (streamed: saxes, XSD validation in ~4 MB batches, stored in batches of 5,000 lines, JW325 with the refused lines):`,
      '',
      '| lines | file MB | seconds | lines/s | refused (TR418, 1 in 1,000) | server RSS before MB | peak RSS during MB |',
      '|--:|--:|--:|--:|--:|--:|--:|',
      `| ${LINES.toLocaleString('en')} | ${mb(imp.bytes)} | ${imp.seconds.toFixed(1)} | ${Math.round(LINES / imp.seconds).toLocaleString('en')} | ${imp.receipt.refused} | ${mb(imp.before)} | ${mb(imp.peak)} |`,
      '',
      'RSS is the server process sampled every 100 ms from `/proc` (with PGlite it includes the database); the heap is not visible from outside the process, so it is not reported separately. The JW301 validation time is almost all xmllint-wasm start-up (a worker thread and libxml2 compiled from WebAssembly per call, compare the one-product row); the validator is not kept warm yet.',
    ].join('\n');
  },
};
