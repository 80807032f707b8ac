// Dutch and English texts for the stable error codes. Dutch is the default language.
type Text = { nl: string; en: string };

const MESSAGES: Record<string, Text> = {
  invalid_input: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  invalid_json: { nl: 'De aanvraag is geen geldige JSON.', en: 'The request body is not valid JSON.' },
  body_too_large: { nl: 'De aanvraag is te groot.', en: 'The request body is too large.' },
  unsupported_media_type: { nl: 'Dit inhoudstype wordt niet ondersteund.', en: 'This content type is not supported.' },
  invalid_value: { nl: 'Een waarde is niet geldig.', en: 'A value is not valid.' },
  constraint_violation: { nl: 'De invoer voldoet niet aan een regel.', en: 'The input breaks a rule.' },
  unknown_reference: { nl: 'Een verwijzing naar een onbekend gegeven.', en: 'A reference to an unknown record.' },
  unauthenticated: { nl: 'Log eerst in.', en: 'Log in first.' },
  invalid_credentials: { nl: 'Gebruikersnaam of wachtwoord klopt niet.', en: 'Username or password is incorrect.' },
  invalid_totp: { nl: 'De code klopt niet of is al gebruikt.', en: 'The code is incorrect or was already used.' },
  totp_pending: { nl: 'Voer eerst de code van de tweede stap in.', en: 'Enter the second-factor code first.' },
  totp_not_started: { nl: 'Start eerst het instellen van tweestapsverificatie.', en: 'Start setting up two-factor authentication first.' },
  totp_required_by_role: { nl: 'Tweestapsverificatie is verplicht voor uw rol.', en: 'Two-factor authentication is required for your role.' },
  account_locked: { nl: 'Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen.', en: 'This account is temporarily locked after too many failed attempts.' },
  csrf_failed: { nl: 'De beveiligingscontrole van het formulier is mislukt. Laad de pagina opnieuw.', en: 'The form security check failed. Reload the page.' },
  forbidden: { nl: 'U heeft geen toegang tot deze gegevens.', en: 'You do not have access to this data.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  route_not_found: { nl: 'Deze API-route bestaat niet.', en: 'This API route does not exist.' },
  already_exists: { nl: 'Dit bestaat al.', en: 'This already exists.' },
  conflict: { nl: 'Dit botst met de huidige stand van zaken.', en: 'This conflicts with the current state.' },
  stale_version: { nl: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.', en: 'Someone else changed this in the meantime. Reload and try again.' },
  concurrent_update: { nl: 'Iemand anders wijzigde dit tegelijk. Probeer het opnieuw.', en: 'Someone else changed this at the same time. Try again.' },
  weak_password: { nl: 'Het wachtwoord moet minstens 12 tekens hebben.', en: 'The password must have at least 12 characters.' },
  agb_required: { nl: 'Een zorgaanbieder heeft een AGB-code van 8 cijfers.', en: 'A care provider needs an 8-digit AGB code.' },
  agb_not_allowed: { nl: 'Alleen zorgaanbieders hebben een AGB-code.', en: 'Only care providers have an AGB code.' },
  neighbourhood_outside_municipality: { nl: 'Een buurt ligt niet in de gekozen gemeente.', en: 'A neighbourhood is not in the chosen municipality.' },
  last_admin: { nl: 'Er moet minstens één actieve beheerder blijven.', en: 'At least one active administrator must remain.' },
  rate_limited: { nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.', en: 'Too many requests. Wait a moment and try again.' },
  timeout: { nl: 'De database reageerde te traag.', en: 'The database took too long to answer.' },
  internal_error: { nl: 'Er ging iets mis aan onze kant.', en: 'Something went wrong on our side.' },
};

export function messagesFor(code: string, fallbackEn: string): Text {
  return MESSAGES[code] ?? { nl: 'Het verzoek kon niet worden verwerkt.', en: fallbackEn };
}
