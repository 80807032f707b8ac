import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from './client';
import { isApiError } from './problem';
import { clearUserData, ME_KEY } from './query-client';
import type { LoginResult, Me, SessionResult, TotpSetup } from './types';

let someoneSignedIn = false;

/**
 * Whether a user was signed in during this page load. After a logout or an expired session the
 * login page must not send the next user back to the previous user's page.
 */
export function wasSignedInThisPageLoad(): boolean {
  return someoneSignedIn;
}

async function fetchMe(): Promise<Me | null> {
  try {
    const result = await api.get<{ user: Me; csrfToken: string }>('/api/auth/me');
    setCsrfToken(result.csrfToken);
    someoneSignedIn = true;
    return result.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user, `null` when nobody is signed in, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });
}

/** Like useMe, for components that render only inside the authenticated part of the app. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside an authenticated route');
  return data;
}

function useSignIn() {
  const queryClient = useQueryClient();
  return (result: SessionResult) => {
    someoneSignedIn = true;
    setCsrfToken(result.csrfToken);
    clearUserData();
    queryClient.setQueryData(ME_KEY, result.user);
  };
}

export function useLogin() {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      api.post<LoginResult>('/api/auth/login', credentials),
    onSuccess: (result) => {
      if (result.status === 'ok') signIn(result);
      else setCsrfToken(result.csrfToken);
    },
  });
}

export function useVerifyTotp() {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (code: string) => api.post<SessionResult>('/api/auth/totp', { code }),
    onSuccess: signIn,
  });
}

export function useTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSetup>('/api/auth/totp/setup') });
}

/** Enables TOTP; also completes a login that was waiting for enrolment. */
export function useEnableTotp() {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (code: string) => api.post<SessionResult>('/api/auth/totp/enable', { code }),
    onSuccess: signIn,
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post<void>('/api/auth/totp/disable', { password }),
    // Not awaited: the caller's own onSuccess must run before the refetched user re-renders the page.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      clearUserData();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}
