// Text in the learning log and on the meetlat is about how the work goes, never about a person.
// What looks like personal data is refused before it is stored: a BSN (nine digits passing the
// elfproef, also written with dots or spaces), an e-mail address, a phone number, or a date next to
// a name or a word such as "geboren". The check errs on the side of refusing: the writer rephrases.
import { isValidBsn } from '../../platform/bsn.js';
import { ValidationError, type FieldError } from '../../platform/errors.js';

export type PersonalDataKind = 'bsn' | 'email' | 'phone' | 'birth_date';

const BSN_LIKE = /(?<![\d])\d(?:[ .-]?\d){7,8}(?![\d])/g;
const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/i;
const PHONE_NL = /(?<![\d+])(?:\+31|0031|0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.-]?\d){8}(?!\d)/;
const PHONE_INTL = /(?<![\d])\+\d{2,3}(?:[\s.-]?\d){7,12}(?!\d)/;
const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|october';
const DATE = new RegExp(
  String.raw`\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\s+(?:${MONTHS})\.?\s+(?:19|20)\d{2})\b`,
  'gi',
);
const BIRTH_WORD =
  /\b(?:geboren|geb\.|geboortedatum|geb\.?\s?datum|jarig|born|date of birth|birth ?date|dob)(?![a-z])/i;
// Words that are capitalised but no name: places, organisations, months, days, the team words.
const NOT_NAMES = new Set(
  (
    'de het een op in bij met voor na van over tijdens sinds tot en of maar ook we wij ze zij hij het ' +
    'team teams sociaal gemeente wijkteam buurtteam cjg wij-team jeugd jeugdhulp school huisarts ojg met ' +
    'zwolle kampen zwartewaterland steenwijkerland staphorst hardenberg ommen dalfsen raalte olst-wijhe ijsselland ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    MONTHS.replaceAll('|', ' ')
  ).split(' '),
);
const CAPITALISED = /\b(?:[A-Z]\.\s?)*[A-ZÀ-Ý][a-zà-ÿ'-]{1,}\b/g;

function hasBsn(text: string): boolean {
  for (const m of text.matchAll(BSN_LIKE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length === 9 && isValidBsn(digits)) return true;
  }
  return false;
}

function nameNear(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40));
  for (const m of window.matchAll(CAPITALISED)) {
    const word = m[0].replace(/^(?:[A-Z]\.\s?)+/, '').toLowerCase();
    if (word.length > 1 && !NOT_NAMES.has(word)) return true;
  }
  return false;
}

function hasBirthDate(text: string): boolean {
  const dates = [...text.matchAll(DATE)];
  if (dates.length === 0) return false;
  if (BIRTH_WORD.test(text)) return true;
  return dates.some((d) => nameNear(text, d.index, d.index + d[0].length));
}

/** The first kind of personal data the text seems to hold, or null. */
export function findPersonalData(text: string): PersonalDataKind | null {
  if (hasBsn(text)) return 'bsn';
  if (EMAIL.test(text)) return 'email';
  if (PHONE_NL.test(text) || PHONE_INTL.test(text)) return 'phone';
  if (hasBirthDate(text)) return 'birth_date';
  return null;
}

const EXPLAIN: Record<PersonalDataKind, string> = {
  bsn: 'This looks like a BSN. The log is about the work, not about people: leave it out.',
  email: 'This looks like an e-mail address. Leave contact details out.',
  phone: 'This looks like a phone number. Leave contact details out.',
  birth_date: 'This looks like a date of birth next to a name. Write without names or dates of birth.',
};

/**
 * Refuses (400 `personal_data_refused`) when any of the named fields looks like personal data; each
 * such field gets its own error (kind `personal_data_<kind>`), so the form marks exactly that field.
 */
export function refusePersonalData(fields: Record<string, string | null | undefined>): void {
  const errors: FieldError[] = [];
  for (const [path, value] of Object.entries(fields)) {
    if (!value) continue;
    const kind = findPersonalData(value);
    if (kind) errors.push({ path, message: EXPLAIN[kind], kind: `personal_data_${kind}` });
  }
  if (errors.length > 0)
    throw new ValidationError('personal_data_refused', {
      detail: 'Text that looks like personal data is not stored in the learning log or on the meetlat.',
      errors,
    });
}
