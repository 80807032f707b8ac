import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send } from './client';
import type { NewUser, UserChanges } from './admin-types';

const USERS_KEY = ['admin', 'users'] as const;

export interface UserSearch {
  q?: string;
  organisationId?: string;
  page?: number;
}

export function useAdminUsers(search: UserSearch, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', search],
    // Names never go in a URL (proxies and access logs keep those): the search travels in a POST body.
    queryFn: () => read(client.POST('/api/admin/users/search', { body: { ...search } })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useAdminUser(userId: string) {
  return useQuery({
    queryKey: [...USERS_KEY, 'detail', userId],
    queryFn: () => read(client.GET('/api/admin/users/{id}', { params: { path: { id: userId } } })),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => read(client.POST('/api/admin/users', { body: user })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UserChanges) =>
      read(client.PATCH('/api/admin/users/{id}', { params: { path: { id: userId } }, body: changes })),
    onSuccess: (user) => {
      queryClient.setQueryData([...USERS_KEY, 'detail', userId], user);
      return queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] });
    },
  });
}

/** The user gets a one-time link by e-mail; the administrator never sees or sets the password. */
export function useResetUserPassword(userId: string) {
  return useMutation({
    mutationFn: () => send(client.POST('/api/admin/users/{id}/password-reset', { params: { path: { id: userId } } })),
  });
}

/** Takes effect when a second administrator approves it. */
export function useResetUserTotp(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => read(client.POST('/api/admin/users/{id}/totp-reset', { params: { path: { id: userId } } })),
    onSuccess: (user) => queryClient.setQueryData([...USERS_KEY, 'detail', userId], user),
  });
}

export function useUnlockUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => send(client.POST('/api/admin/users/{id}/unlock', { params: { path: { id: userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
