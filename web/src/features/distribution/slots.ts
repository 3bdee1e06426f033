import { familiesApi } from '../families/api';
import type { DistributionEvent, Slot } from '../families/types';

export interface SlotChoice extends Slot {
  event: DistributionEvent;
}

/** Every slot of a campaign's events, with its event, in time order. */
export async function loadCampaignSlots(slug: string, campaignId: string): Promise<SlotChoice[]> {
  const events = await familiesApi.events(slug, campaignId);
  const full = await Promise.all(events.items.map((e) => familiesApi.event(slug, e.id)));
  return full
    .flatMap((event) => (event.slots ?? []).map((s) => ({ ...s, event })))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
