import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { NewTeam, Team } from './admin-types';
import type { Items } from './types';

const TEAMS_KEY = ['admin', 'teams'] as const;

function teamPath(teamId: string): string {
  return `/api/admin/teams/${encodeURIComponent(teamId)}`;
}

export function useTeams(municipalityCode?: string) {
  return useQuery({
    queryKey: [...TEAMS_KEY, 'list', municipalityCode ?? 'all'],
    queryFn: () => api.get<Items<Team>>(withQuery('/api/admin/teams', { municipalityCode })),
  });
}

export function useTeam(teamId: string) {
  return useQuery({ queryKey: [...TEAMS_KEY, 'detail', teamId], queryFn: () => api.get<Team>(teamPath(teamId)) });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (team: NewTeam) => api.post<Team>('/api/admin/teams', team),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TEAMS_KEY }),
  });
}

export function useAddTeamMember(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: { userId: string; isLead: boolean }) => api.post<Team>(`${teamPath(teamId)}/members`, member),
    onSuccess: (team) => {
      queryClient.setQueryData([...TEAMS_KEY, 'detail', teamId], team);
      return queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
}

export function useRemoveTeamMember(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`${teamPath(teamId)}/members/${encodeURIComponent(userId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}
