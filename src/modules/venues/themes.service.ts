import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { householdLanguages } from '../households/household-input.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { defaultTrainingThemes } from './default-themes.js';
import {
  type ThemeRow,
  findThemeByCode,
  findThemeRow,
  insertThemeRow,
  listThemeRows,
  maxThemePosition,
  updateThemeRow,
} from './themes.repository.js';
import { venueMessages } from './venues.messages.js';

export { defaultTrainingThemes } from './default-themes.js';

export interface Theme {
  id: string;
  code: string;
  titles: Record<string, string>;
  descriptions: Record<string, string>;
  languages: string[];
  position: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewTheme {
  code: string;
  titles: Record<string, string>;
  descriptions: Record<string, string>;
  languages: string[];
  position?: number | undefined;
  active?: boolean | undefined;
}

export interface ThemeChanges {
  titles?: Record<string, string> | undefined;
  descriptions?: Record<string, string> | undefined;
  languages?: string[] | undefined;
  position?: number | undefined;
  active?: boolean | undefined;
}

/** Texts are always written in French; other languages are the programme's. */
const REQUIRED_LANGUAGE = 'fr';
/** Languages a workshop can be given in: the ISO 639-1 codes of the families' languages. */
const KNOWN_LANGUAGES = new Set<string>(householdLanguages);

export function toTheme(row: ThemeRow): Theme {
  return {
    id: row.id,
    code: row.code,
    titles: JSON.parse(row.titles) as Record<string, string>,
    descriptions: JSON.parse(row.descriptions) as Record<string, string>,
    languages: JSON.parse(row.languages) as string[],
    position: row.position,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkTexts(
  field: 'titles' | 'descriptions',
  texts: Record<string, string>,
  programmeLanguages: readonly string[],
  lang: Language,
): FieldError[] {
  const m = venueMessages(lang);
  const allowed = new Set([REQUIRED_LANGUAGE, ...programmeLanguages]);
  const errors: FieldError[] = [];
  if (!texts[REQUIRED_LANGUAGE]?.trim()) {
    errors.push({ field: `body.${field}.${REQUIRED_LANGUAGE}`, code: 'required', message: m.french_required });
  }
  for (const [code, text] of Object.entries(texts)) {
    const at = `body.${field}.${code}`;
    if (!allowed.has(code)) {
      errors.push(
        KNOWN_LANGUAGES.has(code)
          ? {
              field: at,
              code: 'language_not_in_programme',
              message: format(m.language_not_in_programme, { language: code, languages: [...allowed].join(', ') }),
            }
          : { field: at, code: 'unknown_language', message: format(m.language_unknown, { language: code }) },
      );
    } else if (code !== REQUIRED_LANGUAGE && !text.trim()) {
      errors.push({ field: at, code: 'text_empty', message: m.text_empty });
    }
  }
  return errors;
}

function checkLanguages(codes: readonly string[], lang: Language): FieldError[] {
  const m = venueMessages(lang);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    const at = `body.languages.${i}`;
    if (!KNOWN_LANGUAGES.has(code)) {
      errors.push({ field: at, code: 'unknown_language', message: format(m.language_unknown, { language: code }) });
    } else if (seen.has(code)) {
      errors.push({ field: at, code: 'language_twice', message: format(m.language_twice, { language: code }) });
    }
    seen.add(code);
  });
  return errors;
}

function trimmed(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.trim()]));
}

async function checkThemeInput(db: Executor, programmeId: string, input: ThemeChanges, lang: Language): Promise<void> {
  const programme = await getProgramme(db, programmeId);
  const errors = [
    ...(input.titles ? checkTexts('titles', input.titles, programme.languages, lang) : []),
    ...(input.descriptions ? checkTexts('descriptions', input.descriptions, programme.languages, lang) : []),
    ...(input.languages ? checkLanguages(input.languages, lang) : []),
  ];
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { fields: errors });
}

/** The catalogue in its order; `active` keeps only the active (true) or inactive (false) themes. */
export async function listThemes(
  db: Executor,
  programmeId: string,
  query: { active?: boolean | undefined } = {},
): Promise<Theme[]> {
  return (await listThemeRows(db, programmeId, query)).map(toTheme);
}

/** One theme of the programme; THEME_NOT_FOUND otherwise (sessions use it too). */
export async function getTheme(db: Executor, programmeId: string, themeId: string): Promise<Theme> {
  const row = await findThemeRow(db, programmeId, themeId);
  if (!row) throw new AppError('THEME_NOT_FOUND');
  return toTheme(row);
}

export async function createTheme(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: NewTheme,
  lang: Language = defaultLanguage,
): Promise<Theme> {
  await checkThemeInput(trx, programmeId, input, lang);
  if (await findThemeByCode(trx, programmeId, input.code)) {
    throw new AppError('CONFLICT', {
      fields: [
        {
          field: 'body.code',
          code: 'theme_code_taken',
          message: format(venueMessages(lang).theme_code_taken, { code: input.code }),
        },
      ],
    });
  }
  const now = nowIso();
  const id = newId();
  const theme = {
    code: input.code,
    titles: trimmed(input.titles),
    descriptions: trimmed(input.descriptions),
    languages: input.languages,
    position: input.position ?? (await maxThemePosition(trx, programmeId)) + 1,
    active: input.active ?? true,
  };
  await insertThemeRow(trx, {
    id,
    programme_id: programmeId,
    code: theme.code,
    titles: JSON.stringify(theme.titles),
    descriptions: JSON.stringify(theme.descriptions),
    languages: JSON.stringify(theme.languages),
    position: theme.position,
    active: theme.active ? 1 : 0,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_theme',
    entityId: id,
    action: 'created',
    summary: { code: theme.code, title: theme.titles.fr, languages: theme.languages, active: theme.active },
  });
  return getTheme(trx, programmeId, id);
}

/** Changes a theme. Titles and descriptions are replaced as a whole (French still required). */
export async function updateTheme(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  themeId: string,
  changes: ThemeChanges,
  lang: Language = defaultLanguage,
): Promise<Theme> {
  const current = await getTheme(trx, programmeId, themeId);
  await checkThemeInput(trx, programmeId, changes, lang);
  const next = {
    titles: changes.titles ? trimmed(changes.titles) : current.titles,
    descriptions: changes.descriptions ? trimmed(changes.descriptions) : current.descriptions,
    languages: changes.languages ?? current.languages,
    position: changes.position ?? current.position,
    active: changes.active ?? current.active,
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => !same(next[k], current[k]));
  if (changed.length === 0) return current;
  await updateThemeRow(trx, programmeId, themeId, {
    titles: JSON.stringify(next.titles),
    descriptions: JSON.stringify(next.descriptions),
    languages: JSON.stringify(next.languages),
    position: next.position,
    active: next.active ? 1 : 0,
    updated_at: nowIso(),
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_theme',
    entityId: themeId,
    action: 'updated',
    summary: {
      code: current.code,
      changes: Object.fromEntries(changed.map((k) => [k, { from: current[k], to: next[k] }])),
    },
  });
  return getTheme(trx, programmeId, themeId);
}

/**
 * Adds the default catalogue (defaultTrainingThemes) to a programme: the themes whose code is
 * not there yet, with the texts in the programme's languages. Running it twice adds nothing.
 */
export async function createDefaultThemes(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  lang: Language = defaultLanguage,
): Promise<Theme[]> {
  const programme = await getProgramme(trx, programmeId);
  const keep = new Set([REQUIRED_LANGUAGE, ...programme.languages]);
  const pick = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).filter(([k]) => keep.has(k)));
  const created: Theme[] = [];
  for (const theme of defaultTrainingThemes()) {
    if (await findThemeByCode(trx, programmeId, theme.code)) continue;
    created.push(
      await createTheme(
        trx,
        programmeId,
        actor,
        {
          code: theme.code,
          titles: pick(theme.titles),
          descriptions: pick(theme.descriptions),
          languages: theme.languages,
        },
        lang,
      ),
    );
  }
  return created;
}
