import '../families/families.css';
import './catalogue.css';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { Notice, SubmitButton } from '../../components/Form';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { useSlug } from '../workshop/programme';
import { catalogueApi } from './api';
import { bandText, formatDate, kindText } from './format';
import { IdErrorSummary, IdFrame, ProposalBadge, Section, VoteBox, proposalSentence, useIsMine } from './parts';
import type { ProposalDetail } from './types';

/** /catalogue/propositions/:id — the proposal, its votes and comments; the committee decides here. */
export function ProposalPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const id = decodeURIComponent(path.split('/')[3] ?? '');
  const result = useLoad(`proposal|${slug}|${id}|${lang}`, () => catalogueApi.proposal(slug, id));
  const title = result.state === 'done' ? proposalSentence(result.data, t) : t('catalogue.proposal.title');
  return (
    <Page title={title} wide>
      <p>
        <Link to="/catalogue/propositions">{t('catalogue.propose.back')}</Link>
      </p>
      {query.get('envoyee') === '1' ? (
        <Notice>
          <p>{t('catalogue.proposal.sent')}</p>
        </Notice>
      ) : null}
      <LoadState result={result} isEmpty={() => false} empty="">
        {(p) => <ProposalView initial={p} />}
      </LoadState>
    </Page>
  );
}

function ProposalView({ initial }: { initial: ProposalDetail }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canVote = useCan('catalogue.vote');
  const canDecide = useCan('catalogue.decide');
  const canComment = useCan('catalogue.propose');
  const [p, setProposal] = useState(initial);
  const mine = useIsMine(p);
  const reload = async () => setProposal(await catalogueApi.proposal(slug, p.id));
  return (
    <>
      <p className="cat-proposal-meta">
        <ProposalBadge status={p.status} />
        <span>{bandText(t, p.band)}</span>
        <span>{t('catalogue.proposal.year', { code: p.schoolYear.code })}</span>
      </p>
      <p>
        {t('catalogue.proposal.resourceLine', { kind: kindText(t, p.resource.kind) })}{' '}
        <Link to={`/catalogue/ressources/${p.resource.id}`}>{p.resource.title}</Link>
        {p.resource.status === 'proposed' ? ` (${t('catalogue.resourceStatus.proposed')})` : null}
      </p>
      <Section id="reason-title" title={t('catalogue.proposal.why')}>
        <blockquote className="cat-reason">{p.reason}</blockquote>
        <p className="hint">
          {t('catalogue.proposal.by', { name: p.proposedBy, date: formatDate(p.createdAt, lang) })}
        </p>
      </Section>
      {p.decision ? (
        <Section id="decision-title" title={t('catalogue.decision.title')}>
          <div className={`proposal-decision cat-decision cat-decision-${p.status}`}>
            <p>
              <strong>
                {t(p.status === 'accepted' ? 'catalogue.decision.acceptedBy' : 'catalogue.decision.rejectedBy', {
                  name: p.decision.by,
                  date: formatDate(p.decision.at, lang),
                })}
              </strong>
            </p>
            <p>{p.decision.reason}</p>
          </div>
        </Section>
      ) : null}
      <Section id="votes-title" title={t('catalogue.proposal.votes')}>
        <VoteBox proposal={p} canVote={canVote} onChanged={setProposal} />
        {p.votes.length ? (
          <ul className="cat-vote-list">
            {p.votes.map((v) => (
              <li key={`${v.by}-${v.at}`}>
                {t(v.value === 'support' ? 'catalogue.vote.whoSupports' : 'catalogue.vote.whoOpposes', {
                  name: v.by,
                  date: formatDate(v.at, lang),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('catalogue.vote.none')}</p>
        )}
      </Section>
      <Section id="comments-title" title={t('catalogue.comments.title')}>
        {p.comments.length ? (
          <ol className="plain-list cat-comments">
            {p.comments.map((c) => (
              <li key={c.id} className="cat-comment">
                <p className="hint">{t('catalogue.comments.by', { name: c.by, date: formatDate(c.at, lang) })}</p>
                <p>{c.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="empty-state">{t('catalogue.comments.none')}</p>
        )}
        {canComment ? <CommentForm proposalId={p.id} onAdded={() => void reload().catch(() => undefined)} /> : null}
      </Section>
      {canDecide && p.status === 'open' ? <DecisionForm proposal={p} onDecided={setProposal} /> : null}
      {mine && p.status === 'open' ? <Withdraw proposal={p} onDone={setProposal} /> : null}
    </>
  );
}

function CommentForm({ proposalId, onAdded }: { proposalId: string; onAdded(): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setDone(false);
    if (!body.trim()) {
      setError(t('catalogue.comments.missing'));
      return;
    }
    setBusy(true);
    try {
      await catalogueApi.comment(slug, proposalId, body.trim());
      setBody('');
      setError('');
      setDone(true);
      onAdded();
    } catch (err) {
      setError(err instanceof ApiError && err.errors[0] ? err.errors[0].message : problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form id="comment-form" className="form" onSubmit={(e) => void submit(e)} noValidate>
      <IdFrame id="comment-body" label={t('catalogue.comments.add')} error={error} required>
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={3}
            maxLength={2000}
            required
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </IdFrame>
      <p role="status">{done ? t('catalogue.comments.added') : ''}</p>
      <div className="form-actions">
        <SubmitButton busy={busy} label={t('catalogue.comments.submit')} />
      </div>
    </form>
  );
}

/** The committee's decision: accept or refuse, always with a reason the teachers will read. */
function DecisionForm({ proposal, onDecided }: { proposal: ProposalDetail; onDecided(p: ProposalDetail): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [decision, setDecision] = useState<'accept' | 'reject' | ''>('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ target?: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const byId = Object.fromEntries(problems.filter((p) => p.target).map((p) => [p.target, p.message]));
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const found: { target?: string; message: string }[] = [];
    if (!decision) found.push({ target: 'decision-accept', message: t('catalogue.decision.choiceMissing') });
    if (reason.trim().length < 5)
      found.push({ target: 'decision-reason', message: t('catalogue.decision.reasonShort') });
    if (found.length || !decision) {
      setProblems(found);
      return;
    }
    setBusy(true);
    try {
      await catalogueApi.decide(slug, proposal.id, decision, reason.trim());
      onDecided(await catalogueApi.proposal(slug, proposal.id));
    } catch (err) {
      if (err instanceof ApiError && err.errors.length)
        setProblems(
          err.errors.map((fe) => ({
            target: fe.field.endsWith('reason')
              ? 'decision-reason'
              : fe.field.endsWith('decision')
                ? 'decision-accept'
                : undefined,
            message: fe.message,
          })),
        );
      else
        setProblems([
          { message: problemMessage(err, t) + (err instanceof ApiError && err.detail ? ` ${err.detail}` : '') },
        ]);
    } finally {
      setBusy(false);
    }
  };
  const choiceError = byId['decision-accept'];
  return (
    <section aria-labelledby="decide-title" className="cat-section">
      <h2 id="decide-title">{t('catalogue.decision.formTitle')}</h2>
      <p>{t('catalogue.decision.intro', { support: proposal.supportCount, oppose: proposal.opposeCount })}</p>
      <form id="decision-form" className="form" onSubmit={(e) => void submit(e)} noValidate>
        <IdErrorSummary items={problems} focusKey={attempt} />
        <fieldset
          className={choiceError ? 'choice field-error' : 'choice'}
          aria-describedby={choiceError ? 'decision-choice-error' : undefined}
        >
          <legend>{t('catalogue.decision.choice')}</legend>
          {choiceError ? (
            <p className="error-message" id="decision-choice-error">
              {choiceError}
            </p>
          ) : null}
          <label className="choice-item">
            <input
              type="radio"
              name="decision"
              id="decision-accept"
              value="accept"
              checked={decision === 'accept'}
              onChange={() => setDecision('accept')}
            />
            <span>
              {t(proposal.kind === 'add' ? 'catalogue.decision.acceptAdd' : 'catalogue.decision.acceptRemove')}
            </span>
          </label>
          <label className="choice-item">
            <input
              type="radio"
              name="decision"
              id="decision-reject"
              value="reject"
              checked={decision === 'reject'}
              onChange={() => setDecision('reject')}
            />
            <span>{t('catalogue.decision.reject')}</span>
          </label>
        </fieldset>
        <IdFrame
          id="decision-reason"
          label={t('catalogue.decision.reason')}
          hint={t('catalogue.decision.reasonHint')}
          error={byId['decision-reason']}
          required
        >
          {(control) => (
            <textarea
              {...control}
              name="reason"
              rows={3}
              maxLength={2000}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </IdFrame>
        <div className="form-actions">
          <SubmitButton busy={busy} label={t('catalogue.decision.submit')} />
        </div>
      </form>
    </section>
  );
}

function Withdraw({ proposal, onDone }: { proposal: ProposalDetail; onDone(p: ProposalDetail): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const withdraw = async () => {
    if (!window.confirm(t('catalogue.withdraw.confirm'))) return;
    setBusy(true);
    try {
      await catalogueApi.withdraw(slug, proposal.id);
      onDone(await catalogueApi.proposal(slug, proposal.id));
    } catch (e) {
      setError(problemMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="withdraw-title" className="cat-section">
      <h2 id="withdraw-title">{t('catalogue.withdraw.title')}</h2>
      <p>{t('catalogue.withdraw.intro')}</p>
      <button type="button" className="button button-danger" disabled={busy} onClick={() => void withdraw()}>
        {t('catalogue.withdraw.button')}
      </button>
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
    </section>
  );
}
