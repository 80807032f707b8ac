// A published count of youths (or signals): the number, "<5" for a small number, "•" for one hidden to protect it.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

export interface PublishedCount {
  kind: 'value' | 'primary' | 'secondary';
  value: number | null;
}

export function CountText({ cell }: { cell: PublishedCount }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (cell.kind === 'value') return <>{format.integer(cell.value ?? 0)}</>;
  if (cell.kind === 'primary')
    return <abbr title={t('insights.patterns.primaryTitle')}>{t('insights.patterns.fewer')}</abbr>;
  return (
    <abbr title={t('insights.patterns.secondaryTitle')}>
      •<span className="kt-visually-hidden">{t('insights.patterns.secondaryTitle')}</span>
    </abbr>
  );
}

/** In a download a hidden count is empty: the file never holds more than the page showed. */
export const shownValue = (cell: PublishedCount | undefined) => (cell?.kind === 'value' ? (cell.value ?? 0) : null);
