import '../families/families.css';
import './cards.css';
import { useState, type FormEvent } from 'react';
import { Field, SubmitButton } from '../../components/Form';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useI18n, type Lang } from '../../i18n/i18n';
import { Link } from '../../router';
import { Outcome } from '../families/parts';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { cardsApi, type ThemeBody } from './api';
import { textOf, useFormRun } from './forms';
import { TextAreaField, themeTitle } from './parts';
import type { Theme } from './types';

type Outcome = { ok: boolean; text: string } | null;

/** "fr, ar" → "français, arabe" in the reader's language (the code itself when unknown). */
export function languageNames(codes: readonly string[], lang: Lang): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang], { type: 'language' });
  } catch {
    names = null;
  }
  return codes.map((c) => names?.of(c) ?? c).join(', ');
}

/** /lieux/themes — the catalogue of workshop themes: titles and descriptions per language, languages offered. */
export function ThemesPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const themes = useLive(`themes|${slug}|${version}`, () => cardsApi.themes(slug));
  const changed = (o: Outcome) => {
    setOutcome(o);
    setVersion((n) => n + 1);
  };
  return (
    <Page title={t('themeAdmin.title')} intro={t('themeAdmin.intro')} wide>
      <p>
        <Link to="/lieux">{t('venuePage.back')}</Link>
      </p>
      <Outcome outcome={outcome} />
      <section aria-labelledby="themes-list">
        <h2 id="themes-list">{t('themeAdmin.list')}</h2>
        <LoadState result={themes} isEmpty={(d) => d.items.length === 0} empty={t('themeAdmin.empty')}>
          {(data) => (
            <ul className="plain-list theme-list">
              {[...data.items]
                .sort((a, b) => a.position - b.position)
                .map((theme) => (
                  <ThemeItem key={`${theme.id}|${theme.updatedAt}`} theme={theme} onChanged={changed} />
                ))}
            </ul>
          )}
        </LoadState>
      </section>
      <section className="panel" aria-labelledby="theme-new">
        <h2 id="theme-new">{t('themeAdmin.new')}</h2>
        <ThemeForm
          prefix="theme-new-"
          submitLabel={t('themeAdmin.create')}
          onSubmit={async (body) => {
            const theme = await cardsApi.createTheme(slug, body);
            changed({ ok: true, text: t('themeAdmin.created', { title: themeTitle(theme, 'fr') }) });
          }}
        />
      </section>
    </Page>
  );
}

function ThemeItem({ theme, onChanged }: { theme: Theme; onChanged(o: Outcome): void }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const [error, setError] = useState('');
  const title = themeTitle(theme, lang);
  const toggle = async () => {
    setError('');
    try {
      await cardsApi.updateTheme(slug, theme.id, { active: !theme.active });
      onChanged({ ok: true, text: t(theme.active ? 'themeAdmin.deactivated' : 'themeAdmin.activated', { title }) });
    } catch (err) {
      setError(problemMessage(err, t));
    }
  };
  return (
    <li className="household-card theme-item">
      <h3>{title}</h3>
      <dl className="facts-list">
        <div>
          <dt>{t('themeAdmin.code')}</dt>
          <dd>{theme.code}</dd>
        </div>
        <div>
          <dt>{t('themeAdmin.languages')}</dt>
          <dd>{languageNames(theme.languages, lang)}</dd>
        </div>
        <div>
          <dt>{t('themeAdmin.status')}</dt>
          <dd>{theme.active ? t('themeAdmin.active') : t('themeAdmin.inactive')}</dd>
        </div>
      </dl>
      <p>{theme.descriptions[lang] || theme.descriptions.fr || ''}</p>
      <p>
        <button
          type="button"
          className={theme.active ? 'button button-danger' : 'button'}
          onClick={() => void toggle()}
        >
          {t(theme.active ? 'themeAdmin.deactivate' : 'themeAdmin.activate', { title })}
        </button>
      </p>
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
      <details>
        <summary>{t('themeAdmin.editTheme', { title })}</summary>
        <ThemeForm
          theme={theme}
          prefix={`theme-${theme.id}-`}
          submitLabel={t('cards.common.save')}
          onSubmit={async (body) => {
            const saved = await cardsApi.updateTheme(slug, theme.id, body);
            onChanged({ ok: true, text: t('themeAdmin.saved', { title: themeTitle(saved, lang) }) });
          }}
        />
      </details>
    </li>
  );
}

const FIELDS = ['code', 'titles', 'descriptions', 'languages', 'position'] as const;

/** Keeps the texts of languages the form does not show (a programme may offer more than fr and en). */
function texts(before: Record<string, string> | undefined, fr: string | null, en: string | null) {
  const out: Record<string, string> = { ...(before ?? {}) };
  delete out.fr;
  delete out.en;
  if (fr) out.fr = fr;
  if (en) out.en = en;
  return out;
}

function ThemeForm({
  theme,
  prefix,
  submitLabel,
  onSubmit,
}: {
  theme?: Theme;
  prefix: string;
  submitLabel: string;
  onSubmit(body: ThemeBody): Promise<void>;
}) {
  const { t } = useI18n();
  const form = useFormRun(FIELDS, prefix);
  const id = (n: string) => `${prefix}${n}`;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const data = new FormData(el);
    const code = theme ? theme.code : textOf(data, id('code'));
    const titleFr = textOf(data, id('titleFr'));
    const languages = (textOf(data, id('languages')) ?? '')
      .split(/[\s,;]+/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const ok = form.check({
      code: !code && t('themeAdmin.codeMissing'),
      titleFr: !titleFr && t('themeAdmin.titleFrMissing'),
      languages: !languages.length && t('themeAdmin.languagesMissing'),
    });
    if (!ok) return;
    const body: ThemeBody = {
      titles: texts(theme?.titles, titleFr, textOf(data, id('titleEn'))),
      descriptions: texts(theme?.descriptions, textOf(data, id('descriptionFr')), textOf(data, id('descriptionEn'))),
      languages: [...new Set(languages)],
    };
    if (!theme) body.code = code!;
    if (await form.run(() => onSubmit(body))) {
      if (!theme) el.reset();
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {form.summary}
      {theme ? null : (
        <Field
          name={id('code')}
          label={t('themeAdmin.code')}
          hint={t('themeAdmin.codeHint')}
          required
          maxLength={41}
          autoComplete="off"
          spellCheck={false}
          error={form.error('code')}
        />
      )}
      <div className="fields-grid">
        <Field
          name={id('titleFr')}
          label={t('themeAdmin.titleFr')}
          lang="fr"
          required
          maxLength={120}
          defaultValue={theme?.titles.fr ?? ''}
          error={form.error('titleFr') ?? form.error('titles')}
        />
        <Field
          name={id('titleEn')}
          label={t('themeAdmin.titleEn')}
          lang="en"
          maxLength={120}
          defaultValue={theme?.titles.en ?? ''}
        />
      </div>
      <TextAreaField
        name={id('descriptionFr')}
        label={t('themeAdmin.descriptionFr')}
        hint={t('themeAdmin.descriptionHint')}
        lang="fr"
        rows={3}
        maxLength={2000}
        defaultValue={theme?.descriptions.fr ?? ''}
        error={form.error('descriptions')}
      />
      <TextAreaField
        name={id('descriptionEn')}
        label={t('themeAdmin.descriptionEn')}
        lang="en"
        rows={3}
        maxLength={2000}
        defaultValue={theme?.descriptions.en ?? ''}
      />
      <Field
        name={id('languages')}
        label={t('themeAdmin.languages')}
        hint={t('themeAdmin.languagesHint')}
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={theme?.languages.join(', ') ?? 'fr'}
        error={form.error('languages')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} label={submitLabel} />
      </div>
    </form>
  );
}
