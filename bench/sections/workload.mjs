// Issue 16's request set, completed: plan read, plan save and timeline (health, me, dossier read, caseload and the
// triage queue are in core, dossier and signals), and the mixed workload of a neighbourhood team
// (bench/lib/mixed.mjs). Each appears in the backend's table with req/s, p50/p95/p99, its share of
// health in the same run and the server's peak RSS.
import { getJson } from '../lib/http.mjs';
import { MIX_WITH_TRIAGE, mixedScenario, planSaveScenario } from '../lib/mixed.mjs';

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
      await planSaveScenario(ctx),
      // The team triages as signals arrive (as in the soak): a queue nobody works is not a team's day.
      await mixedScenario(ctx, { triage: true }),
    ];
  },
  async measure(ctx) {
    const save = ctx.results?.find((r) => r.name === 'plan save');
    return [
      `**plan save** is \`PUT /api/families/:id/plan\` as demo.professional, each connection on one of the families they are regisseur of${save?.families ? ` (${save.families} families for ${save.connections} connections)` : ''}, carrying the version the previous save returned and changing one action's status, so every save is a new version; a 409 (two connections on one family) shows as non-2xx.`,
      `The mixed workload cycles, per connection: ${MIX_WITH_TRIAGE} (the triage decision takes a signal this run sent, once the queue has shown it). Plan saves answered 409 (a concurrent save of the same family) show as non-2xx.`,
    ].join('\n\n');
  },
};
