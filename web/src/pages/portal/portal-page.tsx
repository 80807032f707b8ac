import type { ReactNode } from 'react';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';

/** A portal page: its heading, then a loading state, an error or the content. */
export function PortalPage({
  title,
  query,
  children,
}: {
  title: string;
  query: { isPending: boolean; isError: boolean; error: unknown };
  children: () => ReactNode;
}) {
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {query.isPending ? <Loading /> : query.isError ? <ProblemAlert error={query.error} /> : children()}
    </>
  );
}
