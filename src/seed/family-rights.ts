// The demo family's rights (issue 15 items 4, 5, 7): demo.family's own statement in the file, an
// answered deletion request, a planned-meeting message, and the access history the family sees under
// "wie keek in mijn dossier" — its regisseur's and a team member's reads, a decision read, and one
// reasoned emergency access — written at seed time through the ordinary audit table (synthetic).
import { today as dutchDate } from '../platform/clock.js';
import type { Tx } from '../platform/db/transaction.js';
import { answerDueOn } from '../modules/family-rights/deadline.js';
import type { NewAuditEvent } from '../platform/db/schema.js';

export async function seedFamilyRights(trx: Tx, opts: { today: Date }): Promise<void> {
  const account = await trx
    .selectFrom('family_account as fa')
    .innerJoin('app_user as u', 'u.id', 'fa.user_id')
    .innerJoin('family as f', 'f.id', 'fa.family_id')
    .innerJoin('trajectory as t', 't.family_id', 'fa.family_id')
    .innerJoin('app_user as r', 'r.id', 't.regisseur_id')
    .select([
      'fa.user_id',
      'fa.family_id',
      'fa.person_id',
      'f.reference',
      'r.id as regisseur_id',
      'r.username',
      'r.home_organisation_id',
    ])
    .where('u.username', '=', 'demo.family')
    .orderBy('t.opened_at', 'desc')
    .executeTakeFirst();
  if (!account?.person_id) return;
  const member = await trx
    .selectFrom('trajectory_member as m')
    .innerJoin('trajectory as t', 't.id', 'm.trajectory_id')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.username', 'u.home_organisation_id'])
    .where('t.family_id', '=', account.family_id)
    .limit(1)
    .executeTakeFirst();
  const stranger = await trx
    .selectFrom('app_user')
    .select(['id', 'username', 'home_organisation_id'])
    .where('username', '=', 'met.veiligthuis')
    .executeTakeFirst();

  await trx
    .insertInto('family_statement')
    .values({
      family_id: account.family_id,
      person_id: account.person_id,
      author_user_id: account.user_id,
      title: 'Over de schulden in ons verhaal',
      body: 'In het verslag staat dat wij geen afspraken nakwamen met de schuldhulp. Wij hadden toen geen oppas en hebben twee keer gebeld om te verzetten. Dat willen wij graag in het dossier hebben.',
    })
    .execute();
  const asked = dutchDate(opts.today);
  await trx
    .insertInto('family_rights_request')
    .values({
      family_id: account.family_id,
      person_id: account.person_id,
      requester_user_id: account.user_id,
      kind: 'deletion',
      about: 'Het oude telefoonnummer van mijn ex-partner',
      body: 'Dit nummer hoort niet meer bij ons gezin. Wilt u het verwijderen?',
      submitted_on: asked,
      due_on: answerDueOn(asked),
      status: 'granted',
      answer: 'Wij hebben het nummer verwijderd. Dank u voor het melden.',
      answered_by: account.regisseur_id,
      answered_role: 'regisseur',
      answered_at: new Date(),
    })
    .execute();
  await trx
    .insertInto('notification')
    .values({ user_id: account.user_id, kind: 'family_meeting_planned', link: '/mijn/berichten' })
    .execute();

  const access = (
    who: { id: string; username: string; home_organisation_id: string },
    e: Partial<NewAuditEvent> & { data: string },
  ): NewAuditEvent => ({
    event: e.event ?? 'family.read',
    action: e.action ?? 'read',
    outcome: 'allowed',
    actor_user_id: who.id,
    actor_username: who.username,
    actor_role: 'professional',
    actor_organisation_id: who.home_organisation_id,
    purpose: e.purpose ?? 'care',
    subject_type: e.subject_type ?? 'family',
    subject_id: account.family_id,
    client_ref: account.reference,
    data_description: e.data,
    emergency: e.emergency ?? false,
    emergency_reason: e.emergency_reason ?? null,
  });
  const regisseur = {
    id: account.regisseur_id,
    username: account.username,
    home_organisation_id: account.home_organisation_id,
  };
  const rows: NewAuditEvent[] = [
    access(regisseur, { data: 'dossier (seed)' }),
    access(regisseur, { data: 'plan (seed)', event: 'plan.version_created', action: 'update' }),
    access(regisseur, { data: 'timeline (seed)' }),
  ];
  if (member) rows.push(access(member, { data: 'dossier (seed)' }));
  if (stranger)
    rows.push(
      access(stranger, {
        data: 'dossier under break-the-glass (seed)',
        emergency: true,
        emergency_reason: 'Melding van Veilig Thuis buiten kantoortijd',
      }),
    );
  await trx.insertInto('audit_event').values(rows).execute();
}
