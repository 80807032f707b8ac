import { useTranslation } from 'react-i18next';
import type { CriterionScore } from '../../api/support-families';
import { useFormat } from '../../i18n/format';
import { criterionText } from './labels';

/** The score taken apart: per criterion its points, weight and the comparison behind it. */
export function ScoreExplanation({ criteria, score }: { criteria: CriterionScore[]; score: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <details className="kt-sf-explain">
      <summary>{t('supportFamilies.criteria.why', { score: format.decimal(score) })}</summary>
      <ul>
        {criteria.map((c) => (
          <li key={c.criterion} data-criterion={c.criterion}>
            <strong>{t(`supportFamilies.criteria.${c.criterion}`)}</strong>: {criterionText(t, c, format)} —{' '}
            {t('supportFamilies.criteria.points', { points: format.decimal(c.points), weight: c.weight })}
          </li>
        ))}
      </ul>
    </details>
  );
}
