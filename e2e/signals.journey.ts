// Journey: the housing corporation's signaller uploads the example arrears list and sees the refused
// rows with line number and reason; a member of the Zwolle team finds one of those signals in the
// triage queue, chooses outreach, records two contact attempts and closes with "eviction
// prevented"; the signaller then sees the signal closed, nothing more. axe on every page.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { logIn, logOut } from './support/auth.js';
import { ROOT } from './support/env.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const EXAMPLE = join(ROOT, 'examples', 'huurachterstand-voorbeeld.csv');

test.describe('from an arrears list to a prevented eviction', { tag: '@postgres' }, () => {
  let journey: Journey;
  let page: Page;
  let reference = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('signals');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the housing-corporation signaller uploads the example CSV and sees the refused rows', async () => {
    await logIn(page, 'demo.signaller');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen doorgeven' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Signalen doorgeven' }));
    await journey.checkpoint('partner-page');
    const upload = page.getByTestId('csv-upload');
    await upload.getByLabel('CSV-bestand').setInputFiles(EXAMPLE);
    await upload.getByRole('button', { name: 'Uploaden' }).click();
    const report = await visible(page.getByTestId('upload-report'));
    await visible(report.getByText('11 regels gelezen: 6 signalen aangenomen, 0 al eerder ontvangen, 5 afgewezen.'));
    const rejected = page.getByRole('table', { name: 'Afgewezen regels (5)' });
    await visible(rejected);
    await visible(rejected.getByRole('row', { name: /6 BSN Geen geldig BSN/ }));
    await visible(rejected.getByRole('row', { name: /8 Postcode Postcode ligt niet in de regio/ }));
    await visible(rejected.getByRole('row', { name: /10 Achterstand sinds Achterstand is nog geen 30 dagen/ }));
    const own = page.getByRole('table', { name: /Signalen van jouw organisatie/ });
    await visible(own.getByRole('row', { name: /CSV-lijst \(regel 2\)/ }));
    reference =
      (await own
        .getByRole('row', { name: /CSV-lijst \(regel 2\)/ })
        .getByRole('rowheader')
        .textContent()) ?? '';
    expect(reference).toMatch(/^S-/);
    await journey.checkpoint('upload-report');
    await logOut(page);
  });

  test('a Zwolle team member triages that signal: outreach', async () => {
    await logIn(page, 'demo.professional');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Signalen: triage' }));
    await page.getByLabel('Soort signaal', { exact: true }).selectOption({ label: 'Huurachterstand' });
    const queue = page.getByRole('table', { name: /^Signalen \(/ });
    // The queue is paged on the server with its count (past 500 "meer dan 500"); the pager says where we are.
    await visible(page.getByTestId('list-pager').getByText(/^1–\d+ van (meer dan )?[\d.]+/));
    // A name search goes in a POST body: the URL keeps only the page and the filters.
    await page.getByLabel('Zoek op kenmerk, naam of datum', { exact: true }).fill('Femke Jansen');
    const row = queue.getByRole('row').filter({ hasText: reference });
    await visible(row);
    await visible(row.getByText('Femke Jansen'));
    expect(page.url()).not.toContain('Jansen');
    await journey.checkpoint('triage-queue');
    await row.getByRole('link', { name: reference }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Signaal ${reference}` }));
    await visible(page.getByTestId('signal-details').getByText('8011AB 14', { exact: false }));
    await journey.checkpoint('signal');
    const form = page.getByTestId('triage-form');
    await form.getByRole('radio', { name: 'Erop af' }).check();
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Erop af' }));
  });

  test('records two contact attempts and closes with "eviction prevented"', async () => {
    const attempt = page.getByTestId('attempt-form');
    await attempt.getByLabel('Hoe', { exact: true }).selectOption({ label: 'Brief' });
    await attempt.getByLabel('Dagdeel', { exact: true }).selectOption({ label: 'ochtend' });
    await attempt.getByRole('radio', { name: 'Nee' }).check();
    await attempt.getByRole('button', { name: 'Contactpoging vastleggen' }).click();
    await visible(page.getByRole('table', { name: 'Contactpogingen (1)' }));
    await attempt.getByLabel('Hoe', { exact: true }).selectOption({ label: 'Huisbezoek' });
    await attempt.getByLabel('Dagdeel', { exact: true }).selectOption({ label: 'avond' });
    await attempt.getByRole('radio', { name: 'Ja' }).check();
    await attempt
      .getByLabel('Toelichting', { exact: true })
      .fill('Moeder thuis getroffen, afspraak met schuldhulp gemaakt.');
    await attempt.getByRole('button', { name: 'Contactpoging vastleggen' }).click();
    await visible(page.getByRole('table', { name: 'Contactpogingen (2)' }));
    await journey.checkpoint('outreach-attempts');
    const outcome = page.getByTestId('outcome-form');
    await outcome.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Vervolghulp financieel' });
    await outcome.getByLabel('Huisuitzetting voorkomen', { exact: true }).check();
    await outcome.getByRole('button', { name: 'Afsluiten' }).click();
    await visible(page.getByTestId('outreach-outcome').getByText('Huisuitzetting voorkomen.', { exact: false }));
    await journey.checkpoint('outreach-closed');
    await logOut(page);
  });

  test('the team finds the triaged signal again: newest first, by reference, and pages back', async () => {
    await logIn(page, 'demo.professional');
    await page.goto('/signals/queue?state=triaged');
    const queue = page.getByRole('table', { name: /^Signalen \(/ });
    // Triaged signals, the latest decisions first: the one decided a minute ago is on the first page.
    await visible(queue.getByRole('row').filter({ hasText: reference }));
    const pager = page.getByTestId('list-pager');
    if (await pager.getByRole('button', { name: 'Volgende pagina' }).isEnabled()) {
      await pager.getByRole('button', { name: 'Volgende pagina' }).click();
      await eventually(() => page.url()).toContain('page=2');
      await visible(pager.getByText(/^26–/));
      await pager.getByRole('button', { name: 'Vorige pagina' }).click();
    }
    await page.getByLabel('Zoek op kenmerk, naam of datum', { exact: true }).fill(reference);
    await eventually(() => queue.getByRole('row').count()).toBe(2);
    await visible(pager.getByText('1–1 van 1'));
    await journey.checkpoint('triaged-search');
    await logOut(page);
  });

  test('the signaller sees the signal closed, and nothing of what happened', async () => {
    await logIn(page, 'demo.signaller');
    await page.goto('/signals/submit');
    const own = page.getByRole('table', { name: /Signalen van jouw organisatie/ });
    await eventually(() => own.getByRole('row').filter({ hasText: reference }).textContent()).toContain('Afgesloten');
    expect(await page.getByText('Huisuitzetting', { exact: false }).count()).toBe(0);
    const res = await page.context().request.get('/api/signals/queues');
    expect(res.status()).toBe(200);
    await journey.checkpoint('partner-closed');
    journey.expectNoPageErrors();
  });
});
