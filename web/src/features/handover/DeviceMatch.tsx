import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n';
import type { DeskMatch, DeviceRef } from '../families/types';
import { sameTag } from './scan';

export type MatchState = 'waiting' | 'match' | 'mismatch' | 'no_reservation';

export function matchState(lookup: DeskMatch, scanned: DeviceRef | null): MatchState {
  if (!scanned) return 'waiting';
  if (!lookup.allocation) return 'no_reservation';
  return sameTag(scanned.assetTag, lookup.allocation.assetTag) ? 'match' : 'mismatch';
}

/**
 * Whether the computer in the guardian's hands is the one reserved for the family: colour,
 * pictogram AND a sentence, announced to screen readers when it changes.
 */
export function DeviceMatch({ lookup, scanned }: { lookup: DeskMatch; scanned: DeviceRef | null }) {
  const t = useT();
  const state = matchState(lookup, scanned);
  const reserved = lookup.allocation?.assetTag;
  const icon = state === 'match' ? 'ok' : state === 'waiting' ? 'scan' : 'warning';
  const text =
    state === 'match'
      ? t('desk.match', { tag: scanned?.assetTag ?? '' })
      : state === 'mismatch'
        ? t('desk.mismatch', { scanned: scanned?.assetTag ?? '', reserved: reserved ?? '' })
        : state === 'no_reservation'
          ? t('desk.noReservation', { scanned: scanned?.assetTag ?? '' })
          : reserved
            ? t('desk.scanDevice', { tag: reserved })
            : t('desk.scanAnyDevice');
  return (
    <div className={`device-match device-match-${state}`} role="status" aria-live="polite">
      <Icon name={icon} size={40} />
      <div>
        <p className="device-match-word">
          <strong>
            {state === 'match'
              ? t('desk.matchWord')
              : state === 'waiting'
                ? t('desk.waitingWord')
                : t('desk.mismatchWord')}
          </strong>
        </p>
        <p>{text}</p>
      </div>
    </div>
  );
}
