// What a user must never read: a validator's developer English or a stored code instead of its name.
// Run at every checkpoint beside the axe check; the text is what is rendered (closed <details> do not count:
// technical ids behind a "Details" toggle are allowed).
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** zod's and our own English validator phrases (case-sensitive, so Dutch text cannot match by accident). */
const VALIDATOR_PHRASES =
  /Too small|Too big|Invalid input|Invalid (?:type|string|enum|option|date)|expected (?:string|number|boolean|array|object)|\bRequired\b|not a valid BSN|String must contain/;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
/** Audit event codes (`family.read`): a known subject, a dot, a verb, not part of an address or a username. */
const EVENT_CODE =
  /(?<![\w.@-])(?:family|plan|signal|auth|user|team|team_caseload|trajectory|meeting|instrument|involvement_match|involvement_registration|support_family|support_match|support_request|partner_api|audit_log|break_glass|privileged_change)\.[a-z]+(?:_[a-z]+)*(?![\w.@-])/;
/** A CBS municipality code alone in a table cell ("0148" instead of "Dalfsen"). */
const MUNICIPALITY_CODE = /^0\d{3}$/;

export interface RawTextFinding {
  kind: 'validator' | 'uuid' | 'event-code' | 'municipality-code';
  text: string;
}

/** Everything on the page that is a raw code or a validator's English, with a little context. */
export async function findRawText(page: Page): Promise<RawTextFinding[]> {
  const { body, cells } = await page.evaluate(() => ({
    body: document.body.innerText,
    cells: [...document.querySelectorAll('td, th')].map((cell) => (cell as HTMLElement).innerText.trim()),
  }));
  const findings: RawTextFinding[] = [];
  for (const line of body.split('\n')) {
    if (VALIDATOR_PHRASES.test(line)) findings.push({ kind: 'validator', text: line.slice(0, 160) });
    if (UUID.test(line)) findings.push({ kind: 'uuid', text: line.slice(0, 160) });
    if (EVENT_CODE.test(line)) findings.push({ kind: 'event-code', text: line.slice(0, 160) });
  }
  for (const cell of cells) if (MUNICIPALITY_CODE.test(cell)) findings.push({ kind: 'municipality-code', text: cell });
  return findings;
}

/** Fails, naming what was found, when a raw validator message or an untranslated code is on screen. */
export async function expectNoRawText(page: Page, where: string): Promise<void> {
  expect(await findRawText(page), `raw codes or validator text on ${where}`).toEqual([]);
}
