import { z } from 'zod';
import { ENDING_REASONS, ENTRY_POINTS, MANAGING_WITHOUT_HELP, TRAJECTORY_STATUSES } from '../../platform/db/schema.js';

const IsoDate = z.iso.date();

export const EntryPoint = z.enum(ENTRY_POINTS).meta({ id: 'EntryPoint' });
export const TrajectoryStatus = z.enum(TRAJECTORY_STATUSES).meta({ id: 'TrajectoryStatus' });
export const EndingReason = z.enum(ENDING_REASONS).meta({ id: 'EndingReason' });
export const ManagingWithoutHelp = z.enum(MANAGING_WITHOUT_HELP).meta({ id: 'ManagingWithoutHelp' });

/** A user as lists show them (also the regisseur on a family's dossier). */
export const UserRef = z.object({ userId: z.uuid(), displayName: z.string(), organisationName: z.string() });

/** How a trajectory opens, at registration and again later (POST /api/families/:familyId/trajectories). */
export const NewTrajectory = z
  .strictObject({
    entryPoint: EntryPoint,
    firstContactOn: IsoDate,
    /** Defaults to whoever opens the trajectory. */
    regisseurId: z.uuid().optional(),
    /** Colleagues of the team; the opener joins anyway. */
    memberIds: z.array(z.uuid()).max(20).optional(),
  })
  .meta({ id: 'NewTrajectory' });
export type NewTrajectory = z.infer<typeof NewTrajectory>;

export const Trajectory = z
  .object({
    id: z.uuid(),
    status: TrajectoryStatus,
    nextStatuses: z.array(TrajectoryStatus),
    entryPoint: EntryPoint.nullable(),
    firstContactOn: z.string().nullable(),
    openedAt: z.date(),
    closedAt: z.date().nullable(),
    team: z.object({ id: z.uuid(), name: z.string() }),
    regisseur: UserRef,
    members: z.array(UserRef.extend({ isRegisseur: z.boolean() })),
    colleagues: z.array(UserRef),
    handovers: z.array(z.object({ from: z.string(), to: z.string(), note: z.string(), by: z.string(), at: z.date() })),
    endingReason: EndingReason.nullable(),
    satisfaction: z.number().int().nullable(),
    satisfactionInformant: z.enum(['youth', 'parent']).nullable(),
    managingWithoutHelp: ManagingWithoutHelp.nullable(),
  })
  .meta({ id: 'Trajectory' });
export type Trajectory = z.infer<typeof Trajectory>;

export const TrajectoryParams = z.strictObject({ trajectoryId: z.uuid() });
export const TeamParams = z.strictObject({ teamId: z.uuid() });
export const FamilyParams = z.strictObject({ familyId: z.uuid() });

/** A new trajectory for a family whose trajectory was closed: the registration's trajectory fields and the team. */
export const OpenTrajectoryBody = NewTrajectory.extend({ teamId: z.uuid() }).meta({ id: 'OpenTrajectoryBody' });
export type OpenTrajectoryBody = z.infer<typeof OpenTrajectoryBody>;
export const TrajectoryOpened = z.object({ id: z.uuid(), familyId: z.uuid() }).meta({ id: 'TrajectoryOpened' });

export const StatusChangeBody = z
  .strictObject({ status: TrajectoryStatus.exclude(['closed', 'registered']) })
  .meta({ id: 'StatusChangeBody' });

export const CloseTrajectoryBody = z
  .strictObject({
    endingReason: EndingReason,
    satisfaction: z.number().int().min(1).max(10).optional(),
    satisfactionInformant: z.enum(['youth', 'parent']).optional(),
    managingWithoutHelp: ManagingWithoutHelp.optional(),
  })
  .refine((b) => (b.satisfaction === undefined) === (b.satisfactionInformant === undefined), {
    message: 'a satisfaction mark needs its informant (youth or parent)',
    path: ['satisfactionInformant'],
  })
  .meta({ id: 'CloseTrajectoryBody' });
export type CloseTrajectoryBody = z.infer<typeof CloseTrajectoryBody>;

export const HandoverBody = z
  .strictObject({ toUserId: z.uuid(), note: z.string().trim().min(5).max(4000) })
  .meta({ id: 'HandoverBody' });
export const AddTrajectoryMemberBody = z.strictObject({ userId: z.uuid() }).meta({ id: 'AddTrajectoryMemberBody' });

export const Colleagues = z
  .object({
    items: z.array(
      z.object({ userId: z.uuid(), displayName: z.string(), organisationName: z.string(), isLead: z.boolean() }),
    ),
  })
  .meta({ id: 'Colleagues' });
