// The identity provider's own pages: Dutch, phone-first, plain HTML with inline styles (no script),
// checked with axe in the OIDC journey. Every value put in them is escaped.
export interface PageAccount {
  id: string;
  name: string;
  description: string;
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const STYLE = `
  *{box-sizing:border-box}
  body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;line-height:1.5;color:#1a1a1a;background:#f3f3f3}
  header{background:#154273;color:#fff;padding:1rem}
  header p{margin:0;font-weight:700}
  main{max-width:34rem;margin:0 auto;padding:1rem}
  h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
  .note{background:#fff4d6;border-left:.3rem solid #8a5a00;padding:.75rem;margin:0 0 1rem}
  ul{list-style:none;margin:0 0 1rem;padding:0}
  li{margin:0 0 .75rem}
  button{display:block;width:100%;min-height:3rem;padding:.75rem 1rem;font:inherit;text-align:left;border-radius:.25rem;cursor:pointer}
  .choice{background:#fff;color:#154273;border:2px solid #154273}
  .choice span{display:block;font-size:1rem;color:#333}
  .primary{background:#154273;color:#fff;border:2px solid #154273;text-align:center}
  .secondary{background:#fff;color:#154273;border:2px solid #154273;text-align:center;margin-top:.75rem}
  button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
`;

function page(title: string, body: string, providerName: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(providerName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>${escapeHtml(providerName)}</p></header>
<main>
${body}
</main>
</body>
</html>`;
}

export function loginPage(opts: {
  providerName: string;
  heading: string;
  intro: string;
  action: string;
  abortAction: string;
  accounts: readonly PageAccount[];
}): string {
  const choices = opts.accounts
    .map(
      (a) =>
        `<li><button class="choice" type="submit" name="account" value="${escapeHtml(a.id)}">${escapeHtml(a.name)}<span>${escapeHtml(a.description)}</span></button></li>`,
    )
    .join('\n');
  const body = `<h1>${escapeHtml(opts.heading)}</h1>
<p class="note">${escapeHtml(opts.intro)}</p>
<form method="post" action="${escapeHtml(opts.action)}">
<ul>
${choices || '<li>Er zijn nog geen personen om als in te loggen.</li>'}
</ul>
</form>
<form method="post" action="${escapeHtml(opts.abortAction)}">
<button class="secondary" type="submit">Annuleren en terug</button>
</form>`;
  return page(opts.heading, body, opts.providerName);
}

/** oidc-provider's logout confirmation: its form (with the xsrf field) and our buttons for it. */
export function logoutPage(providerName: string, form: string): string {
  const body = `<h1>Uitloggen</h1>
<p>Wilt u ook uitloggen bij ${escapeHtml(providerName)}? Dan moet u de volgende keer opnieuw inloggen.</p>
${form}
<button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes">Ja, uitloggen</button>
<button class="secondary" type="submit" form="op.logoutForm">Nee, ingelogd blijven</button>`;
  return page('Uitloggen', body, providerName);
}

export function messagePage(providerName: string, heading: string, text: string): string {
  return page(heading, `<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(text)}</p>`, providerName);
}
