import { ButtonLink, Link, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, useMatch, useResolvedPath } from 'react-router';

interface RouterAnchorProps {
  to: string;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** href + click handler so NL Design System anchors navigate inside the SPA. */
function useRouterAnchor({ to, onClick }: RouterAnchorProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return {
    href,
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      if (!event.defaultPrevented) navigate(event);
    },
  };
}

export type AppLinkProps = Omit<LinkProps, 'href'> & RouterAnchorProps;

export function AppLink({ to, onClick, ...props }: AppLinkProps) {
  return <Link {...props} {...useRouterAnchor({ to, onClick })} />;
}

export function ButtonAppLink({
  to,
  onClick,
  ...props
}: AppLinkProps & { appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button' }) {
  return <ButtonLink {...props} {...useRouterAnchor({ to, onClick })} />;
}

/** A navigation link that marks itself `aria-current="page"` on (and, with `section`, below) its route. */
export function NavLink({ to, section = false, ...props }: AppLinkProps & { section?: boolean }) {
  const path = useResolvedPath(to);
  const active = useMatch({ path: path.pathname, end: !section }) !== null;
  return (
    <li className="utrecht-nav-list__item">
      <AppLink {...props} to={to} className="utrecht-nav-list__link" aria-current={active ? 'page' : undefined} />
    </li>
  );
}
