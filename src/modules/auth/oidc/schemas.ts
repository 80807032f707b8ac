import { z } from 'zod';
import { IDENTITY_PROVIDERS } from './providers.js';

export const ProviderParams = z.strictObject({ provider: z.enum(IDENTITY_PROVIDERS) });
export const StartQuery = z.strictObject({ terug: z.string().max(300).optional() });
/** The provider's answer: code, state, iss, or error and error_description; anything else is ignored. */
export const CallbackQuery = z.object({
  code: z.string().max(4000).optional(),
  state: z.string().max(200).optional(),
  iss: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

export const OidcProviders = z
  .object({ citizen: z.boolean(), professional: z.boolean() })
  .meta({ id: 'OidcProviders', description: 'Which login buttons to show: the providers this installation has.' });

export const PendingLogin = z
  .object({ status: z.enum(['totp_required', 'totp_enrolment_required']), csrfToken: z.string() })
  .meta({ id: 'PendingLogin' });

export const OidcLogoutResult = z
  .object({
    /** Where the browser goes to end the session at the provider too; null after a password login. */
    endSessionUrl: z.string().nullable(),
  })
  .meta({ id: 'OidcLogoutResult' });
