import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { ErrorSummary, FieldFrame, type SummaryItem } from '../../components/Form';
import { Icon, type IconName } from '../../components/Icon';
import { problemMessage, type FormProblems } from '../../components/problems';
import { useI18n, type Translate } from '../../i18n/i18n';
import { useSlug } from '../workshop/programme';
import { catalogueApi } from './api';
import { gradesText, hardwareText, kindText, languagesText, subjectText } from './format';
import type { Proposal, ProposalDetail, Resource, VoteValue } from './types';

/** What a resource is, in a list of facts: kind, grades, subjects, languages, licence, computer needed. */
export function ResourceFacts({ resource }: { resource: Resource }) {
  const { t, lang } = useI18n();
  const hardware = hardwareText(resource, t, lang);
  return (
    <dl className="facts-list cat-facts">
      <div>
        <dt>{t('catalogue.kindLabel')}</dt>
        <dd>{kindText(t, resource.kind)}</dd>
      </div>
      <div>
        <dt>{t('catalogue.grades')}</dt>
        <dd>{gradesText(resource.grades) || t('catalogue.none')}</dd>
      </div>
      <div>
        <dt>{t('catalogue.subjects')}</dt>
        <dd>{resource.subjects.map((s) => subjectText(t, s)).join(', ') || t('catalogue.none')}</dd>
      </div>
      <div>
        <dt>{t('catalogue.languages')}</dt>
        <dd>{languagesText(resource.languages, lang) || t('catalogue.none')}</dd>
      </div>
      <div>
        <dt>{t('catalogue.licence')}</dt>
        <dd>{resource.licence || t('catalogue.none')}</dd>
      </div>
      <div>
        <dt>{t('catalogue.hardware')}</dt>
        <dd>{hardware ?? t('catalogue.hardware.any')}</dd>
      </div>
    </dl>
  );
}

const proposalIcon: Record<string, IconName> = { open: 'vote', accepted: 'ok', rejected: 'fail', withdrawn: 'undo' };

/** Where a proposal stands: a pictogram and a word; the colour only repeats them. */
export function ProposalBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge cat-proposal-${status}`}>
      <Icon name={proposalIcon[status] ?? 'info'} size={18} />
      <span>{t(`catalogue.proposalStatus.${status}` as 'catalogue.proposalStatus.open')}</span>
    </span>
  );
}

/** "Proposer d'ajouter GCompris en CE1 (2026-2027)": what a proposal asks, in one sentence. */
export function proposalSentence(p: Proposal, t: Translate): string {
  return t(p.kind === 'add' ? 'catalogue.proposal.addSentence' : 'catalogue.proposal.removeSentence', {
    title: p.resource.title,
    grade: p.grade,
    year: p.schoolYear.code,
  });
}

/** True when the person signed in made this proposal (the server says so). */
export function useIsMine(p: Pick<Proposal, 'mine'>): boolean {
  return p.mine;
}

/**
 * Soutenir / Pas d'accord, with the counts. A pressed button (aria-pressed) is the person's
 * vote; pressing it again takes the vote back. Only teachers see the buttons (catalogue.vote).
 */
export function VoteBox({
  proposal,
  canVote,
  onChanged,
}: {
  proposal: Proposal;
  canVote: boolean;
  onChanged(p: ProposalDetail): void;
}) {
  const { t } = useI18n();
  const slug = useSlug();
  const mine = useIsMine(proposal);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const vote = async (value: VoteValue) => {
    setBusy(true);
    try {
      if (proposal.myVote === value) await catalogueApi.unvote(slug, proposal.id);
      else await catalogueApi.vote(slug, proposal.id, value);
      const fresh = await catalogueApi.proposal(slug, proposal.id);
      onChanged(fresh);
      setSaid({
        ok: true,
        text: t(fresh.myVote ? `catalogue.vote.saved.${fresh.myVote}` : 'catalogue.vote.removed', {
          title: proposal.resource.title,
        }),
      });
    } catch (e) {
      setSaid({ ok: false, text: problemMessage(e, t) });
    } finally {
      setBusy(false);
    }
  };
  const open = proposal.status === 'open';
  return (
    <div className="cat-votes">
      <p className="cat-counts">
        <span className="support-count">{t('catalogue.vote.supportCount', { count: proposal.supportCount })}</span>
        <span className="oppose-count">{t('catalogue.vote.opposeCount', { count: proposal.opposeCount })}</span>
        <span>{t('catalogue.vote.commentCount', { count: proposal.commentCount })}</span>
      </p>
      {canVote && open && !mine ? (
        <div
          className="cat-vote-buttons"
          role="group"
          aria-label={t('catalogue.vote.group', { title: proposal.resource.title })}
        >
          <button
            type="button"
            className="button button-tab vote-support"
            aria-pressed={proposal.myVote === 'support'}
            disabled={busy}
            onClick={() => void vote('support')}
          >
            <Icon name="ok" size={20} />
            <span>{t('catalogue.vote.support')}</span>
          </button>
          <button
            type="button"
            className="button button-tab vote-oppose"
            aria-pressed={proposal.myVote === 'oppose'}
            disabled={busy}
            onClick={() => void vote('oppose')}
          >
            <Icon name="fail" size={20} />
            <span>{t('catalogue.vote.oppose')}</span>
          </button>
        </div>
      ) : null}
      {canVote && open && mine ? <p className="hint">{t('catalogue.vote.own')}</p> : null}
      {canVote ? (
        <p role={said && !said.ok ? 'alert' : 'status'} className={said && !said.ok ? 'error-message' : 'cat-said'}>
          {said?.text ?? ''}
        </p>
      ) : null}
    </div>
  );
}

/** A group of boxes to tick (subjects, grades, languages) with its legend, hint and error. */
export function CheckGroup({
  name,
  legend,
  hint,
  error,
  options,
  values,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
  values: readonly string[];
  onChange(values: string[]): void;
}) {
  const { t } = useI18n();
  const described = [hint ? `field-${name}-hint` : null, error ? `field-${name}-error` : null]
    .filter(Boolean)
    .join(' ');
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <fieldset
      className={error ? 'choice cat-checks field-error' : 'choice cat-checks'}
      aria-describedby={described || undefined}
    >
      <legend>
        {legend}
        <span className="required"> ({t('form.required')})</span>
      </legend>
      {hint ? (
        <p className="hint" id={`field-${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={`field-${name}-error`}>
          {error}
        </p>
      ) : null}
      <div className="cat-check-list">
        {options.map((o, i) => (
          <label key={o.value} className="choice-item">
            <input
              type="checkbox"
              id={i === 0 ? `field-${name}` : undefined}
              name={name}
              value={o.value}
              checked={values.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A refusal split over the form's fields. The server names fields by their path in the body
 * ("body.packages.2", "body.resource.content.url"): `fieldOf` turns a path into the form's name.
 */
export function problemsByField(
  error: unknown,
  t: Translate,
  fieldOf: (path: string) => string | null,
  describe: (path: string, message: string) => string = (_path, message) => message,
): FormProblems {
  if (error instanceof ApiError && error.errors.length) {
    const fields: Record<string, string> = {};
    const summary: FormProblems['summary'] = [];
    for (const e of error.errors) {
      const path = e.field.replace(/^(body|query|params)\./, '');
      const name = fieldOf(path);
      const message = describe(path, e.message);
      if (name && !fields[name]) {
        fields[name] = message;
        summary.push({ field: name, message });
      } else {
        summary.push(name ? { field: name, message } : { message });
      }
    }
    return { fields, summary };
  }
  const detail = error instanceof ApiError && error.detail ? ` ${error.detail}` : '';
  return { fields: {}, summary: [{ message: problemMessage(error, t) + detail }] };
}

/** A small titled box, used for the sections of the detail pages. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="cat-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A control's label, hint and error, with the control's own id (the pages' stable ids, e.g. #proposal-grade). */
export function IdFrame({ id, ...rest }: Omit<Parameters<typeof FieldFrame>[0], 'name'> & { id: string }) {
  return <FieldFrame name={id} id={id} {...rest} />;
}

/** The problems at the top of a form whose controls have their own ids (not "field-<name>"). */
export function IdErrorSummary({ items, focusKey }: { items: SummaryItem[]; focusKey: number }) {
  return <ErrorSummary items={items} focusKey={focusKey} />;
}
