import type { ErasureResult, RecordedNistLevel, VerificationMode } from './erasure.model.js';
import { classifyNwipeMethod } from './nist-level.js';
import type { NwipeDisk } from './nwipe-log.js';

export interface NwipeVerdict {
  result: ErasureResult;
  isProof: boolean;
  nistLevel: RecordedNistLevel;
  verification: VerificationMode;
  /** Plain French words, kept with the record and printed on the donor certificate. */
  failureReason: string | null;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

function errorReasons(disk: NwipeDisk): string[] {
  const reasons: string[] = [];
  if (disk.passErrors > 0)
    reasons.push(count(disk.passErrors, 'erreur pendant les passes', 'erreurs pendant les passes'));
  if (disk.verifyErrors > 0) {
    reasons.push(count(disk.verifyErrors, 'erreur de vérification', 'erreurs de vérification'));
  }
  if (disk.fsyncErrors > 0) {
    reasons.push(count(disk.fsyncErrors, 'erreur d’écriture sur le disque', 'erreurs d’écriture sur le disque'));
  }
  return reasons;
}

/**
 * Decides what one disk of an nwipe log proves, exactly as the protocol says: proof only when
 * nwipe's Drive Status is "Erased", there is no pass, verification or fdatasync error, the last
 * pass (or every pass) was read back (VL or VA), and the method actually erases. A read-back-only
 * method ("Verify Zeros") is recorded as a check: 'verified' when it passed, 'failed' when it found
 * data; neither is a proof.
 */
export function decideNwipeDisk(disk: NwipeDisk): NwipeVerdict {
  const method = classifyNwipeMethod(disk.run.method);
  const verification = disk.run.verify;
  const nistLevel: RecordedNistLevel = method.kind === 'erasure' ? method.level : 'none';
  const errors = errorReasons(disk);
  const verdict = (result: ErasureResult, reasons: string[]): NwipeVerdict => ({
    result,
    isProof: false,
    nistLevel,
    verification,
    failureReason: reasons.join(' ; '),
  });

  if (disk.status === 'aborted') return verdict('aborted', ['effacement interrompu avant la fin', ...errors]);
  if (disk.status === 'insanity') return verdict('failed', ['nwipe signale un état incohérent (INSANITY)', ...errors]);
  if (disk.status === 'failed' || errors.length > 0) {
    const found = method.kind === 'check' && disk.verifyErrors > 0 ? ['le disque n’est pas vide'] : [];
    return verdict('failed', errors.length > 0 ? [...errors, ...found] : ['nwipe signale un échec (-FAILED-)']);
  }
  if (method.kind === 'check') {
    return verdict('verified', [`« ${disk.run.method} » relit le disque sans l’effacer : ce n’est pas un effacement`]);
  }
  if (method.kind === 'unknown') {
    return verdict('failed', [`méthode inconnue « ${disk.run.method} » : elle ne peut pas servir de preuve`]);
  }
  if (verification === 'none') {
    return verdict('failed', ['effacement sans vérification (verify = 0) : ce n’est pas une preuve']);
  }
  return { result: 'erased', isProof: true, nistLevel, verification, failureReason: null };
}
