/**
 * Debian version comparison, as dpkg does it (deb-version(7)): [epoch:]upstream[-revision].
 * Epochs compare as numbers; upstream and revision compare by alternating non-digit and digit
 * runs, where letters sort before non-letters and `~` sorts before everything, even the end.
 */
export interface DebianVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

export function parseDebianVersion(version: string): DebianVersion | null {
  const v = version.trim();
  if (!v || /\s/.test(v)) return null;
  const colon = v.indexOf(':');
  let epoch = 0;
  let rest = v;
  if (colon >= 0) {
    const e = v.slice(0, colon);
    if (!/^\d+$/.test(e)) return null;
    epoch = Number(e);
    rest = v.slice(colon + 1);
  }
  const dash = rest.lastIndexOf('-');
  const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
  const revision = dash >= 0 ? rest.slice(dash + 1) : '';
  if (!/^[0-9][A-Za-z0-9.+~:-]*$/.test(upstream)) return null;
  if (dash >= 0 && !/^[A-Za-z0-9.+~]+$/.test(revision)) return null;
  return { epoch, upstream, revision };
}

function order(c: string | undefined): number {
  if (c === undefined) return 0;
  if (c === '~') return -1;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  return c.charCodeAt(0) + 256;
}

function comparePart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // Non-digit run, character by character.
    while ((i < a.length && !/\d/.test(a[i]!)) || (j < b.length && !/\d/.test(b[j]!))) {
      const ac = i < a.length && !/\d/.test(a[i]!) ? a[i] : undefined;
      const bc = j < b.length && !/\d/.test(b[j]!) ? b[j] : undefined;
      const diff = order(ac) - order(bc);
      if (diff !== 0) return diff;
      if (ac !== undefined) i += 1;
      if (bc !== undefined) j += 1;
    }
    // Digit run, as a number (leading zeros do not count).
    let an = '';
    let bn = '';
    while (i < a.length && /\d/.test(a[i]!)) an += a[i++];
    while (j < b.length && /\d/.test(b[j]!)) bn += b[j++];
    an = an.replace(/^0+/, '');
    bn = bn.replace(/^0+/, '');
    if (an.length !== bn.length) return an.length - bn.length;
    if (an !== bn) return an < bn ? -1 : 1;
  }
  return 0;
}

/** Negative when a is older than b, 0 when equal, positive when newer. Throws on an invalid version. */
export function compareDebianVersions(a: string, b: string): number {
  const va = parseDebianVersion(a);
  const vb = parseDebianVersion(b);
  if (!va || !vb) throw new Error(`Not a Debian version: ${!va ? a : b}`);
  if (va.epoch !== vb.epoch) return va.epoch - vb.epoch;
  const up = comparePart(va.upstream, vb.upstream);
  if (up !== 0) return Math.sign(up);
  return Math.sign(comparePart(va.revision, vb.revision));
}
