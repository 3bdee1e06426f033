import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError, isAppError } from '../errors.js';
import { format, messages, type Language } from '../i18n/i18n.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

type Issue = { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> };

const contextNames: Record<string, string> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' };

function sizeKind(origin: unknown): 'string' | 'number' | 'array' {
  if (origin === 'string') return 'string';
  if (origin === 'array' || origin === 'set') return 'array';
  return 'number';
}

/** Turns zod issues into field errors in plain words, in the request's language. */
export function fieldErrorsFromIssues(issues: Issue[], context: string | undefined, lang: Language): FieldError[] {
  const v = messages(lang).validation;
  const prefix = contextNames[context ?? 'body'] ?? context ?? 'body';
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = issue.instancePath.split('/').filter(Boolean);
    const p = issue.params;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(p.keys)) {
      for (const key of p.keys as string[]) {
        out.push({ field: [prefix, ...base, key].join('.'), code: 'unknown_field', message: v.unknown_field });
      }
      continue;
    }
    const field = [prefix, ...base].join('.');
    let code = issue.keyword;
    let message: string;
    switch (issue.keyword) {
      case 'invalid_type':
        // zod 4 leaves `input` out of issues unless asked: the message tells a missing value.
        if (p.input === undefined && /received undefined/.test(issue.message ?? '')) {
          code = 'required';
          message = v.required;
        } else message = format(v.invalid_type, { expected: String(p.expected) });
        break;
      case 'too_small':
        message = format(v[`too_small_${sizeKind(p.origin)}`], { minimum: String(p.minimum) });
        break;
      case 'too_big':
        message = format(v[`too_big_${sizeKind(p.origin)}`], { maximum: String(p.maximum) });
        break;
      case 'invalid_value':
        message = format(v.invalid_enum, { options: Array.isArray(p.values) ? p.values.join(', ') : '' });
        break;
      case 'invalid_format':
        if (p.format === 'email') message = v.invalid_email;
        else if (p.format === 'url') message = v.invalid_url;
        else if (p.format === 'uuid') message = v.invalid_uuid;
        else message = v.invalid_format;
        break;
      case 'custom':
        // Custom refinements carry their own translated message in params.params.messages[lang].
        message = customMessage(p, lang) ?? issue.message ?? v.invalid;
        code =
          typeof (p.params as Record<string, unknown> | undefined)?.code === 'string'
            ? String((p.params as Record<string, unknown>).code)
            : 'invalid';
        break;
      default:
        message = v.invalid;
    }
    out.push({ field, code, message });
  }
  return out;
}

function customMessage(p: Record<string, unknown>, lang: Language): string | undefined {
  const params = p.params as { messages?: Partial<Record<Language, string>> } | undefined;
  return params?.messages?.[lang];
}

export function buildProblem(request: FastifyRequest, error: AppError): Problem {
  const lang = request.lang;
  const template = messages(lang).errors[error.code];
  const problem: Problem = {
    type: `urn:cartable:error:${error.code}`,
    title: format(template, error.options.params),
    status: error.status,
    code: error.code,
    instance: request.url.split('?')[0],
    requestId: request.id,
  };
  if (error.options.detail) problem.detail = error.options.detail;
  if (error.options.fields?.length) problem.errors = error.options.fields;
  return problem;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  if (error.options.retryAfter !== undefined) reply.header('retry-after', String(error.options.retryAfter));
  return reply.status(error.status).type(PROBLEM_CONTENT_TYPE).send(buildProblem(request, error));
}

/** A unique-constraint violation from SQLite (better-sqlite3) or PostgreSQL (pg, SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** Maps any thrown value to an AppError; unknown failures become INTERNAL and are logged. */
export function toAppError(error: FastifyError | Error, request: FastifyRequest): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = fieldErrorsFromIssues(error.validation as Issue[], error.validationContext, request.lang);
    return new AppError('VALIDATION_FAILED', { fields });
  }
  if (isResponseSerializationError(error)) return new AppError('INTERNAL', { cause: error });
  // Two requests racing past a service's "already exists?" check meet the unique index: the loser
  // gets 409, as it would have without the race, not a 500.
  if (isUniqueViolation(error)) return new AppError('CONFLICT', { cause: error });
  const code = (error as FastifyError).code;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    default:
      break;
  }
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400) return new AppError('MALFORMED_JSON');
  const status = (error as FastifyError).statusCode;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (status === 405) return new AppError('METHOD_NOT_ALLOWED');
  if (status === 404) return new AppError('NOT_FOUND');
  if (status !== undefined && status >= 400 && status < 500) return new AppError('UNPROCESSABLE', { cause: error });
  return new AppError('INTERNAL', { cause: error });
}

/** `webAppHtml` returns the web app's index page once it is registered (undefined for an API-only app). */
export function registerProblemHandlers(app: FastifyInstance, webAppHtml?: () => string | undefined): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else if (appError.code === 'UNPROCESSABLE') {
      request.log.warn({ err: error }, 'client error without a code');
    }
    return sendProblem(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app (/login, /account, …) get its page; the API keeps problem+json.
    const html = webAppHtml?.();
    if (
      html &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      request.headers.accept?.includes('text/html')
    ) {
      return reply.type('text/html; charset=utf-8').send(html);
    }
    return sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND'));
  });
}
