import type { NistLevel } from './erasure.model.js';

/**
 * What an nwipe method does to a disk, and the NIST SP 800-88 Rev. 2 level it reaches:
 * - overwrites through the normal read/write interface (zeros, ones, a PRNG stream, DoD,
 *   Gutmann, RCMP, HMG IS5, Schneier, BMB) reach Clear, however many passes they make;
 * - the drive's own sanitise commands (ATA/NVMe secure erase, sanitize crypto/block/overwrite)
 *   reach Purge, as far as the firmware does what it claims;
 * - "Verify Zeros" / "Verify Ones" only read the disk back: they erase nothing ('check').
 * Labels are compared case-insensitively with runs of spaces folded ("Verify Ones  (0xFF)").
 */
export type MethodKind =
  { kind: 'erasure'; level: Exclude<NistLevel, 'destroy'> } | { kind: 'check' } | { kind: 'unknown' };

const clear = { kind: 'erasure', level: 'clear' } as const;
const purge = { kind: 'erasure', level: 'purge' } as const;
const check = { kind: 'check' } as const;

const nwipeMethods: Record<string, MethodKind> = {
  'fill with zeros': clear,
  'quick erase': clear,
  'fill with ones': clear,
  'prng stream': clear,
  'dod short': clear,
  'dod 5220.22-m': clear,
  'gutmann wipe': clear,
  'rcmp tssit ops-ii': clear,
  'hmg is5 enhanced': clear,
  'bruce schneier 7-pass': clear,
  'bmb21-2019': clear,
  'secure erase (ata/nvme)': purge,
  'secure erase + prng + verify': purge,
  'sanitize crypto erase (ata/scsi/nvme)': purge,
  'sanitize block erase (ata/scsi/nvme)': purge,
  'sanitize overwrite (ata/scsi/nvme)': purge,
  'verify zeros (0x00)': check,
  'verify ones (0xff)': check,
};

export function classifyNwipeMethod(label: string): MethodKind {
  return nwipeMethods[label.trim().replace(/\s+/g, ' ').toLowerCase()] ?? { kind: 'unknown' };
}
