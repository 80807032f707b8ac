// The family's own Keukentafel: /api/portal/… (the family), and the professionals' side of it —
// the family's proposals on the plan page and the privacy officer's register of shielded items.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send, type Schema } from './client';

export type PortalPlan = Schema<'PortalPlan'>;
export type PortalMeetings = Schema<'PortalMeetings'>;
export type PortalCare = Schema<'PortalCare'>;
export type PortalTeam = Schema<'PortalTeam'>;
export type PortalTimeline = Schema<'PortalTimeline'>;
export type FamilyProposal = Schema<'FamilyProposal'>;

export function usePortalMe() {
  return useQuery({ queryKey: ['portal', 'me'], queryFn: () => read(client.GET('/api/portal/me')) });
}

const path = (familyId: string) => ({ params: { path: { familyId } } });

export function usePortalPlan(familyId: string) {
  return useQuery({
    queryKey: ['portal', familyId, 'plan'],
    queryFn: () => read(client.GET('/api/portal/families/{familyId}/plan', path(familyId))),
    enabled: familyId !== '',
  });
}
export function usePortalMeetings(familyId: string) {
  return useQuery({
    queryKey: ['portal', familyId, 'meetings'],
    queryFn: () => read(client.GET('/api/portal/families/{familyId}/meetings', path(familyId))),
    enabled: familyId !== '',
  });
}
export function usePortalTeam(familyId: string) {
  return useQuery({
    queryKey: ['portal', familyId, 'team'],
    queryFn: () => read(client.GET('/api/portal/families/{familyId}/team', path(familyId))),
    enabled: familyId !== '',
  });
}
export function usePortalCare(familyId: string) {
  return useQuery({
    queryKey: ['portal', familyId, 'care'],
    queryFn: () => read(client.GET('/api/portal/families/{familyId}/care', path(familyId))),
    enabled: familyId !== '',
  });
}
export function usePortalTimeline(familyId: string) {
  return useQuery({
    queryKey: ['portal', familyId, 'timeline'],
    queryFn: () => read(client.GET('/api/portal/families/{familyId}/timeline', path(familyId))),
    enabled: familyId !== '',
  });
}

function usePortalWrite<V>(familyId: string, send: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', familyId] }),
  });
}

export function useMarkDone(familyId: string) {
  return usePortalWrite(familyId, (actionId: string) =>
    send(
      client.POST('/api/portal/families/{familyId}/plan/actions/{actionId}/done', {
        params: { path: { familyId, actionId } },
      }),
    ),
  );
}
export function useComment(familyId: string) {
  return usePortalWrite(familyId, (v: { actionId: string; body: string }) =>
    read(
      client.POST('/api/portal/families/{familyId}/plan/actions/{actionId}/comments', {
        params: { path: { familyId, actionId: v.actionId } },
        body: { body: v.body },
      }),
    ),
  );
}
export function usePropose(familyId: string) {
  return usePortalWrite(familyId, (body: { kind: 'goal' | 'change'; body: string }) =>
    read(client.POST('/api/portal/families/{familyId}/proposals', { ...path(familyId), body })),
  );
}
/** The household member's own agreement with the current version (dated today by the server). */
export function usePortalSignOff(familyId: string) {
  return usePortalWrite(familyId, (version: number) =>
    send(
      client.POST('/api/portal/families/{familyId}/plan/versions/{version}/sign-off', {
        params: { path: { familyId, version } },
      }),
    ),
  );
}
export function useShieldOwn(familyId: string) {
  return usePortalWrite(familyId, (v: { itemId: string; shielded: boolean }) =>
    send(
      client.PUT('/api/portal/families/{familyId}/plan/items/{itemId}/shield', {
        params: { path: { familyId, itemId: v.itemId } },
        body: { shielded: v.shielded },
      }),
    ),
  );
}

export function useFamilyProposals(familyId: string) {
  return useQuery({
    queryKey: ['proposals', familyId],
    queryFn: () => read(client.GET('/api/families/{familyId}/proposals', path(familyId))),
  });
}
export function useAnswerProposal(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: { proposalId: string; outcome: 'accepted' | 'declined'; answer: string }) => {
      const body =
        v.outcome === 'declined'
          ? { outcome: 'declined' as const, answer: v.answer }
          : { outcome: 'accepted' as const, ...(v.answer ? { answer: v.answer } : {}) };
      await send(
        client.POST('/api/families/{familyId}/proposals/{proposalId}/answer', {
          params: { path: { familyId, proposalId: v.proposalId } },
          body,
        }),
      );
    },
    onSuccess: () =>
      queryClient
        .invalidateQueries({ queryKey: ['proposals', familyId] })
        .then(() => queryClient.invalidateQueries({ queryKey: ['plan', familyId] })),
  });
}

export function useShieldRegister(page: number) {
  return useQuery({
    queryKey: ['shield-register', page],
    queryFn: () => read(client.GET('/api/privacy/shields', { params: { query: { page, pageSize: 25 } } })),
  });
}
