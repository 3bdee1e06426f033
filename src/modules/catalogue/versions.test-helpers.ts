// Shared by profiles.http.test.ts and publish.http.test.ts (not a test file itself).
import { readFileSync } from 'node:fs';
import { cliActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import type { Programme } from '../programmes/programmes.model.js';
import { readUploadedIndex, storeDebianIndex } from './debian-index.service.js';

export const PACKAGES_FIXTURE = 'test/fixtures/debian/bookworm-main-amd64-Packages';

/** Loads the shipped bookworm main amd64 extract as the programme's index, through the index service. */
export async function loadShippedIndex(db: Executor, programme: Programme): Promise<void> {
  const parsed = await readUploadedIndex(
    programme,
    readFileSync(PACKAGES_FIXTURE),
    'bookworm-main-amd64-Packages',
    'fr',
  );
  await transactionWithRetry(db, (trx) => storeDebianIndex(trx, programme, cliActor, parsed));
}

/** The code of the school year running today ("2026-2027" from September 2026 to August 2027). */
export function currentYearCode(now = new Date()): string {
  const y = now.getUTCFullYear();
  const first = now.getUTCMonth() >= 8 ? y : y - 1;
  return `${first}-${first + 1}`;
}

export function followingYearCode(code: string): string {
  const first = Number(code.slice(0, 4)) + 1;
  return `${first}-${first + 1}`;
}

export interface Problem {
  code: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

export interface ResourceJson {
  id: string;
  title: string;
  packages: string[];
  content: { fileName: string; bytes: number; verifiedAt: string | null } | null;
}

export interface VersionJson {
  id: string;
  number: number;
  status: string;
  profile: { id: string; band: string; schoolYear: { id: string; code: string } };
  basedOn: { id: string; number: number } | null;
  items: ResourceJson[];
  approvedBy: string | null;
  publishedAt: string | null;
  manifestHash: string | null;
}

export interface ProfileJson {
  id: string;
  band: string;
  schoolYear: { id: string; code: string };
  published: { id: string; number: number } | null;
  open: { id: string; number: number; status: string; resourceCount: number } | null;
  versions: { id: string; number: number; status: string }[];
}
