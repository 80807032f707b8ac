// Reference geography: regions, municipalities (CBS codes), districts and neighbourhoods. Not personal data.
import { z } from 'zod';
import { requireActor } from '../../platform/access/authorize.js';
import type { App } from '../../platform/http/types.js';

const MunicipalityList = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        regionName: z.string(),
        neighbourhoods: z.array(z.object({ code: z.string(), name: z.string(), districtName: z.string() })),
      }),
    ),
  })
  .meta({ id: 'MunicipalityList' });

export function geoRoutes(app: App): void {
  app.get(
    '/api/geo/municipalities',
    {
      schema: {
        tags: ['geography'],
        summary: 'Municipalities with their neighbourhoods',
        response: { 200: MunicipalityList },
      },
    },
    async (req) => {
      requireActor(req.ctx);
      const db = req.ctx.db;
      const [municipalities, hoods] = await Promise.all([
        db
          .selectFrom('municipality as m')
          .innerJoin('region as r', 'r.code', 'm.region_code')
          .select(['m.code', 'm.name', 'r.name as region_name'])
          .orderBy('m.name')
          .execute(),
        db
          .selectFrom('neighbourhood as n')
          .innerJoin('district as d', 'd.code', 'n.district_code')
          .select(['n.code', 'n.name', 'n.municipality_code', 'd.name as district_name'])
          .orderBy('n.name')
          .execute(),
      ]);
      return {
        items: municipalities.map((m) => ({
          code: m.code,
          name: m.name,
          regionName: m.region_name,
          neighbourhoods: hoods
            .filter((h) => h.municipality_code === m.code)
            .map((h) => ({ code: h.code, name: h.name, districtName: h.district_name })),
        })),
      };
    },
  );
}
