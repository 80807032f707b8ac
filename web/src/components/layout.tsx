import { PageFooter, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useMe } from '../api/auth';
import { Loading } from './loading';
import { PageHeading } from './page-heading';
import { ProblemAlert } from './problem-alert';
import { SiteHeader } from './site-header';

/** Skip link, header with navigation, the page in <main>, footer. */
export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="kt-page">
      <SkipLink href="#main-content">{t('layout.skipToContent')}</SkipLink>
      <SiteHeader user={me.data ?? null} />
      <main id="main-content" className="kt-main" tabIndex={-1}>
        {me.isPending ? <Loading /> : me.isError ? <Unavailable error={me.error} /> : <Outlet />}
      </main>
      <PageFooter className="kt-footer">
        <Paragraph>{t('layout.footer')}</Paragraph>
      </PageFooter>
    </div>
  );
}

/** The server could not tell who is signed in (down, or a proxy error): say so, with a heading. */
function Unavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('errors.unavailableTitle')}</PageHeading>
      <ProblemAlert error={error} />
    </>
  );
}
