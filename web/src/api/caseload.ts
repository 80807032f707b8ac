// My caseload (/api/me/caseload) and a team lead's caseload overview (/api/teams/:teamId/caseload).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { TrajectoryStatus } from './families';
import type { DEADLINE_STATES } from './plans';

export type OpenStatus = Exclude<TrajectoryStatus, 'closed'>;
export const OPEN_STATUSES: readonly OpenStatus[] = ['registered', 'intake', 'plan', 'in_progress', 'evaluation'];

export interface CaseloadItem {
  familyId: string; familyReference: string; trajectoryId: string; trajectoryStatus: OpenStatus; myRole: 'regisseur' | 'member';
  planVersion: number | null; nextReviewOn: string | null;
  deadline: { state: (typeof DEADLINE_STATES)[number]; dueOn: string | null; daysLeft: number | null };
  overdueActions: number; newMeetingResults: number; lastConfirmedMeetingOn: string | null;
}

export interface RegisseurLoad {
  userId: string; displayName: string; organisationName: string; isLead: boolean; isMember: boolean; active: boolean;
  open: number; byStatus: Record<OpenStatus, number>;
}
export interface TeamTrajectory { trajectoryId: string; familyId: string; familyReference: string; status: OpenStatus; openedAt: string; regisseurId: string }
export interface TeamCaseload { team: { id: string; name: string }; regisseurs: RegisseurLoad[]; trajectories: TeamTrajectory[] }

const teamKey = (teamId: string) => ['caseload', 'team', teamId];

export function useMyCaseload(enabled = true) {
  return useQuery({ queryKey: ['caseload', 'me'], queryFn: () => api.get<{ items: CaseloadItem[] }>('/api/me/caseload'), enabled });
}

export function useTeamCaseload(teamId: string) {
  return useQuery({ queryKey: teamKey(teamId), queryFn: () => api.get<TeamCaseload>(`/api/teams/${encodeURIComponent(teamId)}/caseload`) });
}

/** Reassign through the trajectory's hand-over (a note is required), then reload the overview. */
export function useReassign(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { trajectoryId: string; toUserId: string; note: string }) =>
      api.post<unknown>(`/api/trajectories/${encodeURIComponent(v.trajectoryId)}/handover`, { toUserId: v.toUserId, note: v.note }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: teamKey(teamId) }), queryClient.invalidateQueries({ queryKey: ['caseload', 'me'] })]),
  });
}
