import { z } from 'zod';
import { PROBLEMS } from './records.js';

/** In the body, never in the URL: the answer is personal data. */
export const CbsDeliveryRequest = z
  .strictObject({
    municipality: z.string().regex(/^\d{4}$/),
    year: z.number().int().min(2015).max(2100),
    half: z.union([z.literal(1), z.literal(2)]),
  })
  .meta({ id: 'CbsDeliveryRequest' });
export type CbsDeliveryRequest = z.infer<typeof CbsDeliveryRequest>;

export const CbsDeliveryReport = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    period: z.object({ from: z.string(), to: z.string() }),
    teams: z.array(z.string()),
    deliverable: z.number().int(),
    refused: z.array(z.object({ reference: z.string(), givenName: z.string(), problems: z.array(z.enum(PROBLEMS)) })),
  })
  .meta({ id: 'CbsDeliveryReport' });
export type CbsDeliveryReport = z.infer<typeof CbsDeliveryReport>;
