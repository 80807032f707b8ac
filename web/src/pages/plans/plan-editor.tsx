import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  LIFE_DOMAINS,
  STRENGTH_KINDS,
  useSavePlan,
  type Action,
  type Goal,
  type PlanContent,
  type PlanView,
  type Section,
} from '../../api/plans';
import { isApiError } from '../../api/problem';
import { ErrorSummary } from '../../components/form/error-summary';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { usePlanFieldSpecs } from './plan-field-specs';
import { OwnerField, useOwnerCandidates } from './owner-field';
import { PlanConflict, RebasedNotice } from './plan-conflict';
import type { Overlap } from './rebase';

const empty = (): PlanContent => ({
  strengths: [],
  concerns: [],
  goals: [],
  actions: [],
  safetyAgreements: [],
  reviews: [],
});
const pick = <T extends string>(list: readonly T[], v: string, fallback: T): T => list.find((x) => x === v) ?? fallback;

/**
 * Edits the whole plan and saves it as a new version on top of the version it was opened on.
 * That base version is captured once, with the draft: the plan query may refetch while the user
 * types, and sending the newer number would let this draft overwrite a colleague's version.
 */
export function PlanEditor({ plan, onSaved, onCancel }: { plan: PlanView; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const save = useSavePlan(plan.familyId);
  const [baseVersion, setBaseVersion] = useState(() => plan.current?.version ?? 0);
  const [content, setContent] = useState<PlanContent>(() => structuredClone(plan.current?.content ?? empty()));
  const [note, setNote] = useState('');
  const [rebased, setRebased] = useState<{ from: number; to: number; overlaps: Overlap[] } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const conflict = isApiError(save.error, 'stale_version');
  // Our own save also moves the plan on (before the editor closes): only warn while no save runs.
  const settled = !save.isPending && !save.isSuccess;
  const newer =
    settled && !conflict && plan.current !== null && plan.current.version > baseVersion ? plan.current : null;
  // After a re-base the user is taken back to the top of the editor to review before saving.
  useEffect(() => {
    if (rebased) heading.current?.focus();
  }, [rebased]);
  // "Plan bewerken" moves focus to the editor's heading, not to the page body.
  useEffect(() => heading.current?.focus(), []);
  const form = useFormErrors(usePlanFieldSpecs(content), conflict ? undefined : save.error);
  const field = (path: string) => form.field(`content.${path}`);

  function update<S extends Section>(section: S, index: number, patch: Partial<PlanContent[S][number]>) {
    setContent((c) => ({ ...c, [section]: c[section].map((item, i) => (i === index ? { ...item, ...patch } : item)) }));
  }
  function remove(section: Section, index: number) {
    setContent((c) => ({ ...c, [section]: c[section].filter((_, i) => i !== index) }));
  }
  function add<S extends Section>(section: S, item: PlanContent[S][number]) {
    // A new item gets its id now, so an action can point at a goal added in the same edit.
    setContent((c) => ({ ...c, [section]: [...c[section], { ...item, id: `n${crypto.randomUUID().slice(0, 12)}` }] }));
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = form.check([
      ...content.strengths.map((s, i) => issue(!s.text.trim(), `content.strengths.${i}.text`)),
      ...content.concerns.map((c, i) => issue(!c.text.trim(), `content.concerns.${i}.text`)),
      ...content.goals.map((g, i) => issue(!g.what.trim(), `content.goals.${i}.what`)),
      ...content.actions.flatMap((a, i) => [
        issue(!a.what.trim(), `content.actions.${i}.what`),
        issue(!a.owner.name.trim(), `content.actions.${i}.owner.name`),
      ]),
      ...content.safetyAgreements.map((s, i) => issue(!s.text.trim(), `content.safetyAgreements.${i}.text`)),
    ]);
    if (!valid) return;
    save.mutate({ baseVersion, content, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: onSaved });
  };
  const rebase = (r: { content: PlanContent; overlaps: Overlap[] }, version: number) => {
    setRebased({ from: baseVersion, to: version, overlaps: r.overlaps });
    setContent(r.content);
    setBaseVersion(version);
    save.reset();
  };
  const item = (section: Section, index: number, legend: string, children: ReactNode) => (
    <Fieldset key={`${section}-${index}`}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {children}
      <Button appearance="subtle-button" onClick={() => remove(section, index)}>
        {t('plans.editor.remove', { item: legend })}
      </Button>
    </Fieldset>
  );
  const owners = useOwnerCandidates(plan.familyId);
  const goalOptions = content.goals.filter((g) => g.id).map((g) => ({ value: g.id ?? '', label: g.what }));

  return (
    <section className="kt-section" aria-labelledby="plan-editor">
      <Heading2 id="plan-editor" ref={heading} tabIndex={-1}>
        {t('plans.editor.title', { version: baseVersion })}
      </Heading2>
      <form onSubmit={submit} noValidate>
        {conflict ? (
          <PlanConflict
            familyId={plan.familyId}
            baseVersion={baseVersion}
            draft={content}
            onRebase={rebase}
            onDiscard={onCancel}
          />
        ) : (
          <>
            <ErrorSummary form={form} />
            <ProblemAlert error={form.otherError} />
          </>
        )}
        {rebased && !conflict ? <RebasedNotice {...rebased} /> : null}
        {newer ? (
          <Alert type="warning" className="kt-alert" data-testid="plan-newer">
            <Paragraph>
              {t('plans.conflict.newer', { author: newer.author.name, version: newer.version, base: baseVersion })}
            </Paragraph>
          </Alert>
        ) : null}
        <Heading3>{t('plans.sections.strengths')}</Heading3>
        {content.strengths.map((s, i) =>
          item(
            'strengths',
            i,
            t('plans.editor.strength', { n: i + 1 }),
            <>
              <SelectField
                label={t('plans.editor.strengthKind', { n: i + 1 })}
                value={s.kind}
                onValueChange={(v) => update('strengths', i, { kind: pick(STRENGTH_KINDS, v, 'strength') })}
                options={STRENGTH_KINDS.map((k) => ({ value: k, label: t(`plans.strengthKinds.${k}`) }))}
              />
              <TextareaField
                label={t('plans.editor.strengthText', { n: i + 1 })}
                value={s.text}
                {...field(`strengths.${i}.text`)}
                onValueChange={(v) => update('strengths', i, { text: v })}
                rows={2}
              />
            </>,
          ),
        )}
        <Button appearance="secondary-action-button" onClick={() => add('strengths', { kind: 'strength', text: '' })}>
          {t('plans.editor.addStrength')}
        </Button>

        <Heading3>{t('plans.sections.concerns')}</Heading3>
        {content.concerns.map((c, i) =>
          item(
            'concerns',
            i,
            t('plans.editor.concern', { n: i + 1 }),
            <>
              <TextareaField
                label={t('plans.editor.concernText', { n: i + 1 })}
                value={c.text}
                {...field(`concerns.${i}.text`)}
                onValueChange={(v) => update('concerns', i, { text: v })}
                rows={2}
              />
            </>,
          ),
        )}
        <Button
          appearance="secondary-action-button"
          onClick={() => add('concerns', { text: '', priority: null, voices: [], meetingId: null })}
        >
          {t('plans.editor.addConcern')}
        </Button>

        <Heading3>{t('plans.sections.goals')}</Heading3>
        {content.goals.map((g, i) =>
          item(
            'goals',
            i,
            t('plans.editor.goal', { n: i + 1 }),
            <>
              <SelectField
                label={t('plans.editor.domain', { n: i + 1 })}
                value={g.domain}
                onValueChange={(v) => update('goals', i, { domain: pick(LIFE_DOMAINS, v, 'other') } as Partial<Goal>)}
                options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`plans.domains.${d}`) }))}
              />
              <TextareaField
                label={t('plans.editor.goalWhat', { n: i + 1 })}
                value={g.what}
                {...field(`goals.${i}.what`)}
                onValueChange={(v) => update('goals', i, { what: v })}
                rows={2}
              />
              <TextField
                label={t('plans.editor.byWhen', { n: i + 1 })}
                type="date"
                value={g.byWhen ?? ''}
                {...field(`goals.${i}.byWhen`)}
                onValueChange={(v) => update('goals', i, { byWhen: v || null })}
              />
              <TextField
                label={t('plans.editor.howWeKnow', { n: i + 1 })}
                value={g.howWeKnow}
                {...field(`goals.${i}.howWeKnow`)}
                onValueChange={(v) => update('goals', i, { howWeKnow: v })}
              />
            </>,
          ),
        )}
        <Button
          appearance="secondary-action-button"
          onClick={() => add('goals', { domain: 'parenting', what: '', byWhen: null, howWeKnow: '' })}
        >
          {t('plans.editor.addGoal')}
        </Button>

        <Heading3>{t('plans.sections.actions')}</Heading3>
        {content.actions.map((a, i) =>
          item(
            'actions',
            i,
            t('plans.editor.action', { n: i + 1 }),
            <>
              <TextareaField
                label={t('plans.editor.actionWhat', { n: i + 1 })}
                value={a.what}
                {...field(`actions.${i}.what`)}
                onValueChange={(v) => update('actions', i, { what: v })}
                rows={2}
              />
              <OwnerField
                n={i + 1}
                owner={a.owner}
                candidates={owners}
                onChange={(owner) => update('actions', i, { owner })}
                nameField={field(`actions.${i}.owner.name`)}
              />
              <TextField
                label={t('plans.editor.due', { n: i + 1 })}
                type="date"
                value={a.due ?? ''}
                {...field(`actions.${i}.due`)}
                onValueChange={(v) => update('actions', i, { due: v || null })}
              />
              <SelectField
                label={t('plans.editor.status', { n: i + 1 })}
                value={a.status}
                onValueChange={(v) =>
                  update('actions', i, { status: pick(ACTION_STATUSES, v, 'open') } as Partial<Action>)
                }
                options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
              />
              <SelectField
                label={t('plans.editor.goalOf', { n: i + 1 })}
                value={a.goalId ?? ''}
                emptyOption={t('common.none')}
                onValueChange={(v) => update('actions', i, { goalId: v || null })}
                options={goalOptions}
              />
            </>,
          ),
        )}
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            add('actions', {
              goalId: null,
              what: '',
              owner: { kind: 'family_member', name: '', userId: null },
              due: null,
              status: 'open',
            })
          }
        >
          {t('plans.editor.addAction')}
        </Button>

        <Heading3>{t('plans.sections.safetyAgreements')}</Heading3>
        {content.safetyAgreements.map((s, i) =>
          item(
            'safetyAgreements',
            i,
            t('plans.editor.agreement', { n: i + 1 }),
            <>
              <TextareaField
                label={t('plans.editor.agreementText', { n: i + 1 })}
                value={s.text}
                {...field(`safetyAgreements.${i}.text`)}
                onValueChange={(v) => update('safetyAgreements', i, { text: v })}
                rows={2}
              />
            </>,
          ),
        )}
        <Button appearance="secondary-action-button" onClick={() => add('safetyAgreements', { text: '' })}>
          {t('plans.editor.addAgreement')}
        </Button>

        <Heading3>{t('plans.sections.reviews')}</Heading3>
        {content.reviews.map((r, i) =>
          item(
            'reviews',
            i,
            t('plans.editor.review', { n: i + 1 }),
            <>
              <TextField
                label={t('plans.editor.reviewDate', { n: i + 1 })}
                type="date"
                value={r.date}
                {...field(`reviews.${i}.date`)}
                onValueChange={(v) => update('reviews', i, { date: v })}
              />
              <TextField
                label={t('plans.editor.reviewNote', { n: i + 1 })}
                value={r.note}
                {...field(`reviews.${i}.note`)}
                onValueChange={(v) => update('reviews', i, { note: v })}
              />
            </>,
          ),
        )}
        <Button appearance="secondary-action-button" onClick={() => add('reviews', { date: '', note: '' })}>
          {t('plans.editor.addReview')}
        </Button>

        <TextField
          label={t('plans.editor.note')}
          description={t('plans.editor.noteDescription')}
          value={note}
          onValueChange={setNote}
        />
        {conflict ? (
          <Paragraph>{t('plans.conflict.chooseAbove')}</Paragraph>
        ) : (
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
              {t('plans.editor.save')}
            </Button>
            <Button appearance="secondary-action-button" onClick={onCancel}>
              {t('plans.editor.cancel')}
            </Button>
          </ButtonGroup>
        )}
      </form>
    </section>
  );
}
