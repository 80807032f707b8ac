import { useTranslation } from 'react-i18next';
import type { CriterionScore } from '../../api/support-families';
import { criterionText } from './labels';

/** The score taken apart: per criterion its points, weight and the comparison behind it. */
export function ScoreExplanation({ criteria, score }: { criteria: CriterionScore[]; score: number }) {
  const { t } = useTranslation();
  return (
    <details className="kt-sf-explain">
      <summary>{t('supportFamilies.criteria.why', { score: score.toFixed(1) })}</summary>
      <ul>
        {criteria.map((c) => (
          <li key={c.criterion} data-criterion={c.criterion}>
            <strong>{t(`supportFamilies.criteria.${c.criterion}`)}</strong>: {criterionText(t, c)} —{' '}
            {t('supportFamilies.criteria.points', { points: c.points.toFixed(1), weight: c.weight })}
          </li>
        ))}
      </ul>
    </details>
  );
}
