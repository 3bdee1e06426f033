import { useSession } from '../../session';
import { useLoad, type Loaded } from '../../components/useLoad';
import { workshopApi } from './api';

/** The parts of a programme the workshop pages read (settings come from GET /programmes/:slug). */
export interface Programme {
  id: string;
  slug: string;
  name: string;
  settings: { checklist: string[]; assetTagPrefix: string; stuckAfterDays: number };
}

/** The current programme's slug; the pages only render once the session knows it. */
export function useSlug(): string {
  return useSession().programme?.slug ?? '';
}

export function useProgramme(): Loaded<Programme> {
  const slug = useSlug();
  return useLoad(`programme|${slug}`, () => workshopApi.programme(slug));
}
