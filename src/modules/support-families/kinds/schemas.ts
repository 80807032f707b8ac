import { z } from 'zod';

const Label = z.string().trim().min(2).max(60);
export const KindCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);
export const KindParams = z.strictObject({ code: KindCode });
export const NewKindBody = z
  .strictObject({ code: KindCode, labelNl: Label, labelEn: Label })
  .meta({ id: 'SupportKindNew' });
export const KindChangeBody = z
  .strictObject({ labelNl: Label.optional(), labelEn: Label.optional(), active: z.boolean().optional() })
  .refine((b) => b.labelNl !== undefined || b.labelEn !== undefined || b.active !== undefined, {
    message: 'nothing_to_change',
  })
  .meta({ id: 'SupportKindChange' });
export const KindOrderBody = z
  .strictObject({ codes: z.array(KindCode).min(1).max(100) })
  .meta({ id: 'SupportKindOrder' });
export const KindAdminList = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        label: z.object({ nl: z.string(), en: z.string() }),
        active: z.boolean(),
        position: z.number().int(),
      }),
    ),
    mayConfigure: z.boolean(),
  })
  .meta({ id: 'SupportKindAdminList' });
export type NewKindBody = z.infer<typeof NewKindBody>;
export type KindChangeBody = z.infer<typeof KindChangeBody>;
