import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { OutboxMessage, RolePolicy } from './admin-types';
import type { Items, Page } from './types';

const POLICIES_KEY = ['admin', 'role-policies'] as const;

export function useRolePolicies() {
  return useQuery({ queryKey: POLICIES_KEY, queryFn: () => api.get<Items<RolePolicy>>('/api/admin/role-policies') });
}

export function useSetRolePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: RolePolicy) =>
      api.put<RolePolicy>(`/api/admin/role-policies/${encodeURIComponent(policy.role)}`, {
        totpRequired: policy.totpRequired,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: POLICIES_KEY }),
  });
}

export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', page],
    queryFn: () => api.get<Page<OutboxMessage>>(withQuery('/api/admin/outbox', { page })),
    placeholderData: keepPreviousData,
  });
}
