import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send, type Schema } from './client';

export type Notification = Schema<'Inbox'>['items'][number];

const INBOX_KEY = ['inbox'] as const;

export function useInbox() {
  return useQuery({ queryKey: INBOX_KEY, queryFn: () => read(client.GET('/api/inbox')), refetchInterval: 60_000 });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      send(client.POST('/api/inbox/{id}/read', { params: { path: { id: notificationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}

/** A group of repeated items at once (ids of other users are ignored by the server). */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => send(client.POST('/api/inbox/read-many', { body: { ids } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => send(client.POST('/api/inbox/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}
