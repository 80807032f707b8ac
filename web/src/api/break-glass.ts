import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';

export type BreakGlassGrant = Schema<'BreakGlassGrant'>;

/** Emergency access to a dossier outside one's relationships: read-only, time-limited, reviewed. */
export function useBreakGlass(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => read(client.POST('/api/access/break-glass', { body: { familyId, reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['families'] }),
  });
}

/** The same, for a family outside one's caseload named by its dossier number (G-0193-0004). */
export function useBreakGlassByReference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ familyReference, reason }: { familyReference: string; reason: string }) =>
      read(client.POST('/api/access/break-glass', { body: { familyReference, reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['families'] }),
  });
}
