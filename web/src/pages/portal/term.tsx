import { useTranslation } from 'react-i18next';

export const TERMS = [
  'regisseur',
  'beschikking',
  'gezag',
  'toewijzing',
  'top3',
  'afschermen',
  'privacyOfficer',
] as const;
export type Term = (typeof TERMS)[number];

/**
 * A word of jargon with its explanation one tap away: a native disclosure (Tab reaches it, Enter or Space
 * opens it, a screen reader says "collapsed/expanded"), at least 44 px tall to tap (portal.css).
 */
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

const WORDS: Partial<Record<Term, 'regisseurWord' | 'gezagWord' | 'privacyOfficerWord' | 'beschikkingWord'>> = {
  regisseur: 'regisseurWord',
  gezag: 'gezagWord',
  privacyOfficer: 'privacyOfficerWord',
  beschikking: 'beschikkingWord',
};

/** "What a word means:" and the page's words of jargon, under an intro that uses them. */
export function Glossary({ terms }: { terms: readonly (keyof typeof WORDS)[] }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph kt-glossary">
      {t('portal.glossary.words')}{' '}
      {terms.map((term, i) => (
        <span key={term}>
          {i > 0 ? ', ' : null}
          <Term term={term}>{t(`portal.glossary.${WORDS[term] ?? 'regisseurWord'}`)}</Term>
        </span>
      ))}
    </p>
  );
}
