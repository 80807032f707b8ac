// Small helpers the contract-manager forms share: amounts typed by a person, and the page's error texts.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetFigure } from '../../api/contracts';

/** Euros as typed by a person ("101,20", "1.250,00" or "101.20") to cents; NaN when it is not an amount. */
export function toCents(text: string): number {
  const plain = text.trim().replace(/^€\s*/, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d{1,9})(?:[.,](\d{1,2}))?$/.exec(plain);
  if (!m) return Number.NaN;
  return Number((m[1] ?? '').replace(/\./g, '')) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Cents back to what a person types in an amount field ("101,20"); no grouping, so toCents reads it again. */
export function centsToInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${euros},${rest}`;
}

/** A decimal typed the Dutch or English way ("12,5" / "12.5"); NaN when it is not a number. */
export function toDecimal(text: string): number {
  const m = /^\s*(-?\d{1,5})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  return m ? Number(`${m[1]}.${m[2] ?? '0'}`) : Number.NaN;
}

/** Lines the region buys together; each municipality carries its share (with a split note). */
export const REGIONAL_LINES: readonly BudgetFigure['line'][] = [
  'regional_ambulant',
  'regional_day_treatment',
  'regional_residential',
  'crisis',
];

/** The text of `contracts.errors.<key>` (the forms' field messages). */
export function useErrorText(): (key: string) => string {
  const { t } = useTranslation();
  return useCallback((key: string) => t(`contracts.errors.${key}` as 'contracts.errors.unit'), [t]);
}
