import { Alert, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusField, type FormErrors } from './use-form-errors';

/**
 * The error summary at the top of a form (NL Design System / GOV.UK pattern): a heading, then one
 * link per field that moves focus to it. It takes focus itself after every failed submit.
 */
export function ErrorSummary({ form }: { form: FormErrors }) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { summary, focusRequest } = form;
  useEffect(() => {
    if (focusRequest > 0) ref.current?.focus();
  }, [focusRequest]);
  if (summary.length === 0) return null;
  return (
    <Alert
      ref={ref}
      type="error"
      role="alert"
      tabIndex={-1}
      aria-labelledby={headingId}
      className="kt-alert kt-error-summary"
      data-testid="error-summary"
    >
      <Heading2 id={headingId}>{t('form.summaryTitle')}</Heading2>
      <Paragraph>{t('form.summaryIntro', { count: summary.length })}</Paragraph>
      <UnorderedList>
        {summary.map((item) => (
          <UnorderedListItem key={item.path}>
            {item.targetId ? (
              <Link
                href={`#${item.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.targetId ?? '');
                }}
              >
                {item.message}
              </Link>
            ) : (
              item.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
