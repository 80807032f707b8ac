import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './problem';

export const ME_KEY = ['auth', 'me'] as const;

// When the session ends on the server (expiry, ended elsewhere) any call answers 401
// `unauthenticated`; forgetting the user makes the router send them to the login page.
function forgetUserWhenUnauthenticated(error: unknown): void {
  if (isApiError(error, 'unauthenticated')) queryClient.setQueryData(ME_KEY, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetUserWhenUnauthenticated }),
  mutationCache: new MutationCache({ onError: forgetUserWhenUnauthenticated }),
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => !isApiError(error) || (error.status >= 500 && failureCount < 2),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

/** Drops every cached answer except the signed-in user, so nothing leaks to the next user. */
export function clearUserData(): void {
  queryClient.removeQueries({
    predicate: (query) => !(query.queryKey[0] === ME_KEY[0] && query.queryKey[1] === ME_KEY[1]),
  });
}
