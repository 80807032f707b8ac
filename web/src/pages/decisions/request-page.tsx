import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  useAllocationRequest,
  useBudgetCheck,
  useDecide,
  type BudgetCheck,
  type RequestDetail,
} from '../../api/decisions';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { ProductRow } from './product-row';
import { bodyOf, newRow, requestedRow, validEuros, type Row } from './product-rows';

const REJECTION_REASONS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** One request: the minimum of the family to decide, the budget check and the decision. */
export function DecisionRequestPage() {
  const { requestId = '' } = useParams();
  const request = useAllocationRequest(requestId);
  return <QueryView query={request}>{(r) => <DecisionForm request={r} />}</QueryView>;
}

function useDecisionSpecs(rows: number): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const specs: FieldSpecs = {
      motivation: { label: t('decisions.form.motivation'), messages: { required: t('decisions.errors.motivation') } },
      overBudgetReason: {
        label: t('decisions.form.overBudgetReason'),
        messages: { required: t('decisions.errors.overBudgetReason'), other: t('decisions.errors.overBudgetReason') },
      },
      rejectionReason: { label: t('decisions.form.rejectionReason') },
    };
    for (let i = 0; i < rows; i++) {
      const n = i + 1;
      const of = (key: string, label: string, messages?: Record<string, string>) => {
        specs[`products.${i}.${key}`] = {
          label: t('decisions.form.ofProduct', { label, n }),
          ...(messages ? { messages } : {}),
        };
      };
      of('kind', t('decisions.form.kind'));
      of('category', t('decisions.form.category'), {
        required: t('decisions.errors.category', { n }),
        other: t('decisions.errors.category', { n }),
      });
      of('productCode', t('decisions.form.productCode'), {
        required: t('decisions.errors.productCode', { n }),
        other: t('decisions.errors.productCode', { n }),
      });
      of('providerId', t('decisions.form.provider'), {
        required: t('decisions.errors.provider', { n }),
        other: t('decisions.errors.provider', { n }),
      });
      of('startsOn', t('decisions.form.startsOn'), { required: t('decisions.errors.startsOn', { n }) });
      of('endsOn', t('decisions.form.endsOn'), {
        required: t('decisions.errors.endsOn', { n }),
        other: t('decisions.errors.endsOn', { n }),
      });
      of('volume', t('decisions.form.volume'), {
        required: t('decisions.errors.volume', { n }),
        other: t('decisions.errors.volume', { n }),
      });
      of('unit', t('decisions.form.volume'));
      of('frequency', t('decisions.form.frequency'));
      of('budgetCents', t('decisions.form.budget'), {
        required: t('decisions.errors.budget', { n }),
        other: t('decisions.errors.budget', { n }),
      });
      of('budgetLine', t('decisions.form.budgetLine'));
      of('referrerType', t('decisions.form.referrer'));
      of('arrangementId', t('decisions.arrangements.legend'), {
        required: t('decisions.errors.arrangement', { n }),
        arrangement_full: t('decisions.errors.arrangementFull', { n }),
        other: t('decisions.errors.arrangementNotFound', { n }),
      });
    }
    return specs;
  }, [rows, t]);
}

function rowIssues(rows: Row[]) {
  return rows.flatMap((r, i) => {
    const at = (f: string) => `products.${i}.${f}`;
    const byBudget = r.kind === 'generic' || r.basis === 'budget';
    return [
      issue(r.kind !== 'generic' && !r.category, at('category')),
      issue(r.kind === 'specific' && !r.productCode, at('productCode')),
      issue(!r.startsOn, at('startsOn')),
      issue(!r.endsOn, at('endsOn')),
      issue(Boolean(r.startsOn && r.endsOn && r.endsOn < r.startsOn), at('endsOn'), 'before_start'),
      issue(!r.providerId, at('providerId')),
      issue(r.kind !== 'generic' && r.placement && !r.arrangementId, at('arrangementId')),
      issue(byBudget && !validEuros(r.budgetEuros), at('budgetCents')),
      issue(!byBudget && !/^[1-9][0-9]{0,6}$/.test(r.volume.trim()), at('volume')),
    ];
  });
}

function CheckResult({ check, rows }: { check: BudgetCheck; rows: Row[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div role="status" data-testid="budget-check" className="kt-section">
      <Heading2>{t('decisions.form.checkTitle')}</Heading2>
      <ul>
        {check.products.map((p, i) => (
          <li key={rows[i]?.key ?? i}>
            {t('decisions.form.checkProduct', {
              n: i + 1,
              cost: format.money(p.expectedCostCents),
              level: t(`decisions.levels.${p.levelOfHelp}`, { defaultValue: '' }),
            })}
          </li>
        ))}
      </ul>
      {check.lines.map((l) => (
        <Paragraph key={`${l.budgetLine}${l.year}`}>
          {t('decisions.form.checkLine', {
            line: t(`decisions.lines.${l.budgetLine}`),
            year: l.year,
            expected: format.money(l.expectedCents),
            remaining: format.money(l.remainingCents),
          })}
          {l.overBudget ? <strong> {t('decisions.form.lineOver')}</strong> : null}
        </Paragraph>
      ))}
      {check.overBudget ? (
        <Paragraph data-testid="over-budget-warning">
          <strong>{t('decisions.form.overBudget')}</strong>
        </Paragraph>
      ) : (
        <Paragraph>{t('decisions.form.withinBudget')}</Paragraph>
      )}
    </div>
  );
}

/** A provider's request names a product by its code: the name from the contracts beside it, and its category. */
function RequestedProduct({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const product = request.requestedProduct;
  if (!product) return null;
  const category = request.category
    ? `${request.category} ${t(`decisions.categories.${request.category}`, { defaultValue: '' })}`.trim()
    : null;
  return (
    <>
      <dt>{t('decisions.request.product')}</dt>
      <dd data-testid="requested-product">
        {product.productCode} {product.name ?? t('decisions.request.productNotContracted')}
        {category ? ` (${t('decisions.request.productCategory', { category })})` : ''}
      </dd>
    </>
  );
}

function DecisionForm({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<'granted' | 'rejected'>('granted');
  const [rows, setRows] = useState<Row[]>(() => [requestedRow(request)]);
  const [nextKey, setNextKey] = useState(1);
  const [motivation, setMotivation] = useState('');
  const [reason, setReason] = useState('');
  const [rejection, setRejection] = useState<(typeof REJECTION_REASONS)[number]>('7');
  const [checkedFor, setCheckedFor] = useState('');
  const check = useBudgetCheck(request.id);
  const decide = useDecide(request.id);
  const form = useFormErrors(useDecisionSpecs(rows.length), decide.error ?? check.error);
  const products = () => rows.map((r) => bodyOf(r, request.products));
  const current = JSON.stringify(products());
  const overBudget = checkedFor === current && check.data?.overBudget === true;

  const runCheck = async (): Promise<BudgetCheck | undefined> => {
    if (!form.check(rowIssues(rows))) return undefined;
    const body = products();
    const result = await check.mutateAsync(body).catch(() => undefined);
    if (result) setCheckedFor(JSON.stringify(body));
    return result;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (outcome === 'rejected') {
      if (!form.check([issue(!motivation.trim(), 'motivation')])) return;
      decide.mutate(
        { outcome, motivation: motivation.trim(), rejectionReason: rejection },
        { onSuccess: (d) => void navigate(`/decisions/${d.id}/letter`) },
      );
      return;
    }
    // The budget check always shows before the decision is taken: run it when the products changed since.
    const result = checkedFor === current ? check.data : await runCheck();
    if (!result) return;
    if (
      !form.check([
        ...rowIssues(rows),
        issue(!motivation.trim(), 'motivation'),
        issue(result.overBudget && !reason.trim(), 'overBudgetReason'),
      ])
    )
      return;
    decide.mutate(
      {
        outcome,
        motivation: motivation.trim(),
        products: products(),
        ...(result.overBudget ? { overBudgetReason: reason.trim() } : {}),
      },
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
        {request.requestedProduct ? <RequestedProduct request={request} /> : null}
        <dt>{t('decisions.request.born')}</dt>
        <dd>{request.youthBirthDate ? format.date(`${request.youthBirthDate}T12:00:00Z`) : '—'}</dd>
        <dt>{t('decisions.queue.due')}</dt>
        <dd data-testid="request-due">
          {format.date(`${request.answerDue}T12:00:00Z`)}
          {request.late ? ` — ${t('decisions.queue.late')}` : ''}
        </dd>
      </dl>
      <Paragraph>
        <AppLink to={`/decisions/families/${request.familyId}`}>
          {t('decisions.request.familyDecisions', { reference: request.familyReference })}
        </AppLink>
      </Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="decision-form">
        <ErrorSummary form={form} />
        <RadioGroup
          legend={t('decisions.form.outcome')}
          name="outcome"
          value={outcome}
          onValueChange={setOutcome}
          options={(['granted', 'rejected'] as const).map((o) => ({ value: o, label: t(`decisions.outcomes.${o}`) }))}
        />
        {outcome === 'granted' ? (
          <>
            {rows.map((row, i) => (
              <ProductRow
                key={row.key}
                index={i}
                row={row}
                products={request.products}
                form={form}
                onChange={(next) => setRows(rows.map((r) => (r.key === row.key ? next : r)))}
                onRemove={rows.length > 1 ? () => setRows(rows.filter((r) => r.key !== row.key)) : undefined}
              />
            ))}
            {rows.length < 20 ? (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => {
                  setRows([
                    ...rows,
                    { ...newRow(nextKey, request), startsOn: rows[0]?.startsOn ?? '', endsOn: rows[0]?.endsOn ?? '' },
                  ]);
                  setNextKey(nextKey + 1);
                }}
              >
                {t('decisions.form.addProduct')}
              </Button>
            ) : null}{' '}
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => void runCheck()}
              busy={check.isPending}
            >
              {t('decisions.form.check')}
            </Button>
            {check.data && checkedFor === current ? <CheckResult check={check.data} rows={rows} /> : null}
            {overBudget || form.error('overBudgetReason') ? (
              <TextareaField
                label={t('decisions.form.overBudgetReason')}
                description={t('decisions.form.overBudgetReasonDescription')}
                value={reason}
                onValueChange={setReason}
                required
                {...form.field('overBudgetReason')}
              />
            ) : null}
          </>
        ) : (
          <SelectField
            label={t('decisions.form.rejectionReason')}
            value={rejection}
            onValueChange={(v) => setRejection(v as (typeof REJECTION_REASONS)[number])}
            options={REJECTION_REASONS.map((r) => ({ value: r, label: t(`decisions.rejections.${r}`) }))}
            {...form.field('rejectionReason')}
          />
        )}
        <TextareaField
          label={t('decisions.form.motivation')}
          value={motivation}
          onValueChange={setMotivation}
          required
          {...form.field('motivation')}
        />
        <ProblemAlert
          error={decide.error ?? check.error}
          fieldsShownInline={['products', 'motivation', 'overBudgetReason', 'rejectionReason']}
        />
        <Button type="submit" appearance="primary-action-button" disabled={decide.isPending} busy={decide.isPending}>
          {t('decisions.form.submit')}
        </Button>
      </form>
    </>
  );
}
