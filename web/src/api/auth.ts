import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send, setCsrfToken } from './client';
import { isApiError } from './problem';
import { clearUserData, ME_KEY } from './query-client';
import type { LoginResult, Me } from './types';

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
    const result = await read(client.GET('/api/auth/me'));
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

/** Takes a login step's answer: signs in when it is complete, else keeps the CSRF token for the next step. */
function useSignIn() {
  const queryClient = useQueryClient();
  return (result: LoginResult) => {
    setCsrfToken(result.csrfToken);
    if (result.status !== 'ok') return;
    someoneSignedIn = true;
    clearUserData();
    queryClient.setQueryData(ME_KEY, result.user);
  };
}

export function useLogin() {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      read(client.POST('/api/auth/login', { body: credentials })),
    onSuccess: signIn,
  });
}

export function useVerifyTotp() {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (code: string) => read(client.POST('/api/auth/totp', { body: { code } })),
    onSuccess: signIn,
  });
}

export function useTotpSetup() {
  return useMutation({ mutationFn: () => read(client.POST('/api/auth/totp/setup')) });
}

/** Enables TOTP; also completes a login that was waiting for enrolment. */
export function useEnableTotp() {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (code: string) => read(client.POST('/api/auth/totp/enable', { body: { code } })),
    onSuccess: signIn,
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => send(client.POST('/api/auth/totp/disable', { body: { password } })),
    // Not awaited: the caller's own onSuccess must run before the refetched user re-renders the page.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

/** The identity providers this installation offers (the DigiD and staff buttons on the login page). */
export function useOidcProviders() {
  return useQuery({
    queryKey: ['auth', 'oidc-providers'],
    queryFn: () => read(client.GET('/api/auth/oidc/providers')),
    staleTime: Infinity,
  });
}

/** After a provider login that still needs the second factor: which step, and the CSRF token for it. */
export async function pendingLogin(): Promise<'totp_required' | 'totp_enrolment_required' | null> {
  try {
    const result = await read(client.GET('/api/auth/oidc/pending'));
    setCsrfToken(result.csrfToken);
    return result.status;
  } catch {
    return null;
  }
}

/** Ends the session; answers where to end it at the identity provider too (null after a password login). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await read(client.POST('/api/auth/oidc/logout'))).endSessionUrl,
    onSettled: () => {
      setCsrfToken(null);
      clearUserData();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}
