// "Would this be allowed?" for the ability flags the web gets with a resource (`abilities: { edit, … }`),
// so it offers only what the server will accept. The answer is the very decision authorize() would
// make — the same registered policy, for the same actor, subject, id and action — but nothing is
// accessed, so no audit row is written and nothing is thrown. Never use it to guard data: that is
// authorize()'s job.
import type { AuditAction } from '../db/schema.js';
import type { Queryable } from '../db/transaction.js';
import type { Actor } from './actor.js';
import { getPolicy, type Memo, type SubjectType } from './policy.js';

export interface AbilityQuestion {
  subject: SubjectType;
  id: string | null;
  action: AuditAction;
}

/** `memo`: only from an audited read that changes nothing (authorizeRead), to reuse its decision's facts. */
export async function can(trx: Queryable, actor: Actor, question: AbilityQuestion, memo?: Memo): Promise<boolean> {
  const decision = await getPolicy(question.subject).decide({
    trx,
    actor,
    action: question.action,
    subjectId: question.id,
    now: new Date(),
    ...(memo ? { memo } : {}),
  });
  return decision.allowed;
}

/**
 * A resource's ability flags, each asked of its policy in turn (one transaction runs one query at a
 * time). `false` stands for an ability the record's own state already rules out (a confirmed meeting,
 * a closed match): the action would be refused whatever the policy says, so the policy is not asked.
 */
export async function abilities<K extends string>(
  trx: Queryable,
  actor: Actor,
  questions: Record<K, AbilityQuestion | false>,
  memo?: Memo,
): Promise<Record<K, boolean>> {
  const answers = {} as Record<K, boolean>;
  for (const key of Object.keys(questions) as K[]) {
    const question = questions[key];
    answers[key] = question !== false && (await can(trx, actor, question, memo));
  }
  return answers;
}
