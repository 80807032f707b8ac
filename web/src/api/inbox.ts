import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface Notification {
  id: string;
  kind: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

const INBOX_KEY = ['inbox'] as const;

export function useInbox() {
  return useQuery({
    queryKey: INBOX_KEY,
    queryFn: () => api.get<{ items: Notification[]; unread: number }>('/api/inbox'),
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => api.post<void>(`/api/inbox/${encodeURIComponent(notificationId)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/inbox/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}
