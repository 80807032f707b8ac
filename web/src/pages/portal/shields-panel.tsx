import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SHIELD_REASONS,
  useLiftShield,
  useShieldItem,
  useShields,
  type Shield,
  type ShieldReason,
} from '../../api/shields';
import { today } from '../../clock';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** Something on the page a professional can shield from the family. */
export interface ShieldableItem {
  kind: 'plan_item' | 'meeting';
  ref: string;
  /** What the professional recognises it by ("Doel: …", "Dit gesprek"). */
  label: string;
}

const itemKey = (kind: string, ref: string) => `${kind}:${ref}`;

function useShieldSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const review = t('portal.shields.errors.reviewOn');
    return {
      item: { label: t('portal.shields.item'), messages: { required: t('portal.shields.errors.item') } },
      reason: { label: t('portal.shields.reason'), messages: { required: t('portal.shields.errors.reason') } },
      explanation: {
        label: t('portal.shields.explanation'),
        messages: { required: t('portal.shields.errors.explanation') },
      },
      reviewOn: {
        label: t('portal.shields.reviewOn'),
        messages: {
          required: review,
          invalid_format: review,
          not_future: t('portal.shields.errors.reviewFuture'),
          shield_review_in_past: t('portal.shields.errors.reviewFuture'),
        },
      },
      itemRef: {
        label: t('portal.shields.item'),
        messages: { shield_item_not_found: t('portal.shields.errors.item') },
      },
    };
  }, [t]);
}

function ShieldForm({
  familyId,
  items,
  onDone,
  onCancel,
}: {
  familyId: string;
  items: readonly ShieldableItem[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const shield = useShieldItem(familyId);
  const only = items.length === 1 ? items[0] : undefined;
  const [item, setItem] = useState(only ? itemKey(only.kind, only.ref) : '');
  const [reason, setReason] = useState<ShieldReason | ''>('');
  const [explanation, setExplanation] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const serverError = useMemo(() => withFieldCodes(shield.error), [shield.error]);
  const form = useFormErrors(useShieldSpecs(), serverError);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = items.find((i) => itemKey(i.kind, i.ref) === item);
    const valid = form.check([
      issue(!chosen, 'item'),
      issue(!reason, 'reason'),
      issue(!explanation.trim(), 'explanation'),
      issue(!reviewOn, 'reviewOn'),
      issue(Boolean(reviewOn) && reviewOn <= today(), 'reviewOn', 'not_future'),
    ]);
    if (!valid || !chosen || !reason) return;
    shield.mutate(
      { itemKind: chosen.kind, itemRef: chosen.ref, reason, explanation: explanation.trim(), reviewOn },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="kt-narrow" data-testid="shield-form">
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      {only ? (
        <Paragraph>{t('portal.shields.itemFixed', { item: only.label })}</Paragraph>
      ) : (
        <SelectField
          label={t('portal.shields.item')}
          value={item}
          onValueChange={setItem}
          emptyOption={t('portal.shields.choose')}
          options={items.map((i) => ({ value: itemKey(i.kind, i.ref), label: i.label }))}
          {...form.field('item')}
          required
        />
      )}
      <RadioGroup
        legend={t('portal.shields.reason')}
        description={t('portal.shields.reasonDescription')}
        name="shield-reason"
        value={reason}
        onValueChange={setReason}
        options={SHIELD_REASONS.map((r) => ({ value: r, label: t(`portal.reasons.${r}`) }))}
        {...form.field('reason')}
      />
      <TextareaField
        label={t('portal.shields.explanation')}
        description={t('portal.shields.explanationDescription')}
        value={explanation}
        onValueChange={setExplanation}
        rows={3}
        {...form.field('explanation')}
        required
      />
      <TextField
        label={t('portal.shields.reviewOn')}
        description={t('portal.shields.reviewOnDescription')}
        type="date"
        value={reviewOn}
        onValueChange={setReviewOn}
        {...form.field('reviewOn')}
        required
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={shield.isPending} disabled={shield.isPending}>
          {t('portal.shields.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('portal.shields.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function ShieldCard({ familyId, shield, label }: { familyId: string; shield: Shield; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lift = useLiftShield(familyId);
  return (
    <li className="kt-portal-card" data-testid="shield">
      <Paragraph className="kt-portal-card__title">{label}</Paragraph>
      <Paragraph>
        {t('portal.shields.because', { reason: t(`portal.reasons.${shield.reason}`) })} {shield.explanation}
      </Paragraph>
      <Paragraph>
        {t('portal.shields.reviewBy', { date: format.date(shield.reviewOn) })}
        {shield.reviewDue ? ` (${t('portal.register.due')})` : ''} ·{' '}
        {t('portal.shields.by', { name: shield.shieldedByName, date: format.date(shield.shieldedAt) })}
      </Paragraph>
      <Button
        appearance="secondary-action-button"
        aria-label={t('portal.shields.liftItem', { item: label })}
        disabled={lift.isPending}
        onClick={() => lift.mutate(shield.id)}
      >
        {t('portal.shields.lift')}
      </Button>
      {lift.isError ? <ProblemAlert error={lift.error} /> : null}
    </li>
  );
}

/**
 * Items shielded from the family, on a professional's page (the plan, a meeting): which, why and until
 * when, lifting a shield, and "Afschermen voor het gezin" with a legal reason and a review date.
 * Shows only shields of the items given; hidden for a reader who may not see the family's shields.
 */
export function ShieldsPanel({
  familyId,
  items,
  canShield,
}: {
  familyId: string;
  items: readonly ShieldableItem[];
  canShield: boolean;
}) {
  const { t } = useTranslation();
  const shields = useShields(familyId);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  if (!shields.data) return null;
  const labels = new Map(items.map((i) => [itemKey(i.kind, i.ref), i.label]));
  const active = shields.data.items.filter((s) => labels.has(itemKey(s.itemKind, s.itemRef)));
  const shielded = new Set(active.map((s) => itemKey(s.itemKind, s.itemRef)));
  const free = items.filter((i) => !shielded.has(itemKey(i.kind, i.ref)));
  return (
    <section className="kt-section" aria-labelledby="shields" data-testid="shields">
      <Heading2 id="shields">{t('portal.shields.heading')}</Heading2>
      <Paragraph>{t('portal.shields.intro')}</Paragraph>
      {active.length === 0 ? (
        <Paragraph>{t('portal.shields.none')}</Paragraph>
      ) : (
        <ul className="kt-portal-cards">
          {active.map((s) => (
            <ShieldCard
              key={s.id}
              familyId={familyId}
              shield={s}
              label={labels.get(itemKey(s.itemKind, s.itemRef)) ?? ''}
            />
          ))}
        </ul>
      )}
      <Paragraph role="status">{done ? t('portal.shields.done') : ''}</Paragraph>
      {!canShield || free.length === 0 ? null : open ? (
        <ShieldForm
          familyId={familyId}
          items={free}
          onDone={() => {
            setOpen(false);
            setDone(true);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setOpen(true);
            setDone(false);
          }}
        >
          {t('portal.shields.open')}
        </Button>
      )}
    </section>
  );
}
