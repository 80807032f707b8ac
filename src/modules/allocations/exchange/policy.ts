// The message box: a provider's administrator (role `provider`) sees only the messages of its own
// organisation. Nobody else reads the box in the web app (the municipality's side works through
// decisions and claims); administrators, policy makers and consultants never see its XML.
import { hasRole } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../../platform/access/policy.js';

export const ijwMessagePolicy = definePolicy({
  subjectType: 'ijw_message',
  personalData: true,
  async decide({ trx, actor, subjectId }) {
    if (!hasRole(actor, 'provider')) return deny('only a provider reads its message box');
    if (subjectId === null) return allow('provider');
    const m = await trx.selectFrom('ijw_message').select('provider_id').where('id', '=', subjectId).executeTakeFirst();
    return m && m.provider_id === actor.organisationId ? allow('provider') : deny("another provider's message");
  },
});

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    ijw_message: true;
  }
}
