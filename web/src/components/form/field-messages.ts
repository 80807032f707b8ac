// What a form says about a field that is not right: always the app's own Dutch/English text, picked
// by the kind of problem (server `kind` or a client check) and the field, never a validator's words.

import type { TFunction } from 'i18next';

/** One problem with one field. `path` uses the server's style: `actions.2.owner`, `persons.0.bsn`. */
export interface FieldIssue {
  path: string;
  kind: string;
  limit?: number | undefined;
}

/**
 * What the form knows about a field: its label (for the summary and general texts) and, per kind,
 * a text that says what to do ("Vul in wie deze actie uitvoert"). Keys are field paths; `*` stands
 * for an array index (`actions.*.owner`).
 */
export interface FieldSpec {
  label: string;
  messages?: Partial<Record<string, string>>;
}
export type FieldSpecs = Record<string, FieldSpec>;

/** Kinds with a general text of their own; every other kind gets `form.errors.other`. */
export const GENERAL_KINDS = [
  'required',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_enum',
  'invalid_type',
  'bsn',
  'in_future',
  'postcode_unknown',
] as const;

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** i18next's typed `t` for keys built at run time (`form.errors.${kind}`). */
export function translator(t: TFunction): Translate {
  return (key, options) => String(t(key as never, options as never));
}

function matches(pattern: string, path: string): boolean {
  const a = pattern.split('.');
  const b = path.split('.');
  return a.length === b.length && a.every((part, i) => part === b[i] || (part === '*' && /^\d+$/.test(b[i] ?? '')));
}

/** The spec of the field an issue is about: its exact path, a `*` pattern, or the nearest parent. */
export function specFor(specs: FieldSpecs, path: string): { key: string; spec: FieldSpec } | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const key = Object.keys(specs).find((pattern) => matches(pattern, prefix));
    if (key !== undefined) return { key: prefix, spec: specs[key] as FieldSpec };
  }
  return undefined;
}

/** The text for one issue: the field's own text for its kind, else the general text with its label. */
export function messageFor(issue: FieldIssue, spec: FieldSpec | undefined, t: Translate): string {
  const own = spec?.messages?.[issue.kind];
  if (own) return own;
  const label = spec?.label ?? t('form.thisField');
  const general = (GENERAL_KINDS as readonly string[]).includes(issue.kind) ? issue.kind : 'other';
  const key =
    general === 'too_small' || general === 'too_big'
      ? `${general}${issue.limit === undefined ? '' : 'Limit'}`
      : general;
  return t(`form.errors.${key}`, { label, limit: issue.limit });
}

/** The field issues in a problem's `errors` (a server answer), each with a kind. */
export function serverIssues(
  errors: readonly { path: string; kind?: string; limit?: number }[] | undefined,
): FieldIssue[] {
  return (errors ?? []).map((e) => ({ path: e.path, kind: e.kind ?? 'other', limit: e.limit }));
}
