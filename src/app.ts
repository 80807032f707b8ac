// Builds the Fastify app from the module manifests (src/modules/index.ts). Used by main.ts and by every HTTP test.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './platform/db/connect.js';
import { registerSubjectParams } from './platform/access/decide-first.js';
import { registerPolicies } from './platform/access/policy.js';
import { frameworkErrorHandler, installErrorHandling, sendProblem } from './platform/http/error-handler.js';
import { errorCatalogue } from './platform/http/messages.js';
import { loggerOptions } from './platform/http/logger.js';
import type { App } from './platform/http/types.js';
import { MODULES } from './modules/index.js';

/** The project root: the nearest folder up from here with a package.json (works from src/ and dist/server/). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found');
    dir = parent;
  }
  return dir;
}
const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const WEB_DIR = join(ROOT, 'dist', 'web');
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface AppOptions {
  config: Config;
  database: Database;
  logger?: Logger | false;
  serveWeb?: boolean;
}

let requestCounter = 0;

export async function buildApp({ config, database, logger, serveWeb = true }: AppOptions): Promise<App> {
  // Before anything else: two modules giving one code different texts must stop the start.
  const catalogue = errorCatalogue(MODULES);
  registerPolicies(MODULES.flatMap((m) => m.policies ?? []));
  registerSubjectParams(MODULES.flatMap((m) => m.subjectParams ?? []));
  const app = Fastify({
    // pino's Logger and Fastify's base logger type differ only in generics; the cast keeps one App type.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : {}),
    ...(logger === undefined ? { logger: config.logLevel === 'silent' ? false : loggerOptions(config.logLevel) } : {}),
    ...(logger === false ? { logger: false } : {}),
    bodyLimit: 256 * 1024,
    frameworkErrors: frameworkErrorHandler(catalogue),
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(incoming)
        ? incoming
        : `${config.instanceId}-${(++requestCounter).toString(36)}`;
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, catalogue);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      code: 'FST_ERR_RATE_LIMIT',
      message: `Rate limit exceeded, retry in ${ctx.after}`,
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Keukentafel API',
        version: VERSION,
        description: 'One family, one plan, one regisseur. Cookie sessions; writes need the x-csrf-token header.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kt_session' },
          partnerApiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'Partner API key (kt_…), only for /api/partner/v1/*',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const deps = { config, database, version: VERSION };
  // All hooks first, so every route — whichever module it belongs to — runs behind them.
  for (const module of MODULES) module.hooks?.(app, deps);
  for (const module of MODULES) module.routes?.(app, deps);

  let spaShell: Buffer | null = null;
  if (serveWeb && existsSync(join(WEB_DIR, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIR, wildcard: false, index: false });
    spaShell = readFileSync(join(WEB_DIR, 'index.html'));
  }
  // Client-side routes: any GET outside /api that is not a file gets the app shell.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (spaShell && request.method === 'GET' && !path.startsWith('/api/')) {
      return reply.type('text/html').header('cache-control', 'no-cache').send(spaShell);
    }
    return sendProblem(
      request,
      reply,
      {
        status: 404,
        code: 'route_not_found',
        detail: `No route ${request.method} ${path}`,
      },
      catalogue,
    );
  });
  return app;
}
