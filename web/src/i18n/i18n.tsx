import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type Lang = 'fr' | 'en';
export const languages: readonly Lang[] = ['fr', 'en'];
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** Read by the server too (error titles, mails): keep the name in sync with LANGUAGE_COOKIE. */
export const LANG_COOKIE = 'cartable_lang';
const LANG_STORAGE = 'cartable_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function isLang(v: unknown): v is Lang {
  return v === 'fr' || v === 'en';
}

export function format(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogues[lang][key] ?? catalogues.fr[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const p = part.trim();
    if (p.startsWith(prefix)) return decodeURIComponent(p.slice(prefix.length));
  }
  return undefined;
}

/** The language chosen on this device, if any (cookie first: the server reads the same one). */
export function storedLang(): Lang | undefined {
  const fromCookie = readCookie(LANG_COOKIE);
  if (isLang(fromCookie)) return fromCookie;
  try {
    const fromStorage = localStorage.getItem(LANG_STORAGE);
    if (isLang(fromStorage)) return fromStorage;
  } catch {
    // Private browsing may forbid storage: the cookie is enough.
  }
  return undefined;
}

function storeLang(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; max-age=${ONE_YEAR_SECONDS}; path=/; SameSite=Lax`;
  try {
    localStorage.setItem(LANG_STORAGE, lang);
  } catch {
    // Ignored: see storedLang.
  }
}

interface I18nValue {
  lang: Lang;
  t: Translate;
  /** Changes the language and remembers it on this device. */
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => storedLang() ?? 'fr');
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => format(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The translate function: every visible string goes through it. */
export function useT(): Translate {
  return useI18n().t;
}
