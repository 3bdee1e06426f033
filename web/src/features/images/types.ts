/**
 * The shapes of the profile, version, Debian and conformity answers (docs/catalogue/, the API
 * contract), all derived from web/src/api/schema.d.ts (`npm run openapi` generates it from the
 * server's zod schemas).
 */
import type { components } from '../../api/schema';
import type { Body, Ok, ProgrammeBase } from '../catalogue/schema-types';

type Schemas = components['schemas'];
type Base = ProgrammeBase;

export type ProfileList = Ok<`${Base}/catalogue/profiles`, 'get'>;
export type Profile = ProfileList['items'][number];
export type Band = Profile['band'];
export type SchoolYearRef = Profile['schoolYear'];
export type VersionSummary = Profile['versions'][number];
export type VersionStatus = VersionSummary['status'];

export type Version = Ok<`${Base}/catalogue/versions/{versionId}`, 'get'>;
/** A resource as a version lists it. */
export type Resource = Version['items'][number];
export type Diff = Ok<`${Base}/catalogue/versions/{versionId}/diff`, 'get'>;

/** GET /catalogue/changes?band=: one band's object (without `band`, the list of every band). */
export type BandChanges = Exclude<Ok<`${Base}/catalogue/changes`, 'get'>, unknown[]>;

export type DebianIndexList = Ok<`${Base}/catalogue/debian-indexes`, 'get'>;
export type DebianIndex = Schemas['DebianIndex'];
export type DebianCheck = Ok<`${Base}/catalogue/versions/{versionId}/debian-check`, 'get'>;
export type DebianCheckPackage = DebianCheck['packages'][number];

export type ManifestItem = Ok<`${Base}/catalogue/manifests`, 'get'>['items'][number];

export type ConformitySummary = Schemas['ConformitySummary'];
export type ConformityDevice = Schemas['ConformityDevice'];
export type ConformityStatus = ConformityDevice['status'];
export type StatusCounts = ConformitySummary['home']['counts'];

export type SchoolDevice = Schemas['SchoolDevice'];
export type SchoolDeviceBody = Body<`${Base}/schools/{schoolId}/devices`, 'post'>;
