import { z } from 'zod';
import { pageOf, pagingFields } from '../../platform/http/paging.js';
import { TrajectoryStatus } from '../trajectories/schemas.js';
import { DeadlineState } from '../plans/schemas.js';

const OpenStatus = TrajectoryStatus.exclude(['closed']);

export const TeamCaseloadParams = z.strictObject({ teamId: z.uuid() });

export const TEAM_PAGE_SIZE = 50;
/** Filters and paging of the team lead's list. No `.meta({id})` here: on a querystring it breaks /api/openapi.json. */
export const TeamCaseloadQuery = z.strictObject({
  regisseur: z.uuid().optional(),
  status: OpenStatus.optional(),
  planLate: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(TEAM_PAGE_SIZE),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type TeamCaseloadQuery = z.infer<typeof TeamCaseloadQuery>;

export const MY_CASELOAD_SORTS = ['attention', 'newest', 'reference'] as const;
export type MyCaseloadSort = (typeof MY_CASELOAD_SORTS)[number];
const myCaseloadFields = pagingFields('MyCaseloadSort', MY_CASELOAD_SORTS);
/** The list by URL: no free search (a name never goes in a URL); searching is POST /api/me/caseload/search. */
export const MyCaseloadQuery = z.strictObject(myCaseloadFields).omit({ q: true });
export const MyCaseloadSearch = z.strictObject(myCaseloadFields).meta({ id: 'MyCaseloadSearch' });
export type MyCaseloadSearch = z.infer<typeof MyCaseloadSearch>;

export const CaseloadItem = z
  .object({
    familyId: z.uuid(),
    familyReference: z.string(),
    trajectoryId: z.uuid(),
    trajectoryStatus: OpenStatus,
    myRole: z.enum(['regisseur', 'member']),
    planVersion: z.number().int().nullable(),
    nextReviewOn: z.iso.date().nullable(),
    deadline: z.object({
      state: DeadlineState,
      dueOn: z.iso.date().nullable(),
      daysLeft: z.number().int().nullable(),
    }),
    overdueActions: z.number().int().min(0),
    newMeetingResults: z.number().int().min(0),
    lastConfirmedMeetingOn: z.iso.date().nullable(),
  })
  .meta({ id: 'CaseloadItem' });
/** By default late plans first, then overdue actions, new top-3 results and the nearest review. */
export const MyCaseload = pageOf(CaseloadItem, 'MyCaseload');
export type MyCaseload = z.infer<typeof MyCaseload>;

const Count = z.number().int().min(0);
const StatusCounts = z.object({ registered: Count, intake: Count, plan: Count, in_progress: Count, evaluation: Count });

export const TeamCaseload = z
  .object({
    team: z.object({ id: z.uuid(), name: z.string() }),
    regisseurs: z.array(
      z.object({
        userId: z.uuid(),
        displayName: z.string(),
        organisationName: z.string(),
        isLead: z.boolean(),
        isMember: z.boolean(),
        active: z.boolean(),
        open: z.number().int().min(0),
        byStatus: StatusCounts,
        planLate: Count,
      }),
    ),
    trajectories: z.array(
      z.object({
        trajectoryId: z.uuid(),
        familyId: z.uuid(),
        familyReference: z.string(),
        status: OpenStatus,
        openedAt: z.date(),
        regisseurId: z.uuid(),
        deadline: z.object({
          state: DeadlineState,
          dueOn: z.iso.date().nullable(),
          daysLeft: z.number().int().nullable(),
        }),
      }),
    ),
    /** How many open trajectories match the filters in all; `trajectories` is the page from `offset`. */
    page: z.object({ total: Count, limit: z.number().int().min(1), offset: Count }),
  })
  .meta({ id: 'TeamCaseload' });
export type TeamCaseload = z.infer<typeof TeamCaseload>;
