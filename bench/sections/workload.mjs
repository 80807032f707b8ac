// Issue 16's request set, completed: plan read and timeline (health, me, dossier read, caseload and the
// triage queue are in core, dossier and signals), and the mixed workload of a neighbourhood team
// (bench/lib/mixed.mjs). Each appears in the backend's table with req/s, p50/p95/p99, its share of
// health in the same run and the server's peak RSS.
import { getJson } from '../lib/http.mjs';
import { MIX, mixedScenario } from '../lib/mixed.mjs';

export default {
  name: 'workload',
  title: 'Plan read, timeline and the mixed workload',
  async scenarios(ctx) {
    const pro = await ctx.loginAs('demo.professional');
    const caseload = await getJson(ctx.baseUrl, '/api/me/caseload', pro.cookie);
    const family = caseload.items.find((i) => i.myRole === 'regisseur' && i.planVersion !== null);
    if (!family) throw new Error('workload section: demo.professional has no family with a plan');
    const headers = { cookie: pro.cookie };
    return [
      { name: 'plan read', path: `/api/families/${family.familyId}/plan`, headers, connections: 10 },
      { name: 'timeline', path: `/api/families/${family.familyId}/timeline`, headers, connections: 10 },
      await mixedScenario(ctx),
    ];
  },
  async measure() {
    return `The mixed workload cycles, per connection: ${MIX}. Plan saves answered 409 (a concurrent save of the same family) show as non-2xx.`;
  },
};
