// Dutch and English texts of the codes the iJw codec and exchange throw. The allocations manifest
// spreads these into its `errors`; the declaration below makes them valid ErrorCodes.
import type { ErrorTexts } from '../../../platform/http/messages.js';

export const IJW_ERRORS = {
  ijw_xml_malformed: {
    nl: 'Dit bericht is geen geldige XML.',
    en: 'This message is not well-formed XML.',
  },
  ijw_doctype_refused: {
    nl: 'Dit bericht bevat een DOCTYPE of entiteitsdefinitie; die worden om veiligheidsredenen geweigerd.',
    en: 'This message contains a DOCTYPE or entity declaration; these are refused for security reasons.',
  },
  ijw_too_large: {
    nl: 'Dit bericht is te groot.',
    en: 'This message is too large.',
  },
  ijw_unknown_message: {
    nl: 'Dit is geen iJw 3.2-bericht dat wij kennen (onbekende of verkeerde namespace).',
    en: 'This is not an iJw 3.2 message we know (unknown or wrong namespace).',
  },
  ijw_unexpected_message: {
    nl: 'Dit soort iJw-bericht wordt hier niet verwacht.',
    en: 'This kind of iJw message is not expected here.',
  },
  ijw_schema_invalid: {
    nl: 'Dit bericht voldoet niet aan het XML-schema (XSD) van iJw 3.2.',
    en: 'This message does not validate against its iJw 3.2 XML schema (XSD).',
  },
  ijw_sender_mismatch: {
    nl: 'De afzender in dit bericht is niet de AGB-code van uw organisatie.',
    en: "The sender in this message is not your organisation's AGB code.",
  },
  ijw_unknown_municipality: {
    nl: 'De ontvanger in dit bericht is geen gemeente die wij kennen.',
    en: 'The receiver in this message is not a municipality we know.',
  },
  ijw_duplicate_message: {
    nl: 'Een bericht met deze identificatie is al eerder ontvangen.',
    en: 'A message with this identification was received before.',
  },
  ijw_message_not_found: {
    nl: 'Dit bericht bestaat niet of is niet voor uw organisatie.',
    en: 'No such message for your organisation.',
  },
} as const satisfies ErrorTexts;

declare module '../../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof IJW_ERRORS, true> {}
}
