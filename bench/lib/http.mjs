// Small fetch helpers for the set-up steps around the load runs (log in, check a route once).
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Logs in and returns the `kt_session=...` cookie pair and the CSRF token. */
export async function login(baseUrl, username, password) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`login as ${username} failed: HTTP ${res.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text);
  if (body.status !== 'ok') throw new Error(`login as ${username} did not complete (status ${body.status})`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('kt_session='));
  if (!setCookie) throw new Error(`login as ${username} set no kt_session cookie`);
  return { cookie: setCookie.split(';')[0], csrfToken: body.csrfToken };
}

/** GET with an optional cookie; throws unless the answer is 200, returns the parsed JSON. */
export async function getJson(baseUrl, path, cookie) {
  const res = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered HTTP ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}
