/**
 * Lot references read LOT-2026-0012: the year the lot was declared (in the programme's time
 * zone) and the programme's lot counter, at least four digits. Short enough to read aloud or
 * pass to an inventory agent as `--tag`.
 */
const PREFIX = 'LOT';
const LOOSE_SHAPE = /^LOT[\s_-]*(\d{4})[\s_-]*(\d{1,9})$/;

export function formatLotReference(year: number, counter: number): string {
  return `${PREFIX}-${year}-${String(counter).padStart(4, '0')}`;
}

/**
 * The canonical reference for what a person typed or an agent sent: case, spaces, underscores,
 * missing dashes and missing leading zeros are forgiven ("lot 2026 12" → LOT-2026-0012).
 * undefined when it cannot be a lot reference.
 */
export function parseLotReference(raw: string): string | undefined {
  const match = LOOSE_SHAPE.exec(raw.trim().toUpperCase());
  if (!match) return undefined;
  const counter = Number(match[2]);
  if (counter < 1) return undefined;
  return formatLotReference(Number(match[1]), counter);
}
