import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration comes only from environment variables. Every variable read here is listed in
 * the README's configuration table; `test/config-doc.test.ts` fails when the two drift.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  CARTABLE_DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_BASE_URL: z.string().url().optional(),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('Cartable <no-reply@cartable.invalid>'),
  SMS_URL: z.string().url().optional(),
  CARTABLE_DEMO: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
});

/** Names of every environment variable Cartable reads. */
export const configVariables = Object.keys(envSchema.shape);

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sqliteFile: string;
  publicBaseUrl: string;
  trustProxy: boolean;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** SMS gateway (see platform/sms/sms.ts); unset: SMS are written to the log, not sent. */
  smsUrl: string | undefined;
  /** Demo accounts and the demo programme are loaded; never in production. */
  demo: boolean;
  sessionTtlHours: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.CARTABLE_DATA_DIR);
  const demo = e.CARTABLE_DEMO ?? e.NODE_ENV !== 'production';
  if (demo && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'CARTABLE_DEMO=true is refused when NODE_ENV=production: demo accounts have published passwords.',
    );
  }
  const port = e.PORT;
  return {
    env: e.NODE_ENV,
    port,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sqliteFile: path.join(dataDir, 'cartable.sqlite'),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsUrl: e.SMS_URL,
    demo,
    sessionTtlHours: e.SESSION_TTL_HOURS,
  };
}
