// "Vraag specialistische hulp aan" from a plan action: the regisseur turns the action into a request for
// one youth of the family (the question and the youth); afterwards the action says the help was asked,
// for whom, by when it is answered and — once decided — links to the decision letter.
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAllocationRequest, type FamilyDecisions, type FamilyRequest } from '../../api/decisions';
import type { Action } from '../../api/plans';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** Categories (JZ020) a regisseur may suggest; the consultant decides the product. */
const CATEGORIES = ['45', '41', '43', '44', '46', '50', '51', '52', '54'] as const;

function RequestState({ request }: { request: FamilyRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paragraph className="kt-plan-action-help" data-testid="plan-action-request">
      <strong>{t('decisions.planHelp.asked', { name: request.youthGivenName })}</strong>{' '}
      {t('decisions.planHelp.askedOn', { date: format.date(request.receivedAt) })}{' '}
      {request.status === 'open'
        ? t(request.late ? 'decisions.planHelp.openLate' : 'decisions.planHelp.open', {
            due: format.date(`${request.answerDue}T12:00:00Z`),
          })
        : t(`decisions.planHelp.status.${request.status}`)}
      {request.decisionId ? (
        <>
          {' '}
          <AppLink to={`/decisions/${request.decisionId}/letter`}>{t('decisions.planHelp.letter')}</AppLink>
        </>
      ) : null}
    </Paragraph>
  );
}

function HelpForm({
  familyId,
  action,
  youths,
  onDone,
}: {
  familyId: string;
  action: Action;
  youths: FamilyDecisions['youths'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateAllocationRequest(familyId);
  const [personId, setPersonId] = useState(youths.length === 1 ? (youths[0]?.id ?? '') : '');
  const [question, setQuestion] = useState(action.what);
  const [category, setCategory] = useState('');
  const specs: FieldSpecs = useMemo(
    () => ({
      personId: {
        label: t('decisions.planHelp.youth'),
        messages: {
          required: t('decisions.planHelp.youthRequired'),
          allocation_person_not_in_family: t('decisions.planHelp.youthRequired'),
        },
      },
      question: {
        label: t('decisions.planHelp.question'),
        messages: { required: t('decisions.planHelp.questionRequired') },
      },
      category: { label: t('decisions.planHelp.category') },
    }),
    [t],
  );
  const form = useFormErrors(specs, create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(!personId, 'personId'), issue(!question.trim(), 'question')])) return;
    create.mutate(
      {
        personId,
        question: question.trim(),
        ...(action.id ? { planActionKey: action.id } : {}),
        ...(category ? { category } : {}),
      },
      {
        onSuccess: () => {
          form.clear();
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="kt-narrow" data-testid="plan-help-form">
      <ErrorSummary form={form} />
      <SelectField
        label={t('decisions.planHelp.youth')}
        value={personId}
        onValueChange={setPersonId}
        emptyOption={t('decisions.planHelp.chooseYouth')}
        options={youths.map((y) => ({ value: y.id, label: y.givenName }))}
        required
        {...form.field('personId')}
      />
      <TextareaField
        label={t('decisions.planHelp.question')}
        description={t('decisions.planHelp.questionDescription')}
        value={question}
        onValueChange={setQuestion}
        required
        {...form.field('question')}
      />
      <SelectField
        label={t('decisions.planHelp.category')}
        description={t('decisions.planHelp.categoryDescription')}
        value={category}
        onValueChange={setCategory}
        emptyOption={t('decisions.planHelp.noCategory')}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`decisions.categories.${c}`) }))}
        {...form.field('category')}
      />
      <ProblemAlert error={form.otherError} />
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('decisions.planHelp.submit')}
      </Button>{' '}
      <Button type="button" appearance="subtle-button" onClick={onDone}>
        {t('decisions.planHelp.cancel')}
      </Button>
    </form>
  );
}

/** Under one plan action: the requests it led to, and (for who may write the plan) the button and form. */
export function PlanActionHelp({
  familyId,
  action,
  decisions,
  canAsk,
}: {
  familyId: string;
  action: Action;
  decisions: FamilyDecisions | undefined;
  canAsk: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const requests = (decisions?.requests ?? []).filter((r) => action.id && r.planActionKey === action.id);
  const youths = decisions?.youths ?? [];
  return (
    <>
      {requests.map((r) => (
        <RequestState key={r.id} request={r} />
      ))}
      {canAsk && decisions && youths.length > 0 ? (
        open ? (
          <HelpForm familyId={familyId} action={action} youths={youths} onDone={() => setOpen(false)} />
        ) : (
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => setOpen(true)}
            aria-label={t('decisions.planHelp.buttonFor', { action: action.what })}
          >
            {t('decisions.planHelp.button')}
          </Button>
        )
      ) : null}
    </>
  );
}
