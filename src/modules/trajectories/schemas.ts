import { z } from 'zod';
import { NewTrajectory } from '../families/schemas.js';
import { EndingReason, ManagingWithoutHelp, TrajectoryStatus } from '../families/schemas.js';

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
