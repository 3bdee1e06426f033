import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const OPENAPI_PATH = '/api/openapi.json';

type SpecObject = ReturnType<typeof jsonSchemaTransformObject>;
type ResponseObject = { content?: Record<string, unknown> };

/** Error responses are served as application/problem+json; say so in the spec. */
function problemContentTypes(spec: SpecObject): SpecObject {
  const paths = (spec as { paths?: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>> })
    .paths;
  for (const operations of Object.values(paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (Number(status) >= 400 && json && response.content) {
          response.content = { 'application/problem+json': json };
        }
      }
    }
  }
  return spec;
}

/** OpenAPI 3.1 generated from the zod schemas of the routes; docs page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cartable API',
        version: '1',
        description:
          'JSON API of Cartable. Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
          'People authenticate with the session cookie set by POST /api/v1/auth/login; machines with an API token ' +
          '(`Authorization: Bearer TOKEN`, or HTTP Basic with the token as the password).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cartable_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => problemContentTypes(jsonSchemaTransformObject(doc)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}
