// My caseload (/api/me/caseload) and a team lead's caseload overview (/api/teams/:teamId/caseload).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import type { TrajectoryStatus } from './families';
import { myCaseloadSortValues, trajectoryStatusValues } from './schema';

export type OpenStatus = Exclude<TrajectoryStatus, 'closed'>;
export const OPEN_STATUSES: readonly OpenStatus[] = trajectoryStatusValues.filter(
  (status): status is OpenStatus => status !== 'closed',
);

export type CaseloadItem = Schema<'MyCaseload'>['items'][number];
export type TeamCaseload = Schema<'TeamCaseload'>;
export type RegisseurLoad = TeamCaseload['regisseurs'][number];
export type TeamTrajectory = TeamCaseload['trajectories'][number];
/** Filters of the team lead's list (empty: no filter) and the page (1-based). */
export interface TeamCaseloadFilter {
  regisseur: string;
  status: OpenStatus | '';
  planLate: boolean;
  page: number;
}
export const TEAM_PAGE_SIZE = 50;

const teamKey = (teamId: string) => ['caseload', 'team', teamId];

function teamCaseloadQuery(f: TeamCaseloadFilter) {
  return {
    limit: TEAM_PAGE_SIZE,
    offset: (Math.max(1, f.page) - 1) * TEAM_PAGE_SIZE,
    regisseur: f.regisseur || undefined,
    status: f.status || undefined,
    planLate: f.planLate ? ('true' as const) : undefined,
  };
}

export type MyCaseloadSort = Schema<'MyCaseloadSort'>;
export const MY_CASELOAD_SORTS = myCaseloadSortValues;
export interface MyCaseloadList {
  page: number;
  pageSize: number;
  sort: MyCaseloadSort;
  /** Dossier number or a name: sent in a POST body only, never in the URL. */
  q: string;
}

export function useMyCaseload(list: MyCaseloadList, enabled = true) {
  return useQuery({
    queryKey: ['caseload', 'me', list],
    queryFn: () => {
      const { q, ...paging } = list;
      return q
        ? read(client.POST('/api/me/caseload/search', { body: { q, ...paging } }))
        : read(client.GET('/api/me/caseload', { params: { query: paging } }));
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTeamCaseload(teamId: string, filter: TeamCaseloadFilter) {
  const query = teamCaseloadQuery(filter);
  return useQuery({
    queryKey: [...teamKey(teamId), query],
    queryFn: () => read(client.GET('/api/teams/{teamId}/caseload', { params: { path: { teamId }, query } })),
    // Keep showing the previous page while the next loads, so the table does not jump away.
    placeholderData: keepPreviousData,
  });
}

/** Reassign through the trajectory's hand-over (a note is required), then reload the overview. */
export function useReassign(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { trajectoryId: string; toUserId: string; note: string }) =>
      read(
        client.POST('/api/trajectories/{trajectoryId}/handover', {
          params: { path: { trajectoryId: v.trajectoryId } },
          body: { toUserId: v.toUserId, note: v.note },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKey(teamId) }),
        queryClient.invalidateQueries({ queryKey: ['caseload', 'me'] }),
      ]),
  });
}
