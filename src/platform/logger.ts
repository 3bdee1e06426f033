import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/**
 * Structured JSON logs. Request and response logs carry the request id, method, route and
 * status; bodies, cookies, authorization headers and query strings (which can hold tokens or
 * names) are never logged.
 */
export function createLogger(config: Pick<Config, 'logLevel' | 'env'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.env === 'test' ? 'silent' : config.logLevel,
    base: { service: 'cartable' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; routeOptions?: { url?: string }; ip?: string }) => ({
        method: req.method,
        route: req.routeOptions?.url,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
