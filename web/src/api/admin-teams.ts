import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, send } from './client';
import type { NewTeam } from './admin-types';

const TEAMS_KEY = ['admin', 'teams'] as const;

export function useTeams(municipalityCode?: string) {
  return useQuery({
    queryKey: [...TEAMS_KEY, 'list', municipalityCode ?? 'all'],
    queryFn: () => read(client.GET('/api/admin/teams', { params: { query: { municipalityCode } } })),
  });
}

export function useTeam(teamId: string) {
  return useQuery({
    queryKey: [...TEAMS_KEY, 'detail', teamId],
    queryFn: () => read(client.GET('/api/admin/teams/{id}', { params: { path: { id: teamId } } })),
  });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (team: NewTeam) => read(client.POST('/api/admin/teams', { body: team })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TEAMS_KEY }),
  });
}

export function useAddTeamMember(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: { userId: string; isLead: boolean }) =>
      read(client.POST('/api/admin/teams/{id}/members', { params: { path: { id: teamId } }, body: member })),
    onSuccess: (team) => {
      queryClient.setQueryData([...TEAMS_KEY, 'detail', teamId], team);
      return queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
}

export function useRemoveTeamMember(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      send(client.DELETE('/api/admin/teams/{id}/members/{userId}', { params: { path: { id: teamId, userId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}
