// Small display helpers shared by the board pages.
import type { TFunction } from 'i18next';
import type { CriterionScore, SupportKind } from '../../api/support-families';
import { formatIn, type Format } from '../../format';
import { toLanguage } from '../../i18n/index';

export function kindLabels(kinds: SupportKind[] | undefined, codes: string[], lang: string): string {
  return codes.map((c) => kinds?.find((k) => k.code === c)?.label[lang.startsWith('en') ? 'en' : 'nl'] ?? c).join(', ');
}

export function slotLabel(t: TFunction, slot: string): string {
  const [day, part] = slot.split('_');
  return `${t(`supportFamilies.days.${day as 'mon'}`)} ${t(`supportFamilies.parts.${part as 'morning'}`)}`;
}

/** One sentence per criterion: what was compared and what it gave. */
export function criterionText(t: TFunction, c: CriterionScore, format: Format): string {
  const d = c.detail;
  switch (c.criterion) {
    case 'distance':
      return t('supportFamilies.criteria.distanceText', { distance: format.km(d.km ?? 0) });
    case 'needs':
      return t('supportFamilies.criteria.needsText', { n: d.shared?.length ?? 0, of: d.of ?? 0 });
    case 'days':
      return t('supportFamilies.criteria.daysText', {
        n: d.shared?.length ?? 0,
        of: d.of ?? 0,
        slots: (d.shared ?? []).map((s) => slotLabel(t, s)).join(', '),
      });
    case 'language':
      return (d.shared?.length ?? 0) > 0
        ? t('supportFamilies.criteria.languageYes', {
            languages: (d.shared ?? [])
              .map((l) => t(`supportFamilies.languages.${l as 'nl'}`, { defaultValue: l }))
              .join(', '),
          })
        : t('supportFamilies.criteria.languageNo');
    case 'age':
      return t('supportFamilies.criteria.ageText', { n: d.fitting ?? 0, of: d.of ?? 0 });
    case 'capacity':
      return t('supportFamilies.criteria.capacityText', { n: d.remaining ?? 0, of: d.of ?? 0 });
  }
}

/** The app's short date (web/src/format.ts) in the page language, or a dash when there is none. */
export const formatDate = (iso: string | null, lang: string) => (iso ? formatIn(toLanguage(lang)).date(iso) : '—');
