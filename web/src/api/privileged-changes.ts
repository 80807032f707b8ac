import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send } from './client';
import type { PrivilegedChangeStatus } from './admin-types';

const KEY = ['privileged-changes'] as const;

/** The four-eyes queue: administrators see every change, team leads memberships of their teams. */
export function useApprovals(status?: PrivilegedChangeStatus) {
  return useQuery({
    queryKey: [...KEY, 'approvals', status ?? 'all'],
    queryFn: () => read(client.GET('/api/privileged-changes', { params: { query: { status } } })),
  });
}

export function useDecideChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, outcome, note }: { id: string; outcome: 'approve' | 'reject'; note?: string }) =>
      read(
        client.POST(
          outcome === 'approve' ? '/api/privileged-changes/{id}/approve' : '/api/privileged-changes/{id}/reject',
          {
            params: { path: { id } },
            body: note ? { note } : {},
          },
        ),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: KEY }),
        queryClient.invalidateQueries({ queryKey: ['admin'] }),
      ]),
  });
}

/** The privacy officer's list of every privileged change. */
export function usePrivilegedChangeLog(status?: PrivilegedChangeStatus) {
  return useQuery({
    queryKey: [...KEY, 'log', status ?? 'all'],
    queryFn: () => read(client.GET('/api/audit/privileged-changes', { params: { query: { status } } })),
  });
}

/** Choose one's own password with a one-time link (no session). */
export function useSetPasswordWithLink() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => send(client.POST('/api/public/password', { body })),
  });
}
