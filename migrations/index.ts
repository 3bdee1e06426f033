import type { Migration } from 'kysely';
import * as foundation from './2026-11-28-0001-foundation.js';
import * as workshop from './2026-11-29-0002-workshop.js';
import * as families from './2026-11-29-0003-families.js';
import * as trainings from './2026-11-29-0004-trainings.js';
import * as catalogue from './2026-11-29-0005-catalogue.js';
import * as dashboard from './2026-11-29-0006-dashboard.js';
import * as deviceListIndexes from './2026-11-29-0007-device-list-indexes.js';

/** Every migration, in the order they run. Add a line for each new file; never remove one. */
export const migrations: Record<string, Migration> = {
  '2026-11-28-0001-foundation': foundation,
  '2026-11-29-0002-workshop': workshop,
  '2026-11-29-0003-families': families,
  '2026-11-29-0004-trainings': trainings,
  '2026-11-29-0005-catalogue': catalogue,
  '2026-11-29-0006-dashboard': dashboard,
  '2026-11-29-0007-device-list-indexes': deviceListIndexes,
};
