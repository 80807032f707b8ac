import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send } from './client';

const SESSIONS_KEY = ['auth', 'sessions'] as const;

export function useOwnSessions() {
  return useQuery({ queryKey: SESSIONS_KEY, queryFn: () => read(client.GET('/api/auth/sessions')) });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      send(client.DELETE('/api/auth/sessions/{id}', { params: { path: { id: sessionId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
