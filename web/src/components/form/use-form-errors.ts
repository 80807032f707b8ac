// One form pattern: client checks and the server's field errors become per-field messages in the
// reader's language; on a failed submit the error summary takes focus and links to each field.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { messageFor, serverIssues, specFor, translator, type FieldIssue, type FieldSpecs } from './field-messages';

export interface SummaryItem {
  path: string;
  /** The id of the field's input (or fieldset); absent when no field on the form shows this path. */
  targetId: string | undefined;
  message: string;
}

export interface FormErrors {
  /** Record the client checks of this submit; true when there is nothing to correct. */
  check: (issues: readonly (FieldIssue | false | null | undefined)[]) => boolean;
  /** Forget shown client issues (after a successful save or a reset). */
  clear: () => void;
  /** The message of a field (its exact path), or undefined. */
  error: (path: string) => string | undefined;
  /** Props for a field component: a stable id the summary can link to, and its message. */
  field: (path: string) => { id: string; error: string | undefined };
  summary: SummaryItem[];
  /** Bumped on each failed submit (client or server) so the summary moves focus to itself. */
  focusRequest: number;
  /** The server error when it is not about fields (for ProblemAlert); field errors show in the summary. */
  otherError: unknown;
}

/** `issue` when `failed`; a short way to write client checks: `form.check([issue(!name, 'name')])`. */
export function issue(failed: boolean, path: string, kind = 'required'): FieldIssue | false {
  return failed && { path, kind };
}

/**
 * Server problems that are about one field although the server names no field path (a wrong code,
 * a wrong password): problem code → field path. The problem code becomes the issue's kind, so the
 * field's spec can give its own text (`messages: { invalid_totp: '…' }`). Pass a constant.
 */
export type ProblemFields = Readonly<Record<string, string>>;

const NO_PROBLEM_FIELDS: ProblemFields = {};

export function useFormErrors(
  specs: FieldSpecs,
  serverError?: unknown,
  problemFields: ProblemFields = NO_PROBLEM_FIELDS,
): FormErrors {
  const { t } = useTranslation();
  const formId = useId();
  const [client, setClient] = useState<FieldIssue[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const server = useMemo(() => {
    if (!isApiError(serverError)) return [];
    const path = problemFields[serverError.code];
    const issues = serverIssues(serverError.problem.errors);
    return path !== undefined && issues.length === 0 ? [{ path, kind: serverError.code }] : issues;
  }, [serverError, problemFields]);
  useEffect(() => {
    if (server.length > 0) setFocusRequest((n) => n + 1);
  }, [server]);

  const fieldId = useCallback((path: string) => `${formId}-${path.replace(/\./g, '-')}`, [formId]);

  const summary = useMemo(() => {
    const items: SummaryItem[] = [];
    const seen = new Set<string>();
    for (const one of [...client, ...server]) {
      const found = specFor(specs, one.path);
      const path = found?.key ?? one.path;
      if (seen.has(path)) continue;
      seen.add(path);
      items.push({
        path,
        targetId: found ? fieldId(path) : undefined,
        message: messageFor(one, found?.spec, translator(t)),
      });
    }
    return items;
  }, [client, server, specs, fieldId, t]);

  const error = useCallback(
    (path: string) => summary.find((item) => item.targetId && item.path === path)?.message,
    [summary],
  );

  return {
    check: (issues) => {
      const found = issues.filter((x): x is FieldIssue => Boolean(x));
      setClient(found);
      if (found.length > 0) setFocusRequest((n) => n + 1);
      return found.length === 0;
    },
    clear: () => setClient([]),
    error,
    field: (path) => ({ id: fieldId(path), error: error(path) }),
    summary,
    focusRequest,
    otherError: server.length > 0 ? undefined : serverError,
  };
}

/** Moves focus to a field named in the summary: the input itself, or the first input of a fieldset. */
export function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const input = target.matches('input, select, textarea, button')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea');
  (input ?? target).focus();
  (input ?? target).scrollIntoView?.({ block: 'center' });
}
