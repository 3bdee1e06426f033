/**
 * Reading the answers and bodies of web/src/api/schema.d.ts's paths, for the catalogue and images
 * features' types (`npm run openapi` generates the file from the server's zod schemas).
 */
import type { paths } from '../../api/schema';

type P = paths;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON answer of an operation: its 200, or else its 201. */
export type Ok<Path extends keyof P, M extends keyof P[Path]> = P[Path][M] extends { responses: infer R }
  ? R extends { 200: infer A }
    ? Json<A>
    : R extends { 201: infer C }
      ? Json<C>
      : never
  : never;

/** The JSON body an operation takes. */
export type Body<Path extends keyof P, M extends keyof P[Path]> = P[Path][M] extends { requestBody?: infer R }
  ? Json<NonNullable<R>>
  : never;

export type ProgrammeBase = '/api/v1/programmes/{programme}';
