import { allPages } from '../../components/morePages';
import { enc, programmeUrl as url, request, withQuery, type Query } from '../families/http';
import type {
  BandChanges,
  Proposal,
  ProposalBody,
  ProposalComment,
  ProposalDetail,
  Resource,
  ResourceDetail,
  ResourceInput,
  SchoolYear,
  VoteValue,
} from './types';

const get = <T>(slug: string, rest: string, query: Query = {}) => request<T>('GET', withQuery(url(slug, rest), query));
const send = <T>(method: string, slug: string, rest: string, body?: unknown) =>
  request<T>(method, url(slug, rest), body ?? {});

export interface ResourceQuery {
  grade?: string;
  subject?: string;
  kind?: string;
  status?: string;
  q?: string;
}

export const catalogueApi = {
  resources: (slug: string, query: ResourceQuery & { cursor?: string }) =>
    get<{ items: Resource[]; nextCursor: string | null }>(slug, 'catalogue/resources', { ...query }),
  /** Every resource of the query (all pages), to choose from. */
  allResources: (slug: string, query: ResourceQuery) =>
    allPages((page) =>
      get<{ items: Resource[]; nextCursor: string | null }>(slug, 'catalogue/resources', { ...query, ...page }),
    ),
  resource: (slug: string, id: string) => get<ResourceDetail>(slug, `catalogue/resources/${enc(id)}`),
  createResource: (slug: string, body: ResourceInput) => send<Resource>('POST', slug, 'catalogue/resources', body),
  updateResource: (slug: string, id: string, body: Partial<ResourceInput>) =>
    send<Resource>('PATCH', slug, `catalogue/resources/${enc(id)}`, body),
  verifyContent: (slug: string, id: string) =>
    send<Resource>('POST', slug, `catalogue/resources/${enc(id)}/verify-content`),

  proposals: (slug: string, query: { status?: string; band?: string; schoolYearId?: string }) =>
    get<{ items: Proposal[] }>(slug, 'catalogue/proposals', { ...query }),
  proposal: (slug: string, id: string) => get<ProposalDetail>(slug, `catalogue/proposals/${enc(id)}`),
  propose: (slug: string, body: ProposalBody) => send<Proposal>('POST', slug, 'catalogue/proposals', body),
  vote: (slug: string, id: string, value: VoteValue) =>
    send<unknown>('PUT', slug, `catalogue/proposals/${enc(id)}/vote`, { value }),
  unvote: (slug: string, id: string) => request<unknown>('DELETE', url(slug, `catalogue/proposals/${enc(id)}/vote`)),
  comment: (slug: string, id: string, body: string) =>
    send<ProposalComment>('POST', slug, `catalogue/proposals/${enc(id)}/comments`, { body }),
  decide: (slug: string, id: string, decision: 'accept' | 'reject', reason: string) =>
    send<Proposal>('POST', slug, `catalogue/proposals/${enc(id)}/decision`, { decision, reason }),
  withdraw: (slug: string, id: string) => send<Proposal>('POST', slug, `catalogue/proposals/${enc(id)}/withdraw`),

  schoolYears: (slug: string) => get<{ items: SchoolYear[] }>(slug, 'school-years'),
  bandChanges: (slug: string, band: string) => get<BandChanges>(slug, 'catalogue/changes', { band }),
};
