// Structured JSON logs. Query strings are never logged (they may hold search terms such as
// names), nor are cookies, tokens or bodies; known personal keys are redacted wherever they appear.
import pino, { type LoggerOptions } from 'pino';

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.bsn',
  '*.name',
  '*.displayName',
  '*.email',
  '*.token',
  '*.code',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        path: (req.url ?? '').split('?')[0],
        id: req.id,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export function createLogger(level: string) {
  return pino(loggerOptions(level));
}
