import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cartable_session';
export const LANGUAGE_COOKIE = 'cartable_lang';

/** 256 random bits, URL-safe: the value of the cookie. Only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
