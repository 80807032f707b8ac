import { z } from 'zod';

export const ConfirmBody = z
  .strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) })
  .meta({ id: 'SupportConfirmBody' });
export const Confirmed = z.object({ status: z.literal('confirmed') }).meta({ id: 'SupportConfirmed' });
export const SupportKindList = z
  .object({
    items: z.array(z.object({ code: z.string(), label: z.object({ nl: z.string(), en: z.string() }) })),
    consentVersion: z.string(),
  })
  .meta({ id: 'SupportKindList' });
