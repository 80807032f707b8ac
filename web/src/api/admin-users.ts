import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { AdminUser, NewUser, UserChanges } from './admin-types';
import type { Page } from './types';

const USERS_KEY = ['admin', 'users'] as const;

export interface UserSearch {
  q?: string;
  organisationId?: string;
  page?: number;
}

export function useAdminUsers(search: UserSearch, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...USERS_KEY, 'list', search],
    queryFn: () => api.get<Page<AdminUser>>(withQuery('/api/admin/users', { ...search })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useAdminUser(userId: string) {
  return useQuery({
    queryKey: [...USERS_KEY, 'detail', userId],
    queryFn: () => api.get<AdminUser>(`/api/admin/users/${encodeURIComponent(userId)}`),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api.post<AdminUser>('/api/admin/users', user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UserChanges) =>
      api.patch<AdminUser>(`/api/admin/users/${encodeURIComponent(userId)}`, changes),
    onSuccess: (user) => {
      queryClient.setQueryData([...USERS_KEY, 'detail', userId], user);
      return queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] });
    },
  });
}

export function useSetUserPassword(userId: string) {
  return useMutation({
    mutationFn: (password: string) =>
      api.post<void>(`/api/admin/users/${encodeURIComponent(userId)}/password`, { password }),
  });
}

export function useUnlockUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>(`/api/admin/users/${encodeURIComponent(userId)}/unlock`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
