import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useComment,
  useMarkDone,
  usePortalPlan,
  usePortalSignOff,
  usePropose,
  useShieldOwn,
  type PortalPlan,
} from '../../api/portal';
import { ErrorSummary } from '../../components/form/error-summary';
import { RadioGroup } from '../../components/form/radio-group';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { PortalPage } from './portal-page';
import { usePortalFamily } from './portal-layout';
import { Term } from './term';

type Plan = NonNullable<PortalPlan['plan']>;
type Item = Plan['goals'][number];

/** Whose part an item is, and the young person's shield. */
function ItemTags({
  item,
  familyId,
}: {
  item: Pick<Item, 'id' | 'about' | 'mine' | 'shieldedFromParents' | 'canShield'>;
  familyId: string;
}) {
  const { t } = useTranslation();
  const shield = useShieldOwn(familyId);
  return (
    <>
      {item.about ? (
        <span className="kt-tag">
          {item.mine ? t('portal.plan.mine') : t('portal.plan.about', { name: item.about })}
        </span>
      ) : null}
      {item.shieldedFromParents ? <span className="kt-tag">{t('portal.plan.shieldedTag')}</span> : null}
      {item.canShield ? (
        <Button
          appearance="secondary-action-button"
          className="kt-touch"
          disabled={shield.isPending}
          onClick={() => shield.mutate({ itemId: item.id, shielded: !item.shieldedFromParents })}
        >
          {item.shieldedFromParents ? t('portal.plan.unshield') : t('portal.plan.shield')}
        </Button>
      ) : null}
      {shield.isError ? <ProblemAlert error={shield.error} /> : null}
    </>
  );
}

function ActionCard({
  action,
  familyId,
  canComment,
}: {
  action: Plan['actions'][number];
  familyId: string;
  canComment: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = useMarkDone(familyId);
  const comment = useComment(familyId);
  const [text, setText] = useState('');
  const form = useFormErrors(
    { body: { label: t('portal.plan.comment'), messages: { required: t('portal.plan.commentRequired') } } },
    withFieldCodes(comment.error),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check([issue(!text.trim(), 'body')])) return;
    comment.mutate(
      { actionId: action.id, body: text.trim() },
      {
        onSuccess: () => {
          setText('');
          form.clear();
        },
      },
    );
  };
  return (
    <li className="kt-portal-card" data-testid={`action-${action.id}`}>
      <Paragraph className="kt-portal-card__title">{action.what}</Paragraph>
      <Paragraph>
        {t('portal.plan.who', { name: action.ownerName })}
        {action.due ? ` · ${t('portal.plan.due', { date: format.date(action.due) })}` : ''}
        {' · '}
        <strong>{t(`portal.plan.status.${action.status}`)}</strong>
      </Paragraph>
      <ItemTags item={action} familyId={familyId} />
      {action.canMarkDone ? (
        <Button
          appearance="primary-action-button"
          className="kt-touch"
          disabled={done.isPending}
          onClick={() => done.mutate(action.id)}
        >
          {t('portal.plan.markDone')}
        </Button>
      ) : null}
      {done.isError ? <ProblemAlert error={done.error} /> : null}
      {action.comments.length > 0 ? (
        <ul className="kt-portal-comments">
          {action.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.mine ? t('portal.plan.you') : c.authorName}</strong> ({format.dateTime(c.createdAt)}): {c.body}
            </li>
          ))}
        </ul>
      ) : null}
      {canComment ? (
        <form onSubmit={submit} noValidate>
          <ErrorSummary form={form} />
          <TextareaField
            {...form.field('body')}
            label={t('portal.plan.comment')}
            value={text}
            onValueChange={setText}
            rows={2}
          />
          <Button type="submit" appearance="secondary-action-button" className="kt-touch" disabled={comment.isPending}>
            {t('portal.plan.sendComment')}
          </Button>
        </form>
      ) : null}
    </li>
  );
}

function ProposeForm({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const propose = usePropose(familyId);
  const [kind, setKind] = useState<'goal' | 'change'>('goal');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormErrors(
    { body: { label: t('portal.propose.body'), messages: { required: t('portal.propose.required') } } },
    withFieldCodes(propose.error),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check([issue(!body.trim(), 'body')])) return;
    propose.mutate(
      { kind, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setSent(true);
          form.clear();
        },
      },
    );
  };
  return (
    <section className="kt-section" aria-labelledby="propose">
      <Heading2 id="propose">{t('portal.propose.heading')}</Heading2>
      <Paragraph>{t('portal.propose.intro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <RadioGroup
          name="kind"
          legend={t('portal.propose.kind')}
          value={kind}
          onValueChange={setKind}
          options={[
            { value: 'goal', label: t('portal.propose.goal') },
            { value: 'change', label: t('portal.propose.change') },
          ]}
        />
        <TextareaField
          {...form.field('body')}
          label={t('portal.propose.body')}
          value={body}
          onValueChange={setBody}
          rows={3}
        />
        <Button type="submit" appearance="primary-action-button" className="kt-touch" disabled={propose.isPending}>
          {t('portal.propose.send')}
        </Button>
      </form>
      {sent ? <Paragraph role="status">{t('portal.propose.sent')}</Paragraph> : null}
    </section>
  );
}

function SignOff({ plan, familyId }: { plan: PortalPlan; familyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const signOff = usePortalSignOff(familyId);
  if (!plan.plan) return null;
  if (plan.signOff.signedOn)
    return (
      <Paragraph data-testid="signed">
        {t('portal.signOff.done', { date: format.date(plan.signOff.signedOn) })}
      </Paragraph>
    );
  if (!plan.abilities.signOff || !plan.signOff.needed) return null;
  return (
    <section className="kt-section kt-portal-signoff" aria-labelledby="sign-off">
      <Heading2 id="sign-off">{t('portal.signOff.heading')}</Heading2>
      <Paragraph>{t('portal.signOff.intro', { version: plan.plan.version })}</Paragraph>
      <Button
        appearance="primary-action-button"
        className="kt-touch"
        disabled={signOff.isPending}
        onClick={() => signOff.mutate(plan.plan?.version ?? 0)}
      >
        {t('portal.signOff.agree')}
      </Button>
      {signOff.isError ? <ProblemAlert error={signOff.error} /> : null}
      {signOff.isSuccess ? <Paragraph role="status">{t('portal.signOff.thanks')}</Paragraph> : null}
    </section>
  );
}

export function PortalPlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { familyId, me } = usePortalFamily();
  const plan = usePortalPlan(familyId);
  const query = familyId ? plan : me;
  return (
    <PortalPage title={t('portal.plan.title')} query={query}>
      {() => {
        const data = plan.data;
        if (!data?.plan) return <Paragraph>{t('portal.plan.none')}</Paragraph>;
        const p = data.plan;
        return (
          <>
            <Paragraph>
              {t('portal.plan.intro')} <Term term="regisseur">{t('portal.glossary.regisseurWord')}</Term>
            </Paragraph>
            <Paragraph className="kt-muted">
              {t('portal.plan.version', { version: p.version, date: format.date(p.updatedAt), name: p.updatedBy })}
            </Paragraph>
            <SignOff plan={data} familyId={familyId} />
            <section className="kt-section" aria-labelledby="strengths">
              <Heading2 id="strengths">{t('portal.plan.strengths')}</Heading2>
              <ul className="kt-portal-list">
                {p.strengths.map((s) => (
                  <li key={s.id}>
                    {s.text} <ItemTags item={s} familyId={familyId} />
                  </li>
                ))}
              </ul>
            </section>
            <section className="kt-section" aria-labelledby="concerns">
              <Heading2 id="concerns">{t('portal.plan.concerns')}</Heading2>
              <ol className="kt-portal-list">
                {p.concerns.slice(0, 3).map((c) => (
                  <li key={c.id}>
                    {c.text}
                    {c.voices.length ? (
                      <ul>
                        {c.voices.map((v, i) => (
                          <li key={i}>
                            <q>{v}</q>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
            <section className="kt-section" aria-labelledby="goals">
              <Heading2 id="goals">{t('portal.plan.goals')}</Heading2>
              {p.goals.map((g) => (
                <div key={g.id} className="kt-portal-goal" data-testid={`goal-${g.id}`}>
                  <Heading3>{g.what}</Heading3>
                  {g.byWhen ? <Paragraph>{t('portal.plan.byWhen', { date: format.date(g.byWhen) })}</Paragraph> : null}
                  {g.howWeKnow ? <Paragraph>{t('portal.plan.howWeKnow', { text: g.howWeKnow })}</Paragraph> : null}
                  <ItemTags item={g} familyId={familyId} />
                  <ul className="kt-portal-cards">
                    {p.actions
                      .filter((a) => a.goalId === g.id)
                      .map((a) => (
                        <ActionCard key={a.id} action={a} familyId={familyId} canComment={data.abilities.comment} />
                      ))}
                  </ul>
                </div>
              ))}
              <ul className="kt-portal-cards">
                {p.actions
                  .filter((a) => a.goalId === null)
                  .map((a) => (
                    <ActionCard key={a.id} action={a} familyId={familyId} canComment={data.abilities.comment} />
                  ))}
              </ul>
            </section>
            <section className="kt-section" aria-labelledby="safety">
              <Heading2 id="safety">{t('portal.plan.safety')}</Heading2>
              <ul className="kt-portal-list">
                {p.safetyAgreements.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ul>
            </section>
            <section className="kt-section" aria-labelledby="reviews">
              <Heading2 id="reviews">{t('portal.plan.reviews')}</Heading2>
              <ul className="kt-portal-list">
                {p.reviews.map((r) => (
                  <li key={r.id}>
                    {format.date(r.date)}
                    {r.note ? ` — ${r.note}` : ''}
                  </li>
                ))}
              </ul>
            </section>
            {data.abilities.propose ? <ProposeForm familyId={familyId} /> : null}
            {data.proposals.length > 0 ? (
              <section className="kt-section" aria-labelledby="my-proposals">
                <Heading2 id="my-proposals">{t('portal.propose.mine')}</Heading2>
                <ul className="kt-portal-list">
                  {data.proposals.map((pr) => (
                    <li key={pr.id} data-testid="my-proposal">
                      {pr.body} — <strong>{t(`portal.propose.status.${pr.status}`)}</strong>
                      {pr.answer ? (
                        <>
                          {' '}
                          ({pr.answeredByName}: {pr.answer})
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        );
      }}
    </PortalPage>
  );
}
