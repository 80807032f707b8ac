import type { TFunction } from 'i18next';

/**
 * A code from the iJw code lists with its official (Dutch) meaning, as the standard names it: "Uur (04)".
 * A code whose meaning is unknown is never shown bare: it is named as a code of the standard.
 */
export function codedText(t: TFunction, coded: { code: string; label: string | null }): string {
  return coded.label ? `${coded.label} (${coded.code})` : t('provider.codeOnly', { code: coded.code });
}
