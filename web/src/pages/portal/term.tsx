import { useTranslation } from 'react-i18next';

export const TERMS = ['regisseur', 'beschikking', 'gezag', 'toewijzing', 'top3', 'afschermen'] as const;
export type Term = (typeof TERMS)[number];

/** A word of jargon with its explanation one tap away (a native disclosure: keyboard and screen reader work). */
export function Term({ term, children }: { term: Term; children: string }) {
  const { t } = useTranslation();
  return (
    <details className="kt-term">
      <summary>
        {children}
        <span className="kt-term__hint"> ({t('portal.glossary.what')})</span>
      </summary>
      <span className="kt-term__text">{t(`portal.glossary.${term}`)}</span>
    </details>
  );
}
