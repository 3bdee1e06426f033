import { ApiError } from '../../api/client';
import { Icon, type IconName } from '../../components/Icon';
import { problemMessage } from '../../components/problems';
import type { Lang, MessageKey, Translate } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session';
import { formatDate } from '../workshop/format';
import type { ConformityDevice, ConformityStatus, DebianCheck, DebianCheckPackage, Resource, Version } from './types';

/** True when the signed-in person holds the permission in the current programme. */
export function useCan(): (permission: string) => boolean {
  const { programme } = useSession();
  return (permission) => programme?.permissions.includes(permission) ?? false;
}

/** A code of the shared vocabulary in words, or the code itself when the web app does not know it yet. */
export function words(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}

/** "Cycle 2 · 2026-2027 · version 3". */
export function versionTitle(t: Translate, v: Pick<Version, 'number' | 'profile'>): string {
  return t('images.version.title', {
    band: words(t, 'images.bandShort', v.profile.band),
    year: v.profile.schoolYear.code,
    number: v.number,
  });
}

/** Where a version stands, as a sentence: "Publiée le 2 septembre 2026 par Claire. Elle ne change plus." */
export function versionStatusSentence(t: Translate, lang: Lang, v: Version): string {
  if (v.status === 'approved') {
    return t('images.statusLong.approved', {
      date: formatDate(v.approvedAt, lang),
      who: v.approvedBy ?? t('images.someone'),
    });
  }
  if (v.status === 'published') {
    return t('images.statusLong.published', {
      date: formatDate(v.publishedAt, lang),
      who: v.publishedBy ?? t('images.someone'),
    });
  }
  return t('images.statusLong.draft');
}

/** 4096 → "4 Go", 700 → "700 Mo". */
export function formatMb(mb: number, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  if (mb >= 1024) return `${n.format(mb / 1024)} ${lang === 'fr' ? 'Go' : 'GB'}`;
  return `${n.format(mb)} ${lang === 'fr' ? 'Mo' : 'MB'}`;
}

/**
 * One line of the Debian check in words. The server gives a reason code and numbers; the sentence
 * is built here from the resource's own minimums and the programme's limits.
 */
export function debianResult(
  t: Translate,
  lang: Lang,
  row: Pick<DebianCheckPackage, 'status' | 'version' | 'installedSizeKb' | 'reason'>,
  check: DebianCheck,
  resource: Resource | undefined,
): string {
  if (row.status === 'available') return t('images.debian.available', { version: row.version ?? '?' });
  if (row.status === 'missing') return t('images.debian.missing');
  const have = formatMb(check.diskBudgetMb, lang);
  switch (row.reason) {
    case 'package_over_disk_budget':
      return t('images.debian.tooHeavyDisk', {
        need: formatMb(Math.ceil((row.installedSizeKb ?? 0) / 1024), lang),
        have,
      });
    case 'ram_over_minimum':
      return t('images.debian.tooHeavyRam', {
        need: formatMb(resource?.minRamMb ?? 0, lang),
        have: formatMb(check.minRamMb, lang),
      });
    case 'disk_over_budget':
      return t('images.debian.tooHeavyDisk', { need: formatMb(resource?.minDiskMb ?? 0, lang), have });
    case 'content_over_budget':
      return t('images.debian.tooHeavyContent', {
        need: formatMb(Math.ceil((resource?.content?.bytes ?? 0) / 1024 / 1024), lang),
        have,
      });
    default:
      return t('images.debian.tooHeavy');
  }
}

const stateIcon: Record<ConformityStatus, IconName> = {
  conform: 'ok',
  needs_reimaging: 'warning',
  no_profile: 'info',
  no_inventory: 'help',
};

/** A conformity status: a pictogram AND a word; the colour only repeats them. */
export function ConformityBadge({ status }: { status: ConformityStatus }) {
  const t = useT();
  return (
    <span className={`status-badge im-state-${status}`}>
      <Icon name={stateIcon[status] ?? 'info'} size={18} />
      <span>{words(t, 'images.state', status)}</span>
    </span>
  );
}

/** What is wrong with a computer, in sentences: "Manque : gcompris-qt. Trop ancien : stellarium (0.22 au lieu de 23.1)." */
export function conformityProblems(t: Translate, d: ConformityDevice): string[] {
  const out: string[] = [];
  const list = (names: string[]) => names.join(', ');
  if (!d.expected) out.push(t('images.conformity.noExpected'));
  else if (d.imageHash && d.imageHash !== d.expected.manifestHash) out.push(t('images.conformity.otherImage'));
  if (d.missing.length) out.push(t('images.conformity.missing', { list: list(d.missing) }));
  if (d.outdated.length) {
    const items = d.outdated.map((o) => t('images.conformity.outdatedOne', { ...o }));
    out.push(t('images.conformity.outdated', { list: items.join(', ') }));
  }
  if (d.extra.length) out.push(t('images.conformity.extra', { list: list(d.extra) }));
  if (d.unknown.length) out.push(t('images.conformity.unknown', { list: list(d.unknown) }));
  return out;
}

/** A refusal in words: the server's sentence, then one line per field it names (each missing package…). */
export function RefusalMessage({ error, lead }: { error: unknown; lead?: string }) {
  const t = useT();
  const details = error instanceof ApiError ? error.errors.map((e) => e.message).filter(Boolean) : [];
  const detail = error instanceof ApiError && !details.length ? error.detail : undefined;
  return (
    <div role="alert" className="error-message im-refusal">
      <p>{lead ?? problemMessage(error, t)}</p>
      {lead ? <p>{problemMessage(error, t)}</p> : null}
      {detail ? <p>{detail}</p> : null}
      {details.length ? (
        <ul>
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
