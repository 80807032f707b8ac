export type Language = 'nl' | 'en';

// The app's one set of formatters: numbers, money, units, dates and months on `Intl` in the active
// language, so Dutch pages use a decimal comma and thousands dot and every date looks the same.
// Dates: short "5 dec 2026" (tables, badges), long "5 december 2026" (sentences, letters), date-time
// "5 dec 2026, 13:00", month "november 2026"; always in the Dutch time zone the data is about.
// `useFormat()` (i18n/format.ts) binds them to the reader's language.
// Nothing else in web/src may call toFixed/toLocale*String (src/web-formatting.test.ts enforces that).

export const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;
const TIME_ZONE = 'Europe/Amsterdam';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_ONLY = /^\d{4}-\d{2}$/;

/** A date-only value is a calendar day: read it at noon UTC so no time zone moves it a day. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  if (DATE_ONLY.test(value)) return new Date(`${value}T12:00:00Z`);
  if (MONTH_ONLY.test(value)) return new Date(`${value}-15T12:00:00Z`);
  return new Date(value);
}

function unit(locale: string, name: string, digits: number, display: 'short' | 'long' = 'short') {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: display,
    maximumFractionDigits: digits,
  });
}

/** All formatters for one language; `useFormat()` binds them to the reader's language. */
export function formatFor(language: Language) {
  const locale = LOCALES[language];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimalFormat = (digits: number) => {
    let format = decimals.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      decimals.set(digits, format);
    }
    return format;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const days = unit(locale, 'day', 1, 'long');
  const ms = unit(locale, 'millisecond', 0);
  const km = unit(locale, 'kilometer', 1);
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: TIME_ZONE });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: TIME_ZONE });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: TIME_ZONE });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });

  return {
    locale,
    /** A whole count: 12.345 (nl) / 12,345 (en). */
    integer: (value: number) => integer.format(value),
    /** A number as precise as it is, at most two decimals: 12.345,68. */
    number: (value: number) => number.format(value),
    /** A number with exactly `digits` decimals: 59,1 (scores, points). */
    decimal: (value: number, digits = 1) => decimalFormat(digits).format(value),
    /** A signed number: +0,9 / −1,2 / 0 (differences in points). */
    signed: (value: number) => signed.format(value),
    /** A percentage given in percent (16.8 → "16,8%"). */
    percent: (value: number) => percent.format(value / 100),
    /** A signed change given in percent (16.8 → "+16,8%"). */
    change: (value: number) => change.format(value / 100),
    /** Money from euro cents (123456 → "€ 1.234,56"). */
    money: (cents: number) => money.format(cents / 100),
    /** A duration in days: "210,5 dagen" / "1 dag". */
    days: (value: number) => days.format(value),
    /** A duration in milliseconds: "190 ms". */
    milliseconds: (value: number) => ms.format(value),
    /** A distance in kilometres: "4,8 km". */
    km: (value: number) => km.format(value),
    /** The short date used everywhere: "5 dec 2026". Accepts ISO dates, date-times and Dates. */
    date: (value: string | Date) => shortDate.format(toDate(value)),
    /** The long date for sentences and letters: "5 december 2026". */
    longDate: (value: string | Date) => longDate.format(toDate(value)),
    /** Date and time: "5 dec 2026, 13:00". */
    dateTime: (value: string | Date) => dateTime.format(toDate(value)),
    /** Time of day: "13:00". */
    time: (value: string | Date) => time.format(toDate(value)),
    /** A month: "november 2026" from "2026-11", a date or a date-time. */
    month: (value: string | Date) => month.format(toDate(value)),
    /** A month for chart axes: "nov 26" from "2026-11". */
    shortMonth: (value: string | Date) => shortMonth.format(toDate(value)),
    /** Whole days from today: "gisteren", "over 3 dagen". */
    relativeDays: (days: number) => relative.format(Math.round(days), 'day'),
    /** A list in words: "a, b en c". */
    list: (items: readonly string[]) => list.format(items),
  };
}

export type Format = ReturnType<typeof formatFor>;

const CACHE: Partial<Record<Language, Format>> = {};

/** The formatters of one language, built once. */
export function formatIn(language: Language): Format {
  return (CACHE[language] ??= formatFor(language));
}
