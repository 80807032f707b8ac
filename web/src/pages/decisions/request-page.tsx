import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  useAllocationRequest,
  useBudgetCheck,
  useDecide,
  type ProductBody,
  type RequestDetail,
} from '../../api/decisions';
import { AppLink } from '../../components/app-link';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { PageHeading } from '../../components/page-heading';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

const REJECTION_REASONS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const FREQUENCIES = ['1', '2', '4', '6'] as const;

/** One request: the minimum of the family to decide, the budget check and the decision. */
export function DecisionRequestPage() {
  const { requestId = '' } = useParams();
  const request = useAllocationRequest(requestId);
  return <QueryView query={request}>{(r) => <DecisionForm request={r} />}</QueryView>;
}

function DecisionForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<'granted' | 'rejected'>('granted');
  const [choice, setChoice] = useState('0');
  const [volume, setVolume] = useState('2');
  const [frequency, setFrequency] = useState<(typeof FREQUENCIES)[number]>('2');
  const [startsOn, setStartsOn] = useState(request.requestedStart ?? '');
  const [endsOn, setEndsOn] = useState(request.requestedEnd ?? '');
  const [motivation, setMotivation] = useState('');
  const [reason, setReason] = useState('');
  const [rejection, setRejection] = useState<(typeof REJECTION_REASONS)[number]>('7');
  const check = useBudgetCheck(request.id);
  const decide = useDecide(request.id);
  const product = request.products[Number(choice)];
  const body = (): ProductBody[] =>
    product
      ? [
          {
            kind: product.productCode ? 'specific' : 'aspecific',
            providerId: product.providerId,
            category: product.category,
            ...(product.productCode ? { productCode: product.productCode } : {}),
            volume: Number(volume),
            unit: product.unit,
            frequency,
            startsOn,
            endsOn,
            referrerType: '01',
          },
        ]
      : [];
  const errorOf = fieldErrorsOf(decide.error ?? check.error);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    decide.mutate(
      outcome === 'granted'
        ? { outcome, motivation, products: body(), ...(reason ? { overBudgetReason: reason } : {}) }
        : { outcome, motivation, rejectionReason: rejection },
      { onSuccess: (d) => void navigate(`/decisions/${d.id}/letter`) },
    );
  };
  if (request.decisionId)
    return (
      <>
        <PageHeading>{t('decisions.request.title', { name: request.youthGivenName })}</PageHeading>
        <Paragraph>
          <AppLink to={`/decisions/${request.decisionId}/letter`}>{t('decisions.request.viewDecision')}</AppLink>
        </Paragraph>
      </>
    );
  return (
    <>
      <PageHeading>{t('decisions.request.title', { name: request.youthGivenName })}</PageHeading>
      <dl className="kt-facts">
        <dt>{t('decisions.request.question')}</dt>
        <dd>{request.question}</dd>
        <dt>{t('decisions.request.born')}</dt>
        <dd>{request.youthBirthDate ? format.date(`${request.youthBirthDate}T12:00:00Z`) : '—'}</dd>
        <dt>{t('decisions.queue.due')}</dt>
        <dd>
          {format.date(`${request.answerDue}T12:00:00Z`)}
          {request.late ? ` — ${t('decisions.queue.late')}` : ''}
        </dd>
      </dl>
      <form onSubmit={submit} noValidate>
        <RadioGroup
          legend={t('decisions.form.outcome')}
          name="outcome"
          value={outcome}
          onValueChange={setOutcome}
          options={(['granted', 'rejected'] as const).map((o) => ({ value: o, label: t(`decisions.outcomes.${o}`) }))}
        />
        {outcome === 'granted' ? (
          <>
            <SelectField
              label={t('decisions.form.product')}
              value={choice}
              onValueChange={setChoice}
              error={errorOf('products.0.providerId')}
              options={request.products.map((p, i) => ({
                value: String(i),
                label: `${p.providerName} — ${p.category}${p.productCode ? `/${p.productCode}` : ''} ${p.name}${p.tariffCents !== null ? ` (${format.money(p.tariffCents)})` : ''}`,
              }))}
            />
            <TextField
              label={t('decisions.form.volume')}
              value={volume}
              onValueChange={setVolume}
              inputMode="numeric"
              error={errorOf('products.0.volume')}
            />
            <SelectField
              label={t('decisions.form.frequency')}
              value={frequency}
              onValueChange={(v) => setFrequency(v as (typeof FREQUENCIES)[number])}
              options={FREQUENCIES.map((f) => ({ value: f, label: t(`decisions.frequencies.${f}`) }))}
            />
            <TextField
              label={t('decisions.form.startsOn')}
              type="date"
              value={startsOn}
              onValueChange={setStartsOn}
              error={errorOf('products.0.startsOn')}
            />
            <TextField
              label={t('decisions.form.endsOn')}
              type="date"
              value={endsOn}
              onValueChange={setEndsOn}
              error={errorOf('products.0.endsOn')}
            />
            <Button type="button" appearance="secondary-action-button" onClick={() => check.mutate(body())}>
              {t('decisions.form.check')}
            </Button>
            {check.data ? (
              <div role="status" data-testid="budget-check">
                {check.data.lines.map((l) => (
                  <Paragraph key={`${l.budgetLine}${l.year}`}>
                    {t('decisions.form.checkLine', {
                      line: t(`decisions.lines.${l.budgetLine}`),
                      year: l.year,
                      expected: format.money(l.expectedCents),
                      remaining: format.money(l.remainingCents),
                    })}
                  </Paragraph>
                ))}
                {check.data.overBudget ? (
                  <Paragraph>
                    <strong>{t('decisions.form.overBudget')}</strong>
                  </Paragraph>
                ) : null}
              </div>
            ) : null}
            {check.data?.overBudget || errorOf('overBudgetReason') ? (
              <TextareaField
                label={t('decisions.form.overBudgetReason')}
                value={reason}
                onValueChange={setReason}
                error={errorOf('overBudgetReason')}
              />
            ) : null}
          </>
        ) : (
          <SelectField
            label={t('decisions.form.rejectionReason')}
            value={rejection}
            onValueChange={(v) => setRejection(v as (typeof REJECTION_REASONS)[number])}
            options={REJECTION_REASONS.map((r) => ({ value: r, label: t(`decisions.rejections.${r}`) }))}
          />
        )}
        <TextareaField
          label={t('decisions.form.motivation')}
          value={motivation}
          onValueChange={setMotivation}
          error={errorOf('motivation')}
        />
        <ProblemAlert
          error={decide.error ?? check.error}
          fieldsShownInline={[
            'overBudgetReason',
            'motivation',
            'products.0.providerId',
            'products.0.startsOn',
            'products.0.endsOn',
            'products.0.volume',
          ]}
        />
        <Button type="submit" appearance="primary-action-button" disabled={decide.isPending}>
          {t('decisions.form.submit')}
        </Button>
      </form>
    </>
  );
}
