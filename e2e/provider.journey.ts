// Journey: the provider's administrator (demo.provider, Specialistische Jeugdhulp Overijssel) at work. Before it
// starts, the consultant grants an open request to this provider through the API, so a JW301 waits in the box
// (the demo seed holds requests, not allocations). Then demo.provider sees the new allocation and the new
// message on its start page, finds the allocation by number, reads and downloads the JW301, uploads an example
// that is not its own (refused, in Dutch), a valid start (JW305, accepted), a second start that breaks TR326
// (the retour names the rule) and a claim, and reads the claim's answer with the rejected line and its reason.
// axe and the raw-text check at every page (checkpoints), at 1280 px and — for the lists — at 390 px.
import { readFile } from 'node:fs/promises';
import { request as apiRequest, type APIRequestContext, type Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { BASE_URL, DEMO_PASSWORD } from './support/env.js';
import { claimMessage, readJw301, startMessage, type Allocated } from './support/ijw.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const PROVIDER = 'Specialistische Jeugdhulp Overijssel (demo)';

/** Today in Amsterdam as yyyy-mm-dd, and a date `days` later. */
function amsterdamDate(days = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
}

async function session(username: string): Promise<{ ctx: APIRequestContext; csrf: string }> {
  const ctx = await apiRequest.newContext({ baseURL: BASE_URL });
  const login = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  return { ctx, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

interface Product {
  providerId: string;
  providerName: string;
  category: string;
  productCode: string | null;
  unit: string;
  tariffCents: number | null;
}

/** demo.consultant grants the first open request that this provider's contract can serve: 2 hours a week. */
async function grantToProvider(): Promise<void> {
  const { ctx, csrf } = await session('demo.consultant');
  try {
    const queue = (await (await ctx.get('/api/allocation-requests')).json()) as { items: { id: string }[] };
    for (const request of queue.items) {
      const detail = (await (await ctx.get(`/api/allocation-requests/${request.id}`)).json()) as {
        products: Product[];
      };
      const product = detail.products.find(
        (p) => p.providerName === PROVIDER && p.productCode && p.unit === '04' && p.tariffCents !== null,
      );
      if (!product) continue;
      const decided = await ctx.post(`/api/allocation-requests/${request.id}/decision`, {
        headers: { 'x-csrf-token': csrf },
        data: {
          outcome: 'granted',
          motivation: 'Ambulante hulp zoals in het gezinsplan afgesproken.',
          overBudgetReason: 'De hulp is nodig om erger te voorkomen.',
          products: [
            {
              kind: 'specific',
              providerId: product.providerId,
              category: product.category,
              productCode: product.productCode,
              volume: 2,
              unit: '04',
              frequency: '2',
              startsOn: amsterdamDate(),
              endsOn: amsterdamDate(60),
              referrerType: '01',
            },
          ],
        },
      });
      expect(decided.status(), await decided.text()).toBeLessThan(300);
      return;
    }
    throw new Error(`no open request can be served by ${PROVIDER}`);
  } finally {
    await ctx.dispose();
  }
}

/** The newest JW301 in the provider's box (the demo seed's history already put many there), or ''. */
async function newestJw301Id(ctx: APIRequestContext): Promise<string> {
  const box = (await (await ctx.get('/api/provider/ijw/messages?messageType=JW301')).json()) as {
    items: { id: string }[];
  };
  return box.items[0]?.id ?? '';
}

/** The JW301 of the allocation just granted, once the job has produced it: newer than `before`. */
async function waitForJw301(before: string): Promise<{ id: string; allocated: Allocated }> {
  const { ctx } = await session('demo.provider');
  try {
    let id = '';
    await eventually(async () => {
      id = await newestJw301Id(ctx);
      return id !== '' && id !== before;
    }, 30_000).toBe(true);
    const message = (await (await ctx.get(`/api/provider/ijw/messages/${id}`)).json()) as { xml: string };
    return { id, allocated: readJw301(message.xml) };
  } finally {
    await ctx.dispose();
  }
}

/** Chooses `xml` as the upload's file and submits it. */
async function upload(page: Page, name: string, xml: string | null): Promise<void> {
  const form = page.getByRole('form', { name: 'Bericht uploaden' });
  if (xml !== null) {
    await form.getByLabel('XML-bestand').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(xml) });
  }
  await form.getByRole('button', { name: 'Uploaden' }).click();
}

/** Stacked (phone) table cells that overlap the next cell or hide part of their content: none should. */
function stackedCellsClash(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.kt-table--stack tbody tr')].flatMap((row) => {
      const cells = [...row.querySelectorAll<HTMLElement>(':scope > th, :scope > td')];
      return cells.flatMap((cell, i) => {
        const next = cells[i + 1];
        const label = cell.dataset['label'] ?? cell.textContent?.slice(0, 20) ?? '';
        const clipped = cell.scrollHeight > cell.clientHeight + 1 ? [`${label}: clipped`] : [];
        const overlaps =
          next && next.getBoundingClientRect().top < cell.getBoundingClientRect().bottom - 1
            ? [`${label}: overlaps the next cell`]
            : [];
        return [...clipped, ...overlaps];
      });
    }),
  );
}

test.describe('the provider works through its allocations, messages and claims', { tag: '@postgres' }, () => {
  let journey: Journey;
  let page: Page;
  let allocated: Allocated;

  test.beforeAll(async ({ openJourney }) => {
    const { ctx } = await session('demo.provider');
    const before = await newestJw301Id(ctx).finally(() => ctx.dispose());
    await grantToProvider();
    allocated = (await waitForJw301(before)).allocated;
    journey = await openJourney('provider');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('start page, allocations and the JW301 in the message box (view and download)', async () => {
    await logIn(page, 'demo.provider');
    const work = page.getByTestId('provider-work');
    await visible(work.getByRole('link', { name: /nieuwe toewijzing(en)? wacht(en)? op een startbericht/ }));
    await visible(work.getByRole('link', { name: /van de gemeente nog niet gedownload/ }));
    await journey.checkpoint('start');

    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Toewijzingen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Toewijzingen' }));
    // The search travels in a POST body (it can hold a client's name): never in a URL.
    const urls: string[] = [];
    const seen = (r: { url: () => string }) => urls.push(r.url());
    page.on('request', seen);
    const searched = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith('/api/provider/allocations/search'),
    );
    await page.getByRole('searchbox', { name: 'Zoek op toewijzingsnummer of naam' }).fill(allocated.number);
    expect((await searched).postDataJSON()).toMatchObject({ q: allocated.number });
    const table = page.getByTestId('provider-allocations');
    await eventually(() => table.getByRole('row').count()).toBe(2);
    page.off('request', seen);
    expect(urls.filter((u) => u.includes(allocated.number))).toEqual([]);
    const row = table.getByRole('row', { name: new RegExp(allocated.number) });
    await expect(row).toContainText('Nog niet gestart');
    await expect(row).toContainText(`*****${allocated.bsn.slice(-4)}`);
    await expect(table).not.toContainText(allocated.bsn);
    await journey.checkpoint('allocations');

    await menu.getByRole('link', { name: 'Berichtenbox' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Berichtenbox' }));
    await expect(page.getByTestId('message-box')).toContainText('Nieuw, nog niet gedownload');
    await journey.checkpoint('message-box');
    await page.getByRole('link', { name: 'Toewijzing (JW301)' }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Toewijzing (JW301)' }));
    await expect(page.getByTestId('message-xml')).toContainText(`<jw301:ToewijzingNummer>${allocated.number}`);
    await journey.checkpoint('message-jw301');
    const pending = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download XML' }).click();
    const download = await pending;
    expect(download.suggestedFilename()).toMatch(/^JW301-[A-Za-z0-9._-]+\.xml$/);
    expect(readJw301(await readFile(await download.path(), 'utf8')).number).toBe(allocated.number);
  });

  test('uploads: a missing file, a foreign sender, a valid start, a start that breaks TR326, and a claim', async () => {
    await page.getByRole('link', { name: 'Terug naar de berichtenbox' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Berichtenbox' }));
    await upload(page, 'leeg.xml', null);
    await visible(page.getByTestId('error-summary').getByText('Kies het XML-bestand met het bericht.'));

    // A start for this allocation sent under another provider's AGB code (42420001), not this provider's.
    const foreign = await startMessage({ ...allocated, agb: '42420001' }, 'E2E305-0', amsterdamDate());
    await upload(page, '02-valid-JW305-start.xml', foreign);
    await visible(
      page.getByRole('alert').getByText('De afzender in dit bericht is niet de AGB-code van uw organisatie.'),
    );
    expect(await page.getByText('Dit veld is niet goed ingevuld').count()).toBe(0);
    await journey.checkpoint('upload-foreign-sender');

    const today = amsterdamDate();
    await upload(page, 'start.xml', await startMessage(allocated, 'E2E305-1', today));
    const receipt = page.getByTestId('upload-receipt');
    await expect(receipt).toContainText('Start zorg (JW305) is ontvangen en verwerkt.');
    await expect(receipt).toContainText('Geen opmerkingen');

    await upload(page, 'start-again.xml', await startMessage(allocated, 'E2E305-2', today));
    await expect(receipt).toContainText('1 onderdeel is afgewezen.');
    await expect(receipt.getByTestId('return-codes')).toContainText('regel TR326');
    await expect(receipt.getByTestId('return-codes')).toContainText('nog niet gestopt met een Stopbericht');
    await journey.checkpoint('upload-tr326');

    const monthStart = `${today.slice(0, 8)}01`;
    const [year, month] = today.split('-').map(Number) as [number, number];
    const monthEnd = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const claim = await claimMessage(allocated, {
      id: 'E2E3231',
      on: today,
      monthStart,
      monthEnd,
      hours: 400,
      tariffCents: 9500,
    });
    await upload(page, 'declaratie.xml', claim);
    await expect(receipt).toContainText('Declaratie (JW323) is ontvangen en verwerkt.');
    await expect(receipt).toContainText('Antwoord op declaratie (JW325)');
  });

  test('claims and their answer with the rejected line; the phone layout of the lists', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Declaraties' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Declaraties' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Declaratie E2E3231' }));
    const lines = page.getByRole('table', { name: 'Regels van declaratie E2E3231' });
    await expect(lines).toContainText('Afgewezen');
    await expect(lines).toContainText('regel TR');
    await journey.checkpoint('claims');
    await page.getByRole('link', { name: 'Bekijk het antwoord' }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Antwoord op declaratie (JW325)' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Retourcodes' }));
    await journey.checkpoint('claim-answer');

    await page.setViewportSize({ width: 390, height: 844 });
    await page
      .getByRole('button', { name: 'Menu' })
      .click()
      .catch(() => undefined);
    await page.goto('/provider/allocations');
    await visible(page.getByRole('heading', { level: 1, name: 'Toewijzingen' }));
    await visible(page.getByTestId('provider-allocations').locator('tbody tr').first());
    expect(await stackedCellsClash(page), 'stacked allocation cells').toEqual([]);
    await journey.checkpoint('allocations-phone');
    await page.goto('/provider/claims');
    await visible(page.getByRole('heading', { level: 2, name: 'Declaratie E2E3231' }));
    expect(await stackedCellsClash(page), 'stacked claim cells').toEqual([]);
    await journey.checkpoint('claims-phone');
    journey.expectNoPageErrors();
  });
});
