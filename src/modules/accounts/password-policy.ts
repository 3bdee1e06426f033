import { AppError, type FieldError } from '../../platform/errors.js';
import { format, type Language, messages } from '../../platform/i18n/i18n.js';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * Passwords people pick first (leaked-password lists, French and English). Length alone already
 * refuses most of the top of those lists; these are the long ones that remain.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  '1234567891',
  '123456789a',
  'a123456789',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'azertyuiop',
  'azerty1234',
  'azerty12345',
  'azerty123456',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'motdepasse',
  'motdepasse1',
  'motdepasse123',
  'iloveyou12',
  'jetaime1234',
  'soleil1234',
  'bonjour123',
  'bonjour1234',
  'football123',
  'doudou1234',
  'chouchou123',
  'marseille13',
  'abcdefghij',
  'abcdef1234',
  'aaaaaaaaaa',
  '0000000000',
  '1111111111',
  'administrateur',
  'administrator',
  'cartable123',
  'cartable2026',
  'changeme123',
  'welcome123',
  'bienvenue1',
  'bienvenue123',
]);

/** What is wrong with a new password, in plain words; empty when it is acceptable. */
export function checkPassword(
  password: string,
  email: string,
  lang: Language,
  field = 'body.newPassword',
): FieldError[] {
  const m = messages(lang).password;
  const errors: FieldError[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    errors.push({ field, code: 'too_short', message: format(m.too_short, { minimum: PASSWORD_MIN_LENGTH }) });
  }
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || /^(.)\1+$/.test(password)) {
    errors.push({ field, code: 'too_common', message: m.too_common });
  }
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 3 && lowered.includes(localPart)) {
    errors.push({ field, code: 'contains_email', message: m.contains_email });
  }
  return errors;
}

/** Throws WEAK_PASSWORD with the reasons under `field` when the password is not acceptable. */
export function assertStrongPassword(password: string, email: string, lang: Language, field: string): void {
  const problems = checkPassword(password, email, lang, field);
  if (problems.length > 0) throw new AppError('WEAK_PASSWORD', { fields: problems });
}
