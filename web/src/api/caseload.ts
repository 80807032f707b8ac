// My caseload (/api/me/caseload) and a team lead's caseload overview (/api/teams/:teamId/caseload).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { TrajectoryStatus } from './families';
import type { DEADLINE_STATES } from './plans';

export type OpenStatus = Exclude<TrajectoryStatus, 'closed'>;
export const OPEN_STATUSES: readonly OpenStatus[] = ['registered', 'intake', 'plan', 'in_progress', 'evaluation'];

export interface CaseloadItem {
  familyId: string;
  familyReference: string;
  trajectoryId: string;
  trajectoryStatus: OpenStatus;
  myRole: 'regisseur' | 'member';
  planVersion: number | null;
  nextReviewOn: string | null;
  deadline: { state: (typeof DEADLINE_STATES)[number]; dueOn: string | null; daysLeft: number | null };
  overdueActions: number;
  newMeetingResults: number;
  lastConfirmedMeetingOn: string | null;
}

export interface RegisseurLoad {
  userId: string;
  displayName: string;
  organisationName: string;
  isLead: boolean;
  isMember: boolean;
  active: boolean;
  open: number;
  byStatus: Record<OpenStatus, number>;
  planLate: number;
}
export interface TeamTrajectory {
  trajectoryId: string;
  familyId: string;
  familyReference: string;
  status: OpenStatus;
  openedAt: string;
  regisseurId: string;
  deadline: CaseloadItem['deadline'];
}
export interface TeamCaseload {
  team: { id: string; name: string };
  regisseurs: RegisseurLoad[];
  trajectories: TeamTrajectory[];
  page: { total: number; limit: number; offset: number };
}
/** Filters of the team lead's list (empty: no filter) and the page (1-based). */
export interface TeamCaseloadFilter {
  regisseur: string;
  status: OpenStatus | '';
  planLate: boolean;
  page: number;
}
export const TEAM_PAGE_SIZE = 50;

const teamKey = (teamId: string) => ['caseload', 'team', teamId];

function teamCaseloadQuery(f: TeamCaseloadFilter): string {
  const params = new URLSearchParams({
    limit: String(TEAM_PAGE_SIZE),
    offset: String((Math.max(1, f.page) - 1) * TEAM_PAGE_SIZE),
  });
  if (f.regisseur) params.set('regisseur', f.regisseur);
  if (f.status) params.set('status', f.status);
  if (f.planLate) params.set('planLate', 'true');
  return params.toString();
}

export function useMyCaseload(enabled = true) {
  return useQuery({
    queryKey: ['caseload', 'me'],
    queryFn: () => api.get<{ items: CaseloadItem[]; truncated: boolean }>('/api/me/caseload'),
    enabled,
  });
}

export function useTeamCaseload(teamId: string, filter: TeamCaseloadFilter) {
  const qs = teamCaseloadQuery(filter);
  return useQuery({
    queryKey: [...teamKey(teamId), qs],
    queryFn: () => api.get<TeamCaseload>(`/api/teams/${encodeURIComponent(teamId)}/caseload?${qs}`),
    // Keep showing the previous page while the next loads, so the table does not jump away.
    placeholderData: keepPreviousData,
  });
}

/** Reassign through the trajectory's hand-over (a note is required), then reload the overview. */
export function useReassign(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { trajectoryId: string; toUserId: string; note: string }) =>
      api.post<unknown>(`/api/trajectories/${encodeURIComponent(v.trajectoryId)}/handover`, {
        toUserId: v.toUserId,
        note: v.note,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKey(teamId) }),
        queryClient.invalidateQueries({ queryKey: ['caseload', 'me'] }),
      ]),
  });
}
