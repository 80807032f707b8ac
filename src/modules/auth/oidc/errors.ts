// Why an OIDC login did not end in a session. The callback is a browser navigation, so these are not
// problem+json answers: routes.ts maps each reason, once, to a page of the web app that explains it.
export const OIDC_FAILURES = [
  /** DigiD worked, but no household member in Keukentafel has this BSN. */
  'no_family',
  /** A child under 12: the parents with authority log in for them. */
  'too_young',
  /** The professional's identity maps to no active Keukentafel account. */
  'unknown_professional',
  /** The matched account is switched off. */
  'inactive',
  /** The user stopped at the provider (error=access_denied). */
  'cancelled',
  /** Expired, replayed or unknown state, a wrong issuer, nonce or signature, a missing claim… */
  'invalid_response',
  /** The provider could not be reached or answered with an error. */
  'provider_error',
] as const;
export type OidcFailureReason = (typeof OIDC_FAILURES)[number];

export class OidcLoginFailed extends Error {
  /** Who tried, for the audit row, when known (never a BSN). */
  who?: { actor_user_id?: string | null; actor_username?: string | null; actor_organisation_id?: string | null };
  constructor(
    readonly reason: OidcFailureReason,
    /** English, for the audit row's description and the log; never personal data. */
    readonly why: string,
  ) {
    super(`${reason}: ${why}`);
    this.name = 'OidcLoginFailed';
  }
}
