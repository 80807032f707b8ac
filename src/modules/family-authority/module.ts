// The family-authority module's manifest (listed in src/modules/index.ts). It has no routes, jobs or
// subject types of its own: it is the one policy of who in a household may see and do what by law (age
// band × authority × item kind) and who of a household is told of an event, used by the portal, family
// rights, plans, meetings and decisions.
import { defineModule } from '../../platform/module.js';

export const familyAuthorityModule = defineModule({
  name: 'family-authority',
});
