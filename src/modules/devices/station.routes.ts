import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { signDeviceCheck } from './checks.service.js';
import {
  checkBody,
  checkResponse,
  deviceIdParams,
  moveBody,
  moveResponse,
  undoBody,
  undoResponse,
} from './devices.schemas.js';
import { moveDevice } from './transitions.service.js';
import { undoDeviceEvent } from './undo.service.js';

/** What the workshop stations do to a device: move it, sign its final check, undo a move. */
export const stationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/programmes/:programme/devices/:id/moves',
    {
      schema: {
        tags: ['devices'],
        summary: 'Move a device to another workshop step (the step’s guards apply)',
        params: deviceIdParams,
        body: moveBody,
        response: { 200: moveResponse, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      return app.db
        .transaction()
        .execute((trx) =>
          moveDevice(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/devices/:id/checks',
    {
      schema: {
        tags: ['devices'],
        summary: 'Sign the final check (four-eyes); passed moves the device to "checked"',
        params: deviceIdParams,
        body: checkBody,
        response: { 200: checkResponse, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      return app.db
        .transaction()
        .execute((trx) =>
          signDeviceCheck(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/devices/:id/undo',
    {
      schema: {
        tags: ['devices'],
        summary: 'Undo one’s own latest move of a device, within a minute',
        params: deviceIdParams,
        body: undoBody,
        response: { 200: undoResponse, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      const device = await app.db
        .transaction()
        .execute((trx) =>
          undoDeviceEvent(
            trx,
            scope.programmeId,
            scope.auditActor,
            request.params.id,
            request.body.eventId,
            request.lang,
          ),
        );
      return { device };
    },
  );
};
