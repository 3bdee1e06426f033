import { useState } from 'react';
import { Field, FieldFrame } from '../../components/Form';
import { useI18n, type Translate } from '../../i18n/i18n';
import { kindText, languagesText, subjectText } from './format';
import { CheckGroup } from './parts';
import {
  GRADES,
  KINDS,
  LANGUAGES,
  SUBJECTS,
  onlyListed,
  type Resource,
  type ResourceInput,
  type ResourceKind,
} from './types';

/** What the resource form holds, as typed (numbers stay text until sent). */
export interface ResourceDraft {
  kind: ResourceKind;
  title: string;
  description: string;
  subjects: string[];
  grades: string[];
  languages: string[];
  licence: string;
  minRamMb: string;
  minDiskMb: string;
  packages: string;
  launchCommand: string;
  contentFileName: string;
  contentUrl: string;
  contentSha256: string;
  contentBytes: string;
  webUrl: string;
}

export const RESOURCE_FIELDS = [
  'kind',
  'title',
  'description',
  'subjects',
  'grades',
  'languages',
  'licence',
  'minRamMb',
  'minDiskMb',
  'packages',
  'launchCommand',
  'contentFileName',
  'contentUrl',
  'contentSha256',
  'contentBytes',
  'webUrl',
] as const;

export const emptyDraft: ResourceDraft = {
  kind: 'software',
  title: '',
  description: '',
  subjects: [],
  grades: [],
  languages: ['fr'],
  licence: '',
  minRamMb: '',
  minDiskMb: '',
  packages: '',
  launchCommand: '',
  contentFileName: '',
  contentUrl: '',
  contentSha256: '',
  contentBytes: '',
  webUrl: '',
};

export function draftOf(r: Resource): ResourceDraft {
  return {
    kind: r.kind,
    title: r.title,
    description: r.description,
    subjects: r.subjects,
    grades: r.grades,
    languages: r.languages,
    licence: r.licence,
    minRamMb: r.minRamMb === null ? '' : String(r.minRamMb),
    minDiskMb: r.minDiskMb === null ? '' : String(r.minDiskMb),
    packages: r.packages.join('\n'),
    launchCommand: r.launchCommand ?? '',
    contentFileName: r.content?.fileName ?? '',
    contentUrl: r.content?.url ?? '',
    contentSha256: r.content?.sha256 ?? '',
    contentBytes: r.content ? String(r.content.bytes) : '',
    webUrl: r.webUrl ?? '',
  };
}

export function packageList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const wholeNumber = (v: string) => /^\d+$/.test(v.trim());
const number = (v: string) => (v.trim() ? Number(v.trim()) : undefined);

/** The body sent to the server: only the fields of the chosen kind. */
export function inputOf(d: ResourceDraft): ResourceInput {
  const input: ResourceInput = {
    kind: d.kind,
    title: d.title.trim(),
    description: d.description.trim(),
    subjects: onlyListed(SUBJECTS, d.subjects),
    grades: onlyListed(GRADES, d.grades),
    languages: d.languages,
    licence: d.licence.trim(),
  };
  const ram = number(d.minRamMb);
  const disk = number(d.minDiskMb);
  if (ram !== undefined) input.minRamMb = ram;
  if (disk !== undefined) input.minDiskMb = disk;
  if (d.kind === 'software') {
    input.packages = packageList(d.packages);
    if (d.launchCommand.trim()) input.launchCommand = d.launchCommand.trim();
  } else if (d.kind === 'content') {
    input.content = {
      fileName: d.contentFileName.trim(),
      url: d.contentUrl.trim(),
      sha256: d.contentSha256.trim().toLowerCase(),
      bytes: Number(d.contentBytes.trim()),
    };
  } else {
    input.webUrl = d.webUrl.trim();
  }
  return input;
}

/** The problems the form can see before sending (empty fields, numbers); the server checks the rest. */
export function draftProblems(d: ResourceDraft, t: Translate): Record<string, string> {
  const f: Record<string, string> = {};
  if (!d.title.trim()) f.title = t('catalogue.form.titleMissing');
  if (!d.description.trim()) f.description = t('catalogue.form.descriptionMissing');
  if (!d.subjects.length) f.subjects = t('catalogue.form.subjectsMissing');
  if (!d.grades.length) f.grades = t('catalogue.form.gradesMissing');
  if (!d.languages.length) f.languages = t('catalogue.form.languagesMissing');
  if (!d.licence.trim()) f.licence = t('catalogue.form.licenceMissing');
  if (d.minRamMb.trim() && !wholeNumber(d.minRamMb)) f.minRamMb = t('catalogue.form.numberInvalid');
  if (d.minDiskMb.trim() && !wholeNumber(d.minDiskMb)) f.minDiskMb = t('catalogue.form.numberInvalid');
  if (d.kind === 'software' && !packageList(d.packages).length) f.packages = t('catalogue.form.packagesMissing');
  if (d.kind === 'content') {
    if (!d.contentFileName.trim()) f.contentFileName = t('catalogue.form.fileNameMissing');
    if (!d.contentUrl.trim()) f.contentUrl = t('catalogue.form.urlMissing');
    if (!d.contentSha256.trim()) f.contentSha256 = t('catalogue.form.sha256Missing');
    if (!wholeNumber(d.contentBytes)) f.contentBytes = t('catalogue.form.bytesMissing');
  }
  if (d.kind === 'web' && !d.webUrl.trim()) f.webUrl = t('catalogue.form.urlMissing');
  return f;
}

/** The form's field for a path the server names ("packages.3" → packages, "content.url" → contentUrl). */
export function resourceFieldOf(path: string): string | null {
  const [head, sub] = path.split('.');
  if (head === 'content') return sub ? `content${sub.charAt(0).toUpperCase()}${sub.slice(1)}` : 'contentUrl';
  return (RESOURCE_FIELDS as readonly string[]).includes(head ?? '') ? (head ?? null) : null;
}

/** Names the package a problem is about: "tux paint : ..." instead of "packages.2". */
export function describeResourceProblem(d: ResourceDraft) {
  const names = packageList(d.packages);
  return (path: string, message: string) => {
    const m = /^packages\.(\d+)/.exec(path);
    const name = m ? names[Number(m[1])] : undefined;
    return name && !message.includes(name) ? `${name} : ${message}` : message;
  };
}

/**
 * The fields of a resource. The kind decides which ones show: Debian packages for a software,
 * a file with its size and fingerprint for an offline content, an address for a website.
 * `prefix` keeps ids unique when the form sits inside another one (a proposal).
 */
export function ResourceFields({
  draft,
  onChange,
  errors,
  kindFixed,
  prefix = '',
}: {
  draft: ResourceDraft;
  onChange(d: ResourceDraft): void;
  errors: Record<string, string>;
  kindFixed?: boolean;
  prefix?: string;
}) {
  const { t, lang } = useI18n();
  const [otherLanguages] = useState(() => draft.languages.filter((l) => !(LANGUAGES as readonly string[]).includes(l)));
  const set = <K extends keyof ResourceDraft>(key: K, value: ResourceDraft[K]) => onChange({ ...draft, [key]: value });
  const n = (name: string) => `${prefix}${name}`;
  const text = (name: keyof ResourceDraft, label: string, hint?: string, extra: Record<string, unknown> = {}) => (
    <Field
      name={n(name)}
      label={label}
      hint={hint}
      value={draft[name] as string}
      onChange={(e) => set(name, e.target.value)}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <>
      {kindFixed ? (
        <p>
          <strong>{t('catalogue.kindLabel')} :</strong> {kindText(t, draft.kind)}
        </p>
      ) : (
        <fieldset className="choice">
          <legend>{t('catalogue.form.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="choice-item">
              <input
                type="radio"
                name={n('kind')}
                id={`${n('kind')}-${k}`}
                value={k}
                checked={draft.kind === k}
                onChange={() => set('kind', k)}
              />
              <span>
                {kindText(t, k)} — <span className="hint-inline">{t(`catalogue.kindHint.${k}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {text('title', t('catalogue.form.title'), t('catalogue.form.titleHint'), { required: true, maxLength: 120 })}
      <FieldFrame
        name={n('description')}
        label={t('catalogue.form.description')}
        hint={t('catalogue.form.descriptionHint')}
        error={errors.description}
        required
      >
        {(control) => (
          <textarea
            {...control}
            name={n('description')}
            rows={4}
            maxLength={2000}
            required
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </FieldFrame>
      <CheckGroup
        name={n('grades')}
        legend={t('catalogue.grades')}
        error={errors.grades}
        options={GRADES.map((g) => ({ value: g, label: g }))}
        values={draft.grades}
        onChange={(v) => set('grades', v)}
      />
      <CheckGroup
        name={n('subjects')}
        legend={t('catalogue.subjects')}
        error={errors.subjects}
        options={SUBJECTS.map((s) => ({ value: s, label: subjectText(t, s) }))}
        values={draft.subjects}
        onChange={(v) => set('subjects', v)}
      />
      <CheckGroup
        name={n('languages')}
        legend={t('catalogue.languages')}
        error={errors.languages}
        options={[...LANGUAGES, ...otherLanguages].map((l) => ({ value: l, label: languagesText([l], lang) }))}
        values={draft.languages}
        onChange={(v) => set('languages', v)}
      />
      {text('licence', t('catalogue.licence'), t('catalogue.form.licenceHint'), { required: true, maxLength: 100 })}
      {text('minRamMb', t('catalogue.form.minRam'), t('catalogue.form.minRamHint'), { inputMode: 'numeric' })}
      {text('minDiskMb', t('catalogue.form.minDisk'), t('catalogue.form.minDiskHint'), { inputMode: 'numeric' })}
      {draft.kind === 'software' ? (
        <>
          <FieldFrame
            name={n('packages')}
            label={t('catalogue.form.packages')}
            hint={t('catalogue.form.packagesHint')}
            error={errors.packages}
            required
          >
            {(control) => (
              <textarea
                {...control}
                name={n('packages')}
                rows={3}
                required
                spellCheck={false}
                autoCapitalize="off"
                value={draft.packages}
                onChange={(e) => set('packages', e.target.value)}
              />
            )}
          </FieldFrame>
          {text('launchCommand', t('catalogue.form.launchCommand'), t('catalogue.form.launchCommandHint'), {
            spellCheck: false,
            autoCapitalize: 'off',
          })}
        </>
      ) : null}
      {draft.kind === 'content' ? (
        <>
          {text('contentFileName', t('catalogue.form.fileName'), t('catalogue.form.fileNameHint'), { required: true })}
          {text('contentUrl', t('catalogue.form.contentUrl'), t('catalogue.form.contentUrlHint'), {
            required: true,
            type: 'url',
          })}
          {text('contentBytes', t('catalogue.form.bytes'), t('catalogue.form.bytesHint'), {
            required: true,
            inputMode: 'numeric',
          })}
          {text('contentSha256', t('catalogue.form.sha256'), t('catalogue.form.sha256Hint'), {
            required: true,
            spellCheck: false,
            autoCapitalize: 'off',
          })}
        </>
      ) : null}
      {draft.kind === 'web'
        ? text('webUrl', t('catalogue.form.webUrl'), t('catalogue.form.webUrlHint'), { required: true, type: 'url' })
        : null}
    </>
  );
}
