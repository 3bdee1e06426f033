import { allPages } from '../../components/morePages';
import { enc, programmeUrl as url, request, sendFile, withQuery, type Query } from '../families/http';
import type {
  BandChanges,
  ConformityDevice,
  ConformitySummary,
  DebianCheck,
  DebianIndex,
  DebianIndexList,
  Diff,
  ManifestItem,
  Profile,
  ProfileList,
  Resource,
  SchoolDevice,
  SchoolDeviceBody,
  Version,
} from './types';

const get = <T>(slug: string, rest: string, query: Query = {}) => request<T>('GET', withQuery(url(slug, rest), query));
const post = <T>(slug: string, rest: string, body?: unknown) => request<T>('POST', url(slug, rest), body ?? {});

/** GET /catalogue/changes answers one band's object when asked for one, a list otherwise. */
function asList(answer: BandChanges | BandChanges[] | { items: BandChanges[] }): BandChanges[] {
  if (Array.isArray(answer)) return answer;
  if ('items' in answer && Array.isArray(answer.items)) return answer.items;
  return [answer as BandChanges];
}

export const imagesApi = {
  profiles: (slug: string, schoolYearId?: string) => get<ProfileList>(slug, 'catalogue/profiles', { schoolYearId }),
  createProfile: (slug: string, band: string, schoolYearId: string) =>
    post<Profile>(slug, 'catalogue/profiles', { band, schoolYearId }),
  openVersion: (slug: string, profileId: string) =>
    post<Version>(slug, `catalogue/profiles/${enc(profileId)}/versions`),
  changes: async (slug: string) =>
    asList(await get<BandChanges | BandChanges[] | { items: BandChanges[] }>(slug, 'catalogue/changes')),

  version: (slug: string, id: string) => get<Version>(slug, `catalogue/versions/${enc(id)}`),
  debianCheck: (slug: string, id: string) => get<DebianCheck>(slug, `catalogue/versions/${enc(id)}/debian-check`),
  diff: (slug: string, id: string) => get<Diff>(slug, `catalogue/versions/${enc(id)}/diff`),
  addItem: (slug: string, id: string, resourceId: string) =>
    post<Version>(slug, `catalogue/versions/${enc(id)}/items`, { resourceId }),
  removeItem: (slug: string, id: string, resourceId: string) =>
    request<Version>('DELETE', url(slug, `catalogue/versions/${enc(id)}/items/${enc(resourceId)}`)),
  approve: (slug: string, id: string) => post<Version>(slug, `catalogue/versions/${enc(id)}/approve`),
  publish: (slug: string, id: string) => post<Version>(slug, `catalogue/versions/${enc(id)}/publish`),
  /** Every accepted resource (all pages), to choose from when building a version. */
  acceptedResources: (slug: string) =>
    allPages((page) =>
      get<{ items: Resource[]; nextCursor: string | null }>(slug, 'catalogue/resources', {
        status: 'accepted',
        ...page,
      }),
    ),
  manifests: (slug: string) => get<{ items: ManifestItem[] }>(slug, 'catalogue/manifests'),
  manifestFileUrl: (slug: string, hash: string, file: 'script' | 'playbook' | 'packages') =>
    url(slug, `catalogue/manifests/${enc(hash)}/${file}`),

  debianIndexes: (slug: string) => get<DebianIndexList>(slug, 'catalogue/debian-indexes'),
  uploadIndex: (slug: string, file: File) =>
    sendFile<DebianIndex>(
      withQuery(url(slug, 'catalogue/debian-indexes'), { fileName: file.name }),
      file,
      /\.gz$/i.test(file.name) ? 'application/gzip' : 'application/octet-stream',
    ),
  loadFromMirror: (slug: string) => post<DebianIndex>(slug, 'catalogue/debian-indexes', { source: 'mirror' }),

  conformitySummary: (slug: string) => get<ConformitySummary>(slug, 'conformity/summary'),
  conformityDevices: (slug: string, query: { place?: string; schoolId?: string; status?: string; cursor?: string }) =>
    get<{ items: ConformityDevice[]; nextCursor: string | null }>(slug, 'conformity/devices', query),
  recompute: (slug: string) => post<ConformitySummary>(slug, 'conformity/recompute'),
  schoolDevices: (slug: string, schoolId: string, cursor?: string) =>
    get<{ items: SchoolDevice[]; nextCursor: string | null }>(slug, `schools/${enc(schoolId)}/devices`, { cursor }),
  registerSchoolDevice: (slug: string, schoolId: string, body: SchoolDeviceBody) =>
    post<SchoolDevice>(slug, `schools/${enc(schoolId)}/devices`, body),
};
