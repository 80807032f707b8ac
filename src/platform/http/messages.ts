// Dutch and English texts for the stable error codes. Dutch is the default language.
// The platform holds the texts of its own codes; each module's manifest brings the texts of the
// codes it throws, and the app merges them into one catalogue when it is built.
export type ErrorText = { nl: string; en: string };
export type ErrorTexts = Readonly<Record<string, ErrorText>>;

export const PLATFORM_ERROR_TEXTS = {
  invalid_input: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  invalid_json: { nl: 'De aanvraag is geen geldige JSON.', en: 'The request body is not valid JSON.' },
  body_too_large: { nl: 'De aanvraag is te groot.', en: 'The request body is too large.' },
  uri_too_long: { nl: 'Een deel van het adres is te lang.', en: 'A part of the address is too long.' },
  invalid_url: { nl: 'Het adres is niet geldig.', en: 'The address is not valid.' },
  unsupported_media_type: { nl: 'Dit inhoudstype wordt niet ondersteund.', en: 'This content type is not supported.' },
  invalid_value: { nl: 'Een waarde is niet geldig.', en: 'A value is not valid.' },
  constraint_violation: { nl: 'De invoer voldoet niet aan een regel.', en: 'The input breaks a rule.' },
  unknown_reference: { nl: 'Een verwijzing naar een onbekend gegeven.', en: 'A reference to an unknown record.' },
  unauthenticated: { nl: 'Log eerst in.', en: 'Log in first.' },
  forbidden: { nl: 'Je hebt geen toegang tot deze gegevens.', en: 'You do not have access to this data.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  route_not_found: { nl: 'Deze API-route bestaat niet.', en: 'This API route does not exist.' },
  already_exists: { nl: 'Dit bestaat al.', en: 'This already exists.' },
  conflict: { nl: 'Dit botst met de huidige stand van zaken.', en: 'This conflicts with the current state.' },
  stale_version: {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.',
    en: 'Someone else changed this in the meantime. Reload and try again.',
  },
  concurrent_update: {
    nl: 'Iemand anders wijzigde dit tegelijk. Probeer het opnieuw.',
    en: 'Someone else changed this at the same time. Try again.',
  },
  api_key_invalid: {
    nl: 'Een geldige API-sleutel is nodig (Authorization: Bearer kt_…).',
    en: 'A valid partner API key is required (Authorization: Bearer kt_…).',
  },
  api_key_scope: {
    nl: 'Deze API-sleutel geeft geen toegang tot deze functie.',
    en: 'This API key lacks the scope for this call.',
  },
  rate_limited: {
    nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  timeout: { nl: 'De database reageerde te traag.', en: 'The database took too long to answer.' },
  database_unavailable: {
    nl: 'De database is even niet bereikbaar. Probeer het over een minuut opnieuw; er is niets opgeslagen.',
    en: 'The database cannot be reached right now. Try again in a minute; nothing was saved.',
  },
  internal_error: { nl: 'Er ging iets mis aan onze kant.', en: 'Something went wrong on our side.' },
} as const satisfies ErrorTexts;

declare module '../errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof PLATFORM_ERROR_TEXTS, true> {}
}

export interface ErrorCatalogue {
  readonly messagesFor: (code: string, fallbackEn: string) => ErrorText;
}

/**
 * One catalogue from the platform's texts and those of every module. A code may appear in two
 * sources only with the same texts: anything else is a mistake found at start, not in a response.
 */
export function errorCatalogue(sources: readonly { name: string; errors?: ErrorTexts }[]): ErrorCatalogue {
  const texts = new Map<string, { text: ErrorText; from: string }>();
  for (const { name, errors } of [{ name: 'platform', errors: PLATFORM_ERROR_TEXTS }, ...sources]) {
    for (const [code, text] of Object.entries(errors ?? {})) {
      const known = texts.get(code);
      if (known && (known.text.nl !== text.nl || known.text.en !== text.en)) {
        throw new Error(`Error code "${code}" has different texts in ${known.from} and ${name}`);
      }
      if (!known) texts.set(code, { text, from: name });
    }
  }
  return {
    messagesFor: (code, fallbackEn) =>
      texts.get(code)?.text ?? { nl: 'Het verzoek kon niet worden verwerkt.', en: fallbackEn },
  };
}
