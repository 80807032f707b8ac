import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../api/problem';
import { i18n } from '../i18n/index';
import { useLanguage } from '../i18n/use-language';
import { messageFor, serverIssues, translator } from './form/field-messages';

/** The translated message of an API problem, or a generic one when the server could not say. */
export function useProblemMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (error) => {
    if (isApiError(error)) {
      if (error.problem.messages) return error.problem.messages[language];
      if (error.code === 'network_error') return t('errors.network');
    }
    return t('errors.generic');
  };
}

interface ProblemAlertProps {
  error: unknown;
  /** Field errors already shown next to their inputs are not repeated in the list. */
  fieldsShownInline?: readonly string[];
  showDetail?: boolean;
}

/** Announces a failed request (role="alert") with the server's message in the current language. */
export function ProblemAlert({ error, fieldsShownInline = [], showDetail = false }: ProblemAlertProps) {
  const message = useProblemMessage();
  const { t } = useTranslation();
  const language = useLanguage();
  if (!error) return null;
  const problem = isApiError(error) ? error.problem : undefined;
  const otherErrors = (problem?.errors ?? []).filter(
    (fieldError) => !fieldsShownInline.some((field) => pathNamesField(fieldError.path, field)),
  );
  return (
    <Alert type="error" role="alert" className="kt-alert">
      <Paragraph>{message(error)}</Paragraph>
      {/* `detail` is the server's English for developers: never shown in the Dutch interface. */}
      {showDetail && language === 'en' && problem?.detail ? <Paragraph>{problem.detail}</Paragraph> : null}
      {otherErrors.length > 0 ? (
        <UnorderedList>
          {serverIssues(otherErrors).map((issue) => (
            <UnorderedListItem key={`${issue.path}:${issue.kind}`}>
              {messageFor(issue, undefined, translator(t))}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </Alert>
  );
}

/** The server names fields relative to the body, dotted, array indexes as numbers (`actions.2.owner`). */
function pathNamesField(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/**
 * Per-field messages from a problem's `errors`, looked up by field name: the app's own text for the
 * kind of problem, never the server's developer message. Forms on the shared pattern use
 * `useFormErrors` instead, which also knows each field's label and own texts.
 */
export function fieldErrorsOf(error: unknown): (field: string) => string | undefined {
  const issues = isApiError(error) ? serverIssues(error.problem.errors) : [];
  const t = translator(i18n.t);
  return (field) => {
    const match = issues.find((issue) => pathNamesField(issue.path, field));
    return match ? messageFor(match, undefined, t) : undefined;
  };
}

/**
 * The code of each field's problem, for forms that keep their own text per code (`signals.reasons.*`):
 * the server's `kind`, or the code a module put first in its message (`out_of_range 1-10`). Show an
 * unknown code with `generalFieldText`, never as such.
 */
export function fieldCodesOf(error: unknown): (field: string) => string | undefined {
  const errors = isApiError(error) ? (error.problem.errors ?? []) : [];
  return (field) => {
    const match = errors.find((fieldError) => pathNamesField(fieldError.path, field));
    if (!match) return undefined;
    if (match.kind && match.kind !== 'custom') return match.kind;
    const first = match.message.split(' ')[0] ?? '';
    return /^[a-z][a-z0-9_]*$/.test(first) ? first : 'other';
  };
}

/** The general text for a problem code, for a field whose label the caller does not name. */
export function generalFieldText(code: string): string {
  return messageFor({ path: '', kind: code }, undefined, translator(i18n.t));
}

/**
 * The same error with each field error's `kind` set to its code (as `fieldCodesOf` reads it), for
 * forms on `useFormErrors` whose module names a problem in its message (`identity_required`).
 * Returns a new object: memoise it (`useMemo`), or the error summary takes focus on every render.
 */
export function withFieldCodes(error: unknown): unknown {
  if (!isApiError(error) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((fieldError) => {
    if (fieldError.kind && fieldError.kind !== 'custom') return fieldError;
    const first = fieldError.message.split(' ')[0] ?? '';
    return { ...fieldError, kind: /^[a-z][a-z0-9_]*$/.test(first) ? first : 'other' };
  });
  return new ApiError({ ...error.problem, errors });
}
