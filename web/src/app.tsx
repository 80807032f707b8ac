import { Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { Loading } from './components/loading';
import { RequireAuth, RequireRole } from './components/require-auth';
import { WEB_MODULES } from './pages';
import { NotFoundPage } from './pages/not-found-page';
import type { Page, WebRoute } from './web-module';

const ROUTES: readonly WebRoute[] = WEB_MODULES.flatMap((module) => module.routes);

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          {ROUTES.filter((route) => route.public).map(renderRoute)}
          <Route element={<RequireAuth />}>{ROUTES.filter((route) => !route.public).map(renderRoute)}</Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

/**
 * A manifest route as react-router elements: the role check around the layout around the page, the redirect and the
 * children, the same nesting the routes had when they were written out by hand.
 */
function renderRoute(route: WebRoute, index: number) {
  const key = route.path ?? `index-${index}`;
  const routeProps = route.path === undefined ? ({ index: true } as const) : { path: route.path };
  const page = route.page ? pageElement(route.page) : undefined;
  if (!route.roles && !route.layout && !route.redirect && !route.children) {
    return <Route key={key} {...routeProps} element={page} />;
  }
  const guard = route.roles ? <RequireRole roles={route.roles} /> : undefined;
  const Layout = route.layout;
  return (
    <Route key={key} path={route.path} element={guard}>
      <Route element={Layout ? <Layout /> : undefined}>
        {page ? <Route index element={page} /> : null}
        {route.redirect ? <Route index element={<Navigate to={route.redirect} replace />} /> : null}
        {route.children?.map(renderRoute)}
      </Route>
    </Route>
  );
}

/** Pages load on first visit; the layout around them stays while they do. */
function pageElement(Page: Page) {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
