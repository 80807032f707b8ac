// Items a professional shields from the family (issue 15 item 6): the list of active shields of a
// family, shielding an item with a legal reason and a review date, and lifting a shield.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send, type Schema } from './client';

export type Shield = Schema<'Shield'>;
export type ShieldReason = Schema<'ShieldReason'>;
export type ShieldBody = Schema<'ShieldBodyInput'>;

/** The closed list of legal reasons, in the order the form offers them (as the server's ShieldReason). */
export const SHIELD_REASONS: readonly ShieldReason[] = [
  'child_safety',
  'third_party_privacy',
  'criminal_investigation',
  'serious_harm',
  'assessment_in_progress',
];

const key = (familyId: string) => ['shields', familyId];

export function useShields(familyId: string, enabled = true) {
  return useQuery({
    queryKey: key(familyId),
    queryFn: () => read(client.GET('/api/families/{familyId}/shields', { params: { path: { familyId } } })),
    enabled: enabled && familyId !== '',
    retry: false,
  });
}

export function useShieldItem(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShieldBody) =>
      read(client.POST('/api/families/{familyId}/shields', { params: { path: { familyId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(familyId) }),
  });
}

export function useLiftShield(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shieldId: string) =>
      send(
        client.POST('/api/families/{familyId}/shields/{shieldId}/lift', { params: { path: { familyId, shieldId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(familyId) }),
  });
}
