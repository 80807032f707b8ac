// The checks every checkpoint runs must be able to fail: axe (WCAG 2.1 A/AA, serious and critical findings)
// and the raw-text scan, each on a page made to break it, and passing on the same page without the fault.
// The pages are set in the browser directly (no server round trip): this is about the checks, not the app.
import { expectAccessible } from './support/a11y.js';
import { openBrowser } from './support/browser.js';
import { expect, findRawText, test } from './support/fixtures.js';

const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><title>Controle</title></head><body><main><h1>Controle</h1>${body}</main></body></html>`;

test('the axe check fails on a button without a name and an unlabelled field, and passes without them', async ({
  browser,
}) => {
  const opened = await openBrowser(browser);
  try {
    await opened.page.setContent(page('<button></button><input type="text">'));
    const failure = await expectAccessible(opened.page, 'page-checks/broken').then(
      () => null,
      (error: unknown) => String(error),
    );
    expect(failure).toContain('button-name');
    expect(failure).toContain('label');

    await opened.page.setContent(page('<label for="q">Zoeken</label><input id="q" type="text"><button>Zoek</button>'));
    await expectAccessible(opened.page, 'page-checks/fixed');
  } finally {
    await opened.close();
  }
});

test('the raw-text scan finds validator English, UUIDs, event codes and bare municipality codes', async ({
  browser,
}) => {
  const opened = await openBrowser(browser);
  try {
    await opened.page.setContent(
      page(
        '<p>Too small: expected string to have >=1 characters</p><p>Gezin 3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b</p>' +
          '<p>family.read</p><table><tr><td>0148</td></tr></table>',
      ),
    );
    expect((await findRawText(opened.page)).map((finding) => finding.kind).sort()).toEqual([
      'event-code',
      'municipality-code',
      'uuid',
      'validator',
    ]);
    await opened.page.setContent(page('<p>Vul de naam in.</p><table><tr><td>Dalfsen</td></tr></table>'));
    expect(await findRawText(opened.page)).toEqual([]);
  } finally {
    await opened.close();
  }
});
