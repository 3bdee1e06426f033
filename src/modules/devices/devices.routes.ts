import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { getDeviceDetail } from './device-detail.service.js';
import { updateDevice } from './device-edit.service.js';
import { getDeviceByTag, listDevicePage } from './device-list.service.js';
import { createDevice, createLotDevices } from './devices.service.js';
import {
  createDeviceBody,
  deviceDetailSchema,
  deviceIdParams,
  deviceListQuery,
  deviceListSchema,
  deviceSchema,
  deviceTagParams,
  lotDevicesBody,
  lotDevicesResponse,
  lotIdParams,
  updateDeviceBody,
} from './devices.schemas.js';
import { stationRoutes } from './station.routes.js';
import { workshopReportRoutes } from './workshop-report.routes.js';

export const devicesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(stationRoutes);
  await app.register(workshopReportRoutes);

  app.get(
    '/programmes/:programme/devices',
    {
      schema: {
        tags: ['devices'],
        summary: 'Devices of the programme, filtered, one page at a time (keyset cursor)',
        params: programmeParam,
        querystring: deviceListQuery,
        response: { 200: deviceListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      return listDevicePage(app.db, scope.programmeId, request.query, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/devices/by-tag/:tag',
    {
      schema: {
        tags: ['devices'],
        summary: 'The device with this asset tag, as typed or scanned',
        params: deviceTagParams,
        response: { 200: deviceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      return getDeviceByTag(app.db, scope.programmeId, request.params.tag, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/devices/:id',
    {
      schema: {
        tags: ['devices'],
        summary: 'A device with its history, disks and erasure proofs, latest inventory and checks',
        params: deviceIdParams,
        response: { 200: deviceDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      return getDeviceDetail(app.db, scope.programmeId, request.params.id, scope.actor.userId);
    },
  );

  app.post(
    '/programmes/:programme/devices',
    {
      schema: {
        tags: ['devices'],
        summary: 'Receive one device: it gets its asset tag and starts in "received"',
        params: programmeParam,
        body: createDeviceBody,
        response: { 201: deviceSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      const device = await app.db
        .transaction()
        .execute((trx) => createDevice(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(device);
    },
  );

  app.post(
    '/programmes/:programme/lots/:id/devices',
    {
      schema: {
        tags: ['devices'],
        summary: 'Receive up to 200 devices of one kind into a collected or received lot',
        params: lotIdParams,
        body: lotDevicesBody,
        response: { 201: lotDevicesResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      const items = await app.db
        .transaction()
        .execute((trx) =>
          createLotDevices(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
      return reply.status(201).send({ items });
    },
  );

  app.patch(
    '/programmes/:programme/devices/:id',
    {
      schema: {
        tags: ['devices'],
        summary: 'Change a device’s place (operators) or identity: kind, make, model, serial (supervisors)',
        params: deviceIdParams,
        body: updateDeviceBody,
        response: { 200: deviceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      return app.db
        .transaction()
        .execute((trx) =>
          updateDevice(
            trx,
            scope.programmeId,
            scope.actor,
            scope.auditActor,
            request.params.id,
            request.body,
            request.lang,
          ),
        );
    },
  );
};
