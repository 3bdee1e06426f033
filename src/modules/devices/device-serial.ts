import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { deviceMessages } from './devices.messages.js';
import { findDeviceBySerial } from './devices.repository.js';

/** A serial already on another device of the programme: the same machine received twice? */
export async function assertSerialFree(
  db: Executor,
  programmeId: string,
  serial: string,
  exceptId: string | null,
  lang: Language,
): Promise<void> {
  const holder = await findDeviceBySerial(db, programmeId, serial);
  if (holder && holder.id !== exceptId) {
    const message = format(deviceMessages(lang).serial_taken, { assetTag: holder.asset_tag });
    throw new AppError('SERIAL_TAKEN', {
      detail: message,
      params: { assetTag: holder.asset_tag },
      fields: [{ field: 'body.serial', code: 'serial_taken', message }],
    });
  }
}
