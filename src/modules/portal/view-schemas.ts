// The shapes of the portal's other pages: meetings, team, care and timeline.
import { z } from 'zod';

export const PortalMeetings = z
  .object({
    meetings: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(['family_group', 'met', 'other', 'top3']),
        heldOn: z.string(),
        location: z.string().nullable(),
        top3: z.array(z.string()),
        participants: z.array(
          z.object({
            name: z.string(),
            roleLabel: z.string(),
            kind: z.string(),
            strengths: z.array(z.string()),
            words: z.array(z.string()),
            safetyRating: z.number().int().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PortalMeetings' });

export const PortalTeam = z
  .object({
    people: z.array(
      z.object({
        name: z.string(),
        email: z.string().nullable(),
        organisation: z.string(),
        team: z.string(),
        regisseur: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'PortalTeam' });

export const PortalCare = z
  .object({
    decisions: z.array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        outcome: z.enum(['granted', 'rejected']),
        decidedAt: z.date(),
        about: z.string().nullable(),
        motivation: z.string(),
        rejectionReason: z.string().nullable(),
        allocations: z.array(
          z.object({
            id: z.uuid(),
            category: z.string().nullable(),
            productCode: z.string().nullable(),
            startsOn: z.string(),
            endsOn: z.string(),
            status: z.enum(['active', 'ended']),
            provider: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PortalCare' });

export const PortalTimeline = z
  .object({
    events: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['plan_version', 'plan_signed', 'meeting', 'decision']),
        at: z.date(),
        text: z.string(),
        by: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PortalTimeline' });
