import type { Migration } from 'kysely';
import * as foundation from './2026-11-28-0001-foundation.js';
import * as workshop from './2026-11-29-0002-workshop.js';
import * as families from './2026-11-29-0003-families.js';
import * as trainings from './2026-11-29-0004-trainings.js';
import * as catalogue from './2026-11-29-0005-catalogue.js';
import * as dashboard from './2026-11-29-0006-dashboard.js';
import * as deviceListIndexes from './2026-11-29-0007-device-list-indexes.js';
import * as deviceListStateGradeCreated from './2026-11-29-0008-device-list-state-grade-created.js';
import * as listIndexes from './2026-11-29-0009-list-indexes.js';
import * as dashboardCounters from './2026-11-29-0010-dashboard-counters.js';
import * as householdPostalCode from './2026-11-29-0011-household-postal-code.js';
import * as bookingDayCounts from './2026-11-29-0012-booking-day-counts.js';
import * as deviceListStateCreated from './2026-11-29-0013-device-list-state-created.js';

/** Every migration, in the order they run. Add a line for each new file; never remove one. */
export const migrations: Record<string, Migration> = {
  '2026-11-28-0001-foundation': foundation,
  '2026-11-29-0002-workshop': workshop,
  '2026-11-29-0003-families': families,
  '2026-11-29-0004-trainings': trainings,
  '2026-11-29-0005-catalogue': catalogue,
  '2026-11-29-0006-dashboard': dashboard,
  '2026-11-29-0007-device-list-indexes': deviceListIndexes,
  '2026-11-29-0008-device-list-state-grade-created': deviceListStateGradeCreated,
  '2026-11-29-0009-list-indexes': listIndexes,
  '2026-11-29-0010-dashboard-counters': dashboardCounters,
  '2026-11-29-0011-household-postal-code': householdPostalCode,
  '2026-11-29-0012-booking-day-counts': bookingDayCounts,
  '2026-11-29-0013-device-list-state-created': deviceListStateCreated,
};
