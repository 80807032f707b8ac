import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface BreakGlassGrant {
  id: string;
  expiresAt: string;
}

/** Emergency access to a dossier outside one's relationships: read-only, time-limited, reviewed. */
export function useBreakGlass(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<BreakGlassGrant>('/api/access/break-glass', { familyId, reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['families'] }),
  });
}
