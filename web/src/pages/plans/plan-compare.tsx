import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../api/plans';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import { TextField } from '../../components/form/text-field';
import { useFormErrors } from '../../components/form/use-form-errors';
import { PlanDiff } from './plan-diff';

/** A version number the plan has (1 … count), or null. */
function versionNumber(text: string, count: number): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]{1,7}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= count ? n : null;
}

function check(path: 'from' | 'to', text: string, count: number) {
  if (text.trim() === '') return { path, kind: 'required' };
  return versionNumber(text, count) === null ? { path, kind: 'range' } : null;
}

/**
 * Compare any two versions: per section what was added, removed and changed. The versions are typed
 * as numbers (the plan may have thousands; the version list above shows them a page at a time), the
 * previous and the current version to start with.
 */
export function PlanCompare({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const count = plan.versionCount;
  const [fromText, setFromText] = useState(String(Math.max(1, count - 1)));
  const [toText, setToText] = useState(String(count));
  const [shown, setShown] = useState({ from: Math.max(1, count - 1), to: count });
  const range = t('plans.compare.range', { count });
  const form = useFormErrors({
    from: {
      label: t('plans.compare.from'),
      messages: { required: t('plans.compare.fromRequired'), range: t('plans.compare.outOfRange', { count }) },
    },
    to: {
      label: t('plans.compare.to'),
      messages: { required: t('plans.compare.toRequired'), range: t('plans.compare.outOfRange', { count }) },
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([check('from', fromText, count), check('to', toText, count)])) return;
    setShown({ from: versionNumber(fromText, count) ?? 1, to: versionNumber(toText, count) ?? count });
  };
  const versionLink = (v: number) => (
    <AppLink to={`/families/${plan.familyId}/plan/versions/${v}`}>{t('plans.viewVersion', { version: v })}</AppLink>
  );
  return (
    <section className="kt-section" aria-labelledby="plan-compare">
      <Heading2 id="plan-compare">{t('plans.compare.title')}</Heading2>
      <form onSubmit={submit} noValidate aria-labelledby="plan-compare" data-testid="plan-compare-form">
        <ErrorSummary form={form} />
        <div className="kt-filter-form">
          <TextField
            label={t('plans.compare.from')}
            description={range}
            value={fromText}
            onValueChange={setFromText}
            inputMode="numeric"
            autoComplete="off"
            required
            {...form.field('from')}
          />
          <TextField
            label={t('plans.compare.to')}
            description={range}
            value={toText}
            onValueChange={setToText}
            inputMode="numeric"
            autoComplete="off"
            required
            {...form.field('to')}
          />
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t('plans.compare.submit')}
        </Button>
      </form>
      <Paragraph>
        {versionLink(shown.from)} · {versionLink(shown.to)}
      </Paragraph>
      <PlanDiff familyId={plan.familyId} from={shown.from} to={shown.to} level={3} />
    </section>
  );
}
