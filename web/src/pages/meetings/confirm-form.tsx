import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmTop3, type Meeting } from '../../api/meetings';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';

function useConfirmSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const order = t('meetings.errors.order');
    const reason = t('meetings.errors.reason');
    return {
      order: { label: t('meetings.place1'), messages: { required: order, too_small: order, custom: order } },
      reason: { label: t('meetings.reason'), messages: { required: reason, reason_required: reason } },
    };
  }, [t]);
}

/** Mirrors the server's rule (docs/top3.md): an order follows the count unless it puts fewer points above more. */
function followsCount(meeting: Meeting, order: string[]): boolean {
  const points = new Map(meeting.computed.tallies.map((x) => [x.concernKey, x.points]));
  const p = (k: string) => points.get(k) ?? 0;
  for (let i = 0; i < order.length; i++)
    for (let j = i + 1; j < order.length; j++) if (p(order[i] ?? '') < p(order[j] ?? '')) return false;
  const lowest = Math.min(...order.map(p));
  const bestLeftOut = Math.max(
    0,
    ...meeting.computed.tallies.filter((x) => !order.includes(x.concernKey)).map((x) => x.points),
  );
  return order.length >= Math.min(3, meeting.computed.tallies.length) && bestLeftOut <= lowest;
}

/** The table confirms or reorders the top-3, and says why when it departs from the count. */
export function ConfirmTop3Form({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const confirm = useConfirmTop3(meeting.familyId, meeting.id);
  const initial = meeting.computed.candidates.slice(0, 3);
  const [order, setOrder] = useState<string[]>([initial[0] ?? '', initial[1] ?? '', initial[2] ?? '']);
  const [reason, setReason] = useState('');
  const serverError = useMemo(() => withFieldCodes(confirm.error), [confirm.error]);
  const form = useFormErrors(useConfirmSpecs(), serverError);
  const chosen = order.filter(Boolean);
  const needsReason = chosen.length > 0 && !followsCount(meeting, chosen);
  const options = meeting.computed.tallies.map((x) => ({
    value: x.concernKey,
    label: t('meetings.optionWithPoints', { label: x.label, count: x.points }),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = form.check([
      issue(chosen.length === 0 || new Set(chosen).size !== chosen.length, 'order'),
      issue(needsReason && !reason.trim(), 'reason'),
    ]);
    if (!valid) return;
    confirm.mutate({ order: chosen, ...(reason.trim() ? { reason: reason.trim() } : {}) });
  };
  return (
    <section className="kt-section" aria-labelledby="confirm-top3">
      <Heading2 id="confirm-top3">{t('meetings.confirmTitle')}</Heading2>
      <Paragraph>
        {meeting.computed.decided ? t('meetings.confirmIntroDecided') : t('meetings.confirmIntroTies')}
      </Paragraph>
      <form onSubmit={submit} noValidate className="kt-narrow">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        {[0, 1, 2].map((i) => (
          <SelectField
            key={i}
            label={t(`meetings.place${i + 1}` as 'meetings.place1')}
            value={order[i] ?? ''}
            emptyOption={t('common.none')}
            onValueChange={(v) => setOrder((o) => o.map((x, j) => (j === i ? v : x)))}
            options={options}
            {...(i === 0 ? form.field('order') : {})}
          />
        ))}
        <TextareaField
          label={t('meetings.reason')}
          description={needsReason ? t('meetings.reasonNeeded') : t('meetings.reasonOptional')}
          value={reason}
          onValueChange={setReason}
          {...form.field('reason')}
          required={needsReason}
          rows={3}
        />
        <Button type="submit" appearance="primary-action-button" busy={confirm.isPending} disabled={confirm.isPending}>
          {t('meetings.confirm')}
        </Button>
      </form>
    </section>
  );
}
