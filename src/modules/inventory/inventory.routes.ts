import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.js';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { findDeviceById } from '../devices/devices.repository.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { agentRoutes } from './agent.routes.js';
import { InventoryInputError } from './inventory-input-error.js';
import { parseUploadedInventory } from './inventory-parsing.js';
import {
  deviceInventoriesParams,
  deviceInventoryParams,
  inventoryDetailSchema,
  inventoryListSchema,
  inventorySummarySchema,
  rawInventorySchema,
} from './inventory.schemas.js';
import { getInventoryDetail, getInventoryPayload, listDeviceInventories } from './inventory.service.js';
import { INVENTORY_BODY_LIMIT_BYTES, decodePayload, reusableGzip } from './payload-decoding.js';
import { recordInventory } from './record-inventory.js';
import type { Executor } from '../../platform/db/database.js';

async function assertDevice(db: Executor, programmeId: string, deviceId: string): Promise<void> {
  if (!(await findDeviceById(db, programmeId, deviceId))) throw new AppError('DEVICE_NOT_FOUND');
}

/**
 * Inventory routes. Everything here reads request bodies as raw bytes (agents label them
 * inconsistently; uploads are files): the catch-all parser lives only inside this plugin, so
 * JSON parsing of every other module is untouched.
 */
export const inventoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: INVENTORY_BODY_LIMIT_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  await app.register(agentRoutes);

  app.post(
    '/programmes/:programme/devices/:id/inventories',
    {
      bodyLimit: INVENTORY_BODY_LIMIT_BYTES,
      schema: {
        tags: ['inventory'],
        summary: 'Upload an inventory file for a device: lshw -json, a glpi JSON file or an agent XML (--local)',
        params: deviceInventoriesParams,
        response: {
          200: inventorySummarySchema,
          201: inventorySummarySchema,
          ...problemResponses,
          413: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      await assertDevice(app.db, scope.programmeId, request.params.id);
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      try {
        const payload = decodePayload(body);
        const parsed = parseUploadedInventory(payload);
        const result = await recordInventory(
          app.db,
          scope.programmeId,
          scope.auditActor,
          { parsed, payload: payload.bytes, payloadGzip: reusableGzip(payload), deviceId: request.params.id },
          request.lang,
        );
        return reply.status(result.duplicate ? 200 : 201).send(result.inventory);
      } catch (error) {
        throw error instanceof InventoryInputError ? error.toAppError(request.lang) : error;
      }
    },
  );

  app.get(
    '/programmes/:programme/devices/:id/inventories',
    {
      schema: {
        tags: ['inventory'],
        summary: 'Inventories of a device, newest first',
        params: deviceInventoriesParams,
        response: { 200: inventoryListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      await assertDevice(app.db, scope.programmeId, request.params.id);
      return { items: await listDeviceInventories(app.db, scope.programmeId, request.params.id) };
    },
  );

  app.get(
    '/programmes/:programme/devices/:id/inventories/:inventoryId',
    {
      schema: {
        tags: ['inventory'],
        summary: 'One inventory with its installed software',
        params: deviceInventoryParams,
        response: { 200: inventoryDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      return getInventoryDetail(app.db, scope.programmeId, request.params.id, request.params.inventoryId);
    },
  );

  app.get(
    '/programmes/:programme/devices/:id/inventories/:inventoryId/raw',
    {
      schema: {
        tags: ['inventory'],
        summary: 'The payload as the agent or the person sent it (decompressed XML or JSON)',
        params: deviceInventoryParams,
        response: { 200: rawInventorySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      const { inventoryId } = request.params;
      const { body, mediaType } = await getInventoryPayload(app.db, scope.programmeId, request.params.id, inventoryId);
      const extension = mediaType === 'application/xml' ? 'xml' : 'json';
      return (reply as unknown as FastifyReply)
        .type(`${mediaType}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="inventory-${inventoryId}.${extension}"`)
        .send(body);
    },
  );
};
