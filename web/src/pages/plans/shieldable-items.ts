import type { PlanContent } from '../../api/plans';
import type { Format } from '../../format';
import type { ShieldableItem } from '../portal/shields-panel';

/** Every item of the plan a professional can shield from the family, labelled by its section. */
type Section = 'strengths' | 'concerns' | 'goals' | 'actions' | 'safetyAgreements' | 'reviews';

export function shieldablePlanItems(
  content: PlanContent,
  t: (key: `portal.shields.kinds.${Section}`) => string,
  format: Format,
): ShieldableItem[] {
  const item = (section: Section, id: string | undefined, text: string): ShieldableItem[] =>
    id ? [{ kind: 'plan_item', ref: id, label: `${t(`portal.shields.kinds.${section}`)}: ${text}` }] : [];
  return [
    ...content.strengths.flatMap((s) => item('strengths', s.id, s.text)),
    ...content.concerns.flatMap((c) => item('concerns', c.id, c.text)),
    ...content.goals.flatMap((g) => item('goals', g.id, g.what)),
    ...content.actions.flatMap((a) => item('actions', a.id, a.what)),
    ...content.safetyAgreements.flatMap((s) => item('safetyAgreements', s.id, s.text)),
    ...content.reviews.flatMap((r) => item('reviews', r.id, `${format.date(r.date)}${r.note ? ` — ${r.note}` : ''}`)),
  ];
}
