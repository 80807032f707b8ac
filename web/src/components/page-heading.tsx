import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/**
 * The one h1 of a page. It names the document and, after client-side navigation, takes focus so
 * screen-reader and keyboard users start at the new page instead of the old link.
 */
export function PageHeading({ children }: { children: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);

  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <Heading1 ref={ref} tabIndex={-1} className="kt-page-heading">
      {children}
    </Heading1>
  );
}
