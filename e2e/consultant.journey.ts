// Journey: demo.professional (regisseur) asks for specialised help from an action in a family's plan;
// demo.consultant finds it in the work queue under "Te nemen besluiten" with its answer date, opens it,
// decides with two products (budget check per line; over budget → a stated reason), opens the decision
// letter and looks at the other sections of the queue; the regisseur sees the decision in the dossier's
// "Beschikkingen", on the plan action and on the family's timeline. The consultant also places a youth in the
// seeded education-care class (seed 002) and sees its free places go down. axe and the raw-text check on every page.
import type { Page } from '@playwright/test';
import { logIn, logOut } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

interface FamilyList {
  items: Array<{ id: string; reference: string }>;
}
interface Plan {
  current: { content: { actions: Array<{ id: string; what: string }> } } | null;
}
interface Decisions {
  youths: Array<{ id: string; givenName: string }>;
  requests: Array<{ id: string; planActionKey: string | null; status: string; youthGivenName: string }>;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const inDays = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

test.describe('the consultant decides on help asked from the plan', { tag: '@postgres' }, () => {
  let journey: Journey;
  let page: Page;
  let family = { id: '', reference: '' };
  let youth = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('consultant');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the regisseur asks for specialised help from a plan action; the consultant decides with two products', async () => {
    await logIn(page, 'demo.professional');
    // A Zwolle family of demo.professional with a plan whose actions have not asked for help yet, and a youth.
    const api = page.context().request;
    const list = (await (await api.get('/api/families')).json()) as FamilyList;
    for (const item of list.items.filter((i) => i.reference.startsWith('G-0193-'))) {
      const plan = (await (await api.get(`/api/families/${item.id}/plan`)).json()) as Plan;
      const decisions = (await (await api.get(`/api/families/${item.id}/decisions`)).json()) as Decisions;
      if ((plan.current?.content.actions.length ?? 0) > 0 && decisions.youths.length > 0) {
        family = item;
        break;
      }
    }
    expect(family.id, 'a Zwolle family of demo.professional with a plan and a youth').not.toBe('');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezinnen' }).click();
    await page.getByRole('link', { name: family.reference, exact: true }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Beschikkingen' }));
    await page.getByRole('link', { name: 'Gezinsplan', exact: true }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Acties' }));
    await page
      .getByRole('button', { name: /^Vraag specialistische hulp aan/ })
      .first()
      .click();
    const form = page.getByTestId('plan-help-form');
    // Sending without a youth is refused at the field, in words.
    await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await visible(page.getByTestId('error-summary'));
    await journey.checkpoint('plan-help-form');
    await form.getByLabel('Voor welke jeugdige?').selectOption({ index: 1 });
    youth = (await form.getByLabel('Voor welke jeugdige?').locator('option:checked').textContent()) ?? '';
    await form
      .getByLabel('Hulpvraag')
      .fill('Ambulante gezinsbegeleiding en een training voor de ouders, zoals afgesproken.');
    await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await visible(page.getByText(`Specialistische hulp aangevraagd voor ${youth}.`).first());
    await visible(page.getByText('De consulent besluit uiterlijk', { exact: false }).first());
    await journey.checkpoint('plan-help-asked');
    await logOut(page);

    // The consultant's queue: the request under "Te nemen besluiten", found by the family's reference.
    await logIn(page, 'demo.consultant');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Werkvoorraad toewijzing' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Werkvoorraad toewijzing' }));
    await page.getByRole('link', { name: 'Te nemen besluiten' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Te nemen besluiten' }));
    await page.getByRole('searchbox', { name: 'Zoek op gezinskenmerk, voornaam of vraag' }).fill(family.reference);
    const row = page.getByRole('link', { name: `${youth} (${family.reference})` });
    await visible(row);
    // The search reached the server (in a POST body): only this family's request is left.
    await expect(page.getByTestId('decision-queue').locator('tbody tr')).toHaveCount(1);
    await visible(page.getByTestId('decision-queue').getByRole('columnheader', { name: 'Antwoord uiterlijk' }));
    await journey.checkpoint('queue-decisions');
    await row.click();
    await visible(page.getByRole('heading', { level: 1, name: `Aanvraag voor ${youth}` }));
    await visible(page.getByTestId('request-due'));
    await journey.checkpoint('request');

    // Two products: a specific one by volume, an aspecific one by budget; the budget check per line first.
    const first = page.getByTestId('product-row-0');
    await first.getByLabel('Productcategorie').selectOption({ index: 1 });
    await visible(first.getByText('Niveau van hulp:', { exact: false }));
    await first.getByLabel('Product', { exact: true }).selectOption({ index: 1 });
    await first.getByLabel('Vanaf').fill(inDays(14));
    await first.getByLabel('Tot en met').fill(inDays(75));
    await first.getByLabel('Aanbieder').selectOption({ index: 1 });
    await first.getByLabel('Omvang', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Nog een product toevoegen' }).click();
    const second = page.getByTestId('product-row-1');
    await second.getByRole('radio', { name: 'Aspecifiek (alleen categorie)' }).check();
    await second.getByLabel('Productcategorie').selectOption({ index: 1 });
    await second.getByLabel('Aanbieder').selectOption({ index: 1 });
    await second.getByRole('radio', { name: 'Budget', exact: true }).check();
    await second.getByLabel('Budget in euro').fill('1500');
    await page.getByRole('button', { name: 'Budget controleren' }).click();
    const check = await visible(page.getByTestId('budget-check'));
    await expect(check).toContainText('Product 1: naar verwachting');
    await expect(check).toContainText('Product 2: naar verwachting');
    await page
      .getByLabel('Motivering (komt in de brief)')
      .fill('Het gezinsplan vraagt om begeleiding thuis en een training.');
    if (await page.getByTestId('over-budget-warning').isVisible()) {
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await visible(page.getByTestId('error-summary'));
      await page
        .getByLabel('Waarom is deze hulp toch nodig?')
        .fill('Zonder deze hulp loopt de veiligheid thuis gevaar.');
    }
    await journey.checkpoint('decision-form');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const letter = await visible(page.getByTestId('decision-letter'));
    await visible(page.getByRole('heading', { level: 1, name: /^Besluit B-0193-/ }));
    await expect(letter).toContainText('Bent u het niet eens met dit besluit?');
    await expect(letter.locator('li')).toHaveCount(2);
    await journey.checkpoint('decision-letter');

    // The other sections of the queue.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Werkvoorraad toewijzing' })
      .click();
    await visible(page.getByRole('heading', { level: 2, name: 'Verzoeken van aanbieders' }));
    await journey.checkpoint('queue-requests');
    await page.getByRole('link', { name: 'Afgewezen declaraties' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Afgewezen declaraties' }));
    await journey.checkpoint('queue-claims');
    await logOut(page);
  });

  test('the late count above each section is what that section lists as late', async () => {
    await logIn(page, 'demo.consultant');
    const lateIn = async (tab: string): Promise<number> => {
      await page.goto('/decisions');
      await page.getByRole('link', { name: tab }).click();
      await visible(page.getByRole('heading', { level: 2, name: tab }));
      await visible(page.getByTestId('decision-queue'));
      const summary = page.getByTestId('late-count');
      if ((await summary.count()) === 0) return 0;
      const late = Number(/^(\d+) aanvra/.exec(await summary.innerText())?.[1]);
      await summary.getByRole('button', { name: 'Toon alleen de te late aanvragen' }).click();
      await expect(page.getByLabel('Welke aanvragen')).toHaveValue('late');
      // The list under the count: its caption and (up to a page) its rows, each marked late.
      await visible(page.getByRole('table', { name: `${late} ${late === 1 ? 'aanvraag' : 'aanvragen'}`, exact: true }));
      const rows = page.getByTestId('decision-queue').locator('tbody tr');
      await expect(rows).toHaveCount(Math.min(late, 25));
      await expect(page.getByTestId('decision-queue').getByTestId('late-mark')).toHaveCount(Math.min(late, 25));
      await expect(summary.getByRole('button')).toHaveCount(0);
      return late;
    };
    // The demo region has late requests from plans (seed: received up to twelve days ago).
    expect(await lateIn('Te nemen besluiten')).toBeGreaterThan(0);
    await journey.checkpoint('queue-late-decisions');
    await lateIn('Verzoeken van aanbieders');
  });

  test("a provider's request names the requested product beside its code", async () => {
    await page.goto('/decisions');
    await visible(page.getByRole('heading', { level: 2, name: 'Verzoeken van aanbieders' }));
    // The queue names the product beside its code already, as the request's page does.
    const first = page.getByTestId('decision-queue').locator('tbody tr').first();
    const named = await visible(first.getByTestId('queue-product'));
    await expect(named).toHaveText(/^\d\d[A-Z]\d\d [A-Z][a-z]+/);
    await expect(named).not.toContainText('staat in geen lopend contract');
    const inQueue = (await named.innerText()).trim();
    await first.locator('a').first().click();
    await visible(page.getByRole('heading', { level: 1, name: /^Aanvraag voor / }));
    // The demo's JW315 requests ask for a contracted product: its name from the contract, and the category's.
    const product = await visible(page.getByTestId('requested-product'));
    await expect(product).toHaveText(/^\d\d[A-Z]\d\d [A-Z][a-z]+.* \(categorie \d\d [a-z]/);
    await expect(product).not.toContainText('staat in geen lopend contract');
    await expect(product).toContainText(inQueue);
    // The decision form starts from the asked product, in its category; the consultant can still change it.
    const asked = page.getByTestId('product-row-0');
    await expect(asked.getByRole('radio', { name: 'Specifiek (categorie en product)' })).toBeChecked();
    await expect(asked.getByLabel('Product', { exact: true })).toHaveValue(inQueue.split(' ')[0] ?? '');
    await journey.checkpoint('provider-request');
    await logOut(page);
  });

  test('the consultant places a youth in the education-care class and sees the free places go down', async () => {
    await logIn(page, 'demo.consultant');
    const arrangement = 'Onderwijs-zorgklas De Klimop';
    // Opens the first open request and offers a placement: aspecific category 50 over the same period.
    const openPlacement = async () => {
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Werkvoorraad toewijzing' })
        .click();
      await page.getByRole('link', { name: 'Te nemen besluiten' }).click();
      await page.getByTestId('decision-queue').locator('tbody tr a').first().click();
      await visible(page.getByRole('heading', { level: 1, name: /^Aanvraag voor / }));
      const row = page.getByTestId('product-row-0');
      await row.getByRole('radio', { name: 'Aspecifiek (alleen categorie)' }).check();
      await row.getByLabel('Productcategorie').selectOption('50');
      await row.getByLabel('Vanaf').fill(inDays(21));
      await row.getByLabel('Tot en met').fill(inDays(120));
      await row.getByRole('radio', { name: 'Ja, plaatsing in een arrangement' }).check();
      const picker = await visible(row.getByTestId('arrangement-picker'));
      const item = picker.locator('li', { hasText: arrangement });
      await expect(item).toContainText(/\d+ van 6 plaatsen vrij/);
      const free = Number(/(\d+) van 6 plaatsen vrij/.exec((await item.textContent()) ?? '')?.[1]);
      return { row, item, free };
    };
    const before = await openPlacement();
    expect(before.free, 'a free place in the seeded class').toBeGreaterThan(0);
    await before.item.getByRole('button', { name: `Kies ${arrangement}` }).click();
    // The arrangement fixes the provider: one of its providers contracted for the product.
    await expect(before.row.getByLabel('Aanbieder').locator('option:checked')).toHaveText('Jeugdhulp Zwolle (demo)');
    await before.row.getByRole('radio', { name: 'Budget', exact: true }).check();
    await before.row.getByLabel('Budget in euro').fill('4000');
    await page
      .getByLabel('Motivering (komt in de brief)')
      .fill('Past in de onderwijs-zorgklas volgens het gezinsplan.');
    await page.getByRole('button', { name: 'Budget controleren' }).click();
    await visible(page.getByTestId('budget-check'));
    if (await page.getByTestId('over-budget-warning').isVisible())
      await page.getByLabel('Waarom is deze hulp toch nodig?').fill('Anders kan het kind niet naar school.');
    await journey.checkpoint('arrangement-picked');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await visible(page.getByTestId('decision-letter'));

    const after = await openPlacement();
    expect(after.free).toBe(before.free - 1);
    await journey.checkpoint('arrangement-free-down');
    await logOut(page);
  });

  test('the regisseur sees the decision in the dossier, on the plan action and on the timeline', async () => {
    await logIn(page, 'demo.professional');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezinnen' }).click();
    await page.getByRole('link', { name: family.reference, exact: true }).click();
    const decisions = await visible(page.getByTestId('family-decisions'));
    await expect(decisions).toContainText('Toekennen');
    await journey.checkpoint('dossier-decisions');
    await page.getByRole('link', { name: 'Gezinsplan', exact: true }).click();
    await visible(page.getByText('Toegekend.', { exact: false }).first());
    await page.getByRole('link', { name: 'Lees het besluit' }).first().click();
    await visible(page.getByTestId('decision-letter'));
    await page.goBack();
    await page.goBack();
    await page.getByRole('link', { name: 'Tijdlijn', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tijdlijn' }));
    await visible(page.getByTestId('timeline').getByText('Besluit (beschikking)', { exact: false }).first());
    await journey.checkpoint('timeline');
    journey.expectNoPageErrors();
  });
});
