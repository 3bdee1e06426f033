import { en } from './messages.en.js';
import { fr, type Messages } from './messages.fr.js';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

const catalogues: Record<Language, Messages> = { fr, en };

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (languages as readonly string[]).includes(v);
}

/** A person's stored locale as a supported language (French when unset or unknown). */
export function languageOf(locale: string | null | undefined): Language {
  return isLanguage(locale) ? locale : defaultLanguage;
}

/** The catalogue of a language; French when the language is unknown. */
export function messages(lang: Language): Messages {
  return catalogues[lang] ?? catalogues[defaultLanguage];
}

/** Replaces {name} placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/**
 * Picks the response language: the explicit cookie choice first (the web app's switch), then the
 * Accept-Language header, then French.
 */
export function negotiateLanguage(cookieValue: string | undefined, acceptLanguage: string | undefined): Language {
  if (isLanguage(cookieValue)) return cookieValue;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...rest] = part.trim().split(';');
        const q = rest.find((r) => r.trim().startsWith('q='));
        return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
      })
      .filter((x) => Number.isFinite(x.q) && x.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const { lang } of ranked) if (isLanguage(lang)) return lang;
  }
  return defaultLanguage;
}
