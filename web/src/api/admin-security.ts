import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read } from './client';
import type { RolePolicy } from './admin-types';

const POLICIES_KEY = ['admin', 'role-policies'] as const;

export function useRolePolicies() {
  return useQuery({ queryKey: POLICIES_KEY, queryFn: () => read(client.GET('/api/admin/role-policies')) });
}

export function useSetRolePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: RolePolicy) =>
      read(
        client.PUT('/api/admin/role-policies/{role}', {
          params: { path: { role: policy.role } },
          body: { totpRequired: policy.totpRequired },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: POLICIES_KEY }),
  });
}

export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', page],
    queryFn: () => read(client.GET('/api/admin/outbox', { params: { query: { page } } })),
    placeholderData: keepPreviousData,
  });
}
