import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContent } from '../../api/plans';
import type { FieldSpecs } from '../../components/form/field-messages';

/**
 * The plan editor's fields as the server names them (`content.actions.2.owner.name`), each with the
 * label the editor shows and, where it helps, a text that says what to do.
 */
export function usePlanFieldSpecs(content: PlanContent): FieldSpecs {
  const { t } = useTranslation();
  const counts = [
    content.strengths.length,
    content.concerns.length,
    content.goals.length,
    content.actions.length,
    content.safetyAgreements.length,
    content.reviews.length,
  ].join();
  return useMemo(() => {
    const specs: FieldSpecs = {};
    const each = (count: number, fn: (i: number, n: number) => void) => {
      for (let i = 0; i < count; i++) fn(i, i + 1);
    };
    const [strengths, concerns, goals, actions, agreements, reviews] = counts.split(',').map(Number);
    each(strengths ?? 0, (i, n) => {
      specs[`content.strengths.${i}.text`] = { label: t('plans.editor.strengthText', { n }) };
    });
    each(concerns ?? 0, (i, n) => {
      specs[`content.concerns.${i}.text`] = { label: t('plans.editor.concernText', { n }) };
    });
    each(goals ?? 0, (i, n) => {
      specs[`content.goals.${i}.what`] = {
        label: t('plans.editor.goalWhat', { n }),
        messages: { required: t('plans.errors.goalWhat', { n }) },
      };
      specs[`content.goals.${i}.byWhen`] = { label: t('plans.editor.byWhen', { n }) };
      specs[`content.goals.${i}.howWeKnow`] = { label: t('plans.editor.howWeKnow', { n }) };
    });
    each(actions ?? 0, (i, n) => {
      specs[`content.actions.${i}.what`] = {
        label: t('plans.editor.actionWhat', { n }),
        messages: { required: t('plans.errors.actionWhat', { n }) },
      };
      specs[`content.actions.${i}.owner.name`] = {
        label: t('plans.editor.ownerName', { n }),
        messages: { required: t('plans.errors.owner', { n }) },
      };
      specs[`content.actions.${i}.due`] = { label: t('plans.editor.due', { n }) };
    });
    each(agreements ?? 0, (i, n) => {
      specs[`content.safetyAgreements.${i}.text`] = { label: t('plans.editor.agreementText', { n }) };
    });
    each(reviews ?? 0, (i, n) => {
      specs[`content.reviews.${i}.date`] = { label: t('plans.editor.reviewDate', { n }) };
      specs[`content.reviews.${i}.note`] = { label: t('plans.editor.reviewNote', { n }) };
    });
    return specs;
  }, [counts, t]);
}
