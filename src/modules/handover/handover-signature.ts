import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { handoverMessages } from './handover.messages.js';
import { SIGNATURE_MAX_BYTES, checkSignaturePng } from './signature-png.js';

export type SignatureInput = { kind: 'drawn'; pngBase64: string } | { kind: 'typed'; consent?: boolean | undefined };
export type CheckedSignature = { kind: 'drawn'; png: Buffer } | { kind: 'typed' };

/** What a canvas's toDataURL() gives starts with this; the bare base64 is accepted too. */
const DATA_URL_PREFIX = /^data:image\/png;base64,/i;

/**
 * The guardian's signature, checked before anything is written: a drawn signature must be a
 * real, non-blank PNG of at most 200 KB; a typed one needs the explicit consent (the typed name
 * is the signer's name).
 */
export function checkSignature(input: SignatureInput, lang: Language): CheckedSignature {
  const m = handoverMessages(lang).errors;
  if (input.kind === 'typed') {
    if (input.consent !== true) {
      throw new AppError('SIGNATURE_REQUIRED', {
        detail: m.consentMissing,
        fields: [{ field: 'body.signature.consent', code: 'consent_required', message: m.consentMissing }],
      });
    }
    return { kind: 'typed' };
  }
  const field = 'body.signature.pngBase64';
  const base64 = input.pngBase64.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  const png = /^[A-Za-z0-9+/]*={0,2}$/.test(base64) ? Buffer.from(base64, 'base64') : Buffer.alloc(0);
  const check = checkSignaturePng(png);
  if (check.ok) return { kind: 'drawn', png };
  switch (check.reason) {
    case 'too_large':
      throw new AppError('PAYLOAD_TOO_LARGE', {
        detail: m.signatureTooLarge,
        params: { maxBytes: SIGNATURE_MAX_BYTES },
        fields: [{ field, code: 'too_large', message: m.signatureTooLarge }],
      });
    case 'blank':
      throw new AppError('SIGNATURE_REQUIRED', {
        detail: m.signatureBlank,
        fields: [{ field, code: 'signature_blank', message: m.signatureBlank }],
      });
    case 'dimensions': {
      const message = format(m.signatureDimensions, { width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
      throw new AppError('VALIDATION_FAILED', { fields: [{ field, code: 'png_dimensions', message }] });
    }
    default: {
      const message =
        check.reason === 'not_png'
          ? m.signatureNotPng
          : check.reason === 'unsupported'
            ? m.signatureUnsupported
            : m.signatureCorrupt;
      throw new AppError('VALIDATION_FAILED', { fields: [{ field, code: `png_${check.reason}`, message }] });
    }
  }
}
