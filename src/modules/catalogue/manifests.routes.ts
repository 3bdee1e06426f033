import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../platform/db/database.js';
import { isAppError } from '../../platform/errors.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { contentDisposition } from '../../platform/files/attachments.js';
import { type ProgrammeScope, scopeProgramme } from '../programmes/programme-scope.js';
import { getManifest, getManifestFiles, listManifests, packageNames } from './manifests.service.js';
import { manifestListSchema, manifestParams, manifestSchema, textFile } from './profiles.schemas.js';

const base = '/programmes/:programme/catalogue/manifests';
const tags = ['catalogue'];

/** Teachers and the committee read the catalogue; the workshop reads manifests to image machines. */
async function scopeManifests(request: FastifyRequest, db: Executor, slug: string): Promise<ProgrammeScope> {
  try {
    return await scopeProgramme(request, db, slug, 'catalogue.read');
  } catch (e) {
    if (isAppError(e) && e.code === 'FORBIDDEN') return scopeProgramme(request, db, slug, 'device.operate');
    throw e;
  }
}

function sendText(reply: FastifyReply, type: string, fileName: string, text: string): FastifyReply {
  return reply
    .type(type)
    .header('content-disposition', contentDisposition(fileName))
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(text, 'utf8'));
}

/** Published image manifests and the recipes made from them (script, playbook, package list). */
export const manifestsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Published image manifests, newest first',
        params: programmeParam,
        response: { 200: manifestListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeManifests(request, app.db, request.params.programme);
      return listManifests(app.db, scope.programmeId);
    },
  );

  app.get(
    `${base}/:hash`,
    {
      schema: {
        tags,
        summary: 'A published manifest’s content',
        params: manifestParams,
        response: { 200: manifestSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeManifests(request, app.db, request.params.programme);
      const m = await getManifest(app.db, scope.programmeId, request.params.hash);
      return { hash: m.hash, label: m.label, content: { ...m.content } };
    },
  );

  app.get(
    `${base}/:hash/script`,
    {
      schema: {
        tags,
        summary: 'The provisioning shell script (bash) of a manifest',
        params: manifestParams,
        response: { 200: textFile('The script, text/x-shellscript.'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeManifests(request, app.db, request.params.programme);
      const { built, baseName } = await getManifestFiles(app.db, scope.programmeId, request.params.hash);
      return sendText(reply, 'text/x-shellscript; charset=utf-8', `${baseName}.sh`, built.shellScript);
    },
  );

  app.get(
    `${base}/:hash/playbook`,
    {
      schema: {
        tags,
        summary: 'The Ansible playbook of a manifest',
        params: manifestParams,
        response: { 200: textFile('The playbook, application/yaml.'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeManifests(request, app.db, request.params.programme);
      const { built, baseName } = await getManifestFiles(app.db, scope.programmeId, request.params.hash);
      return sendText(reply, 'application/yaml; charset=utf-8', `${baseName}.yml`, built.playbook);
    },
  );

  app.get(
    `${base}/:hash/packages`,
    {
      schema: {
        tags,
        summary: 'The package names of a manifest, one per line',
        params: manifestParams,
        response: { 200: textFile('One Debian package name per line, text/plain.'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeManifests(request, app.db, request.params.programme);
      const { built, baseName } = await getManifestFiles(app.db, scope.programmeId, request.params.hash);
      return sendText(reply, 'text/plain; charset=utf-8', `${baseName}-packages.txt`, packageNames(built));
    },
  );
};
