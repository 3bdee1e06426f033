import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, UNAUTHORIZED_EVENT, api } from './api/client';
import { ROLES, type Me, type MeProgramme, type Role } from './api/types';
import { isLang, storedLang, useI18n, type Lang } from './i18n/i18n';

type Status = 'loading' | 'anonymous' | 'signed-in';

interface SessionValue {
  status: Status;
  me: Me | null;
  /** The programme and the role the person works in now (first ones unless they chose). */
  programme: MeProgramme | null;
  role: Role | null;
  signedIn(me: Me): void;
  signOut(): Promise<void>;
  chooseProgramme(slug: string): void;
  chooseRole(role: Role): void;
  /** Switches the language, remembers it on this device and, when signed in, in the account. */
  changeLanguage(lang: Lang): void;
}

const CONTEXT_STORAGE = 'cartable_context';
interface StoredContext {
  programme?: string;
  role?: string;
}

function readContext(): StoredContext {
  try {
    const raw = localStorage.getItem(CONTEXT_STORAGE);
    const v: unknown = raw ? JSON.parse(raw) : {};
    return typeof v === 'object' && v !== null ? (v as StoredContext) : {};
  } catch {
    return {};
  }
}

function writeContext(c: StoredContext): void {
  try {
    localStorage.setItem(CONTEXT_STORAGE, JSON.stringify(c));
  } catch {
    // Storage may be refused: the choice then lasts for this visit only.
  }
}

/** Roles in the order of the platform's list, once each (a role may be held for several organisations). */
export function rolesOf(programme: MeProgramme): Role[] {
  const held = new Set(programme.roles.map((r) => r.role));
  return ROLES.filter((r) => held.has(r));
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLang } = useI18n();
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [choice, setChoice] = useState<StoredContext>(readContext);

  const signedIn = useCallback(
    (next: Me) => {
      setMe(next);
      setStatus('signed-in');
      // The account's language applies when this device has no choice of its own.
      if (!storedLang() && isLang(next.user.locale)) setLang(next.user.locale);
    },
    [setLang],
  );

  useEffect(() => {
    let live = true;
    api
      .me()
      .then((m) => live && signedIn(m))
      .catch((e: unknown) => {
        if (!live) return;
        if (!(e instanceof ApiError) || e.status !== 401) console.error(e);
        setStatus('anonymous');
      });
    return () => {
      live = false;
    };
  }, [signedIn]);

  useEffect(() => {
    const lost = () => {
      setMe(null);
      setStatus('anonymous');
    };
    window.addEventListener(UNAUTHORIZED_EVENT, lost);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, lost);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setMe(null);
      setStatus('anonymous');
    }
  }, []);

  const programme = useMemo(() => {
    const list = me?.programmes ?? [];
    return list.find((p) => p.slug === choice.programme) ?? list[0] ?? null;
  }, [me, choice.programme]);

  const role = useMemo(() => {
    if (!programme) return null;
    const held = rolesOf(programme);
    return held.find((r) => r === choice.role) ?? held[0] ?? null;
  }, [programme, choice.role]);

  const chooseProgramme = useCallback((slug: string) => {
    setChoice((c) => {
      const next = { ...c, programme: slug };
      writeContext(next);
      return next;
    });
  }, []);

  const chooseRole = useCallback((r: Role) => {
    setChoice((c) => {
      const next = { ...c, role: r };
      writeContext(next);
      return next;
    });
  }, []);

  const changeLanguage = useCallback(
    (lang: Lang) => {
      setLang(lang);
      if (status === 'signed-in') {
        api
          .updateMe({ locale: lang })
          .then((m) => setMe(m))
          .catch((e: unknown) => console.error(e));
      }
    },
    [setLang, status],
  );

  const value = useMemo<SessionValue>(
    () => ({ status, me, programme, role, signedIn, signOut, chooseProgramme, chooseRole, changeLanguage }),
    [status, me, programme, role, signedIn, signOut, chooseProgramme, chooseRole, changeLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export function useCan(permission: string): boolean {
  return useSession().programme?.permissions.includes(permission) ?? false;
}
