import '../families/families.css';
import './catalogue.css';
import { useEffect, useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { withQuery } from '../families/http';
import { SelectField } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { catalogueApi } from './api';
import { bandText, formatDate, kindText } from './format';
import { ProposalBadge, VoteBox, proposalSentence } from './parts';
import { BANDS, type Proposal, type ProposalDetail } from './types';

const DECIDED = 'decidees';

/** /catalogue/propositions — open proposals ranked by support, or the decided ones; teachers vote here. */
export function ProposalsPage() {
  const { t } = useI18n();
  const canPropose = useCan('catalogue.propose');
  const { path, query } = useLocation();
  const band = query.get('cycle') ?? '';
  const decided = query.get('vue') === DECIDED;
  const tab = (toDecided: boolean) => withQuery(path, { cycle: band, vue: toDecided ? DECIDED : undefined });
  const filter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const cycle = String(new FormData(e.currentTarget).get('cycle') ?? '');
    navigate(withQuery(path, { cycle, vue: decided ? DECIDED : undefined }));
  };
  return (
    <Page title={t('catalogue.proposals.title')} intro={t('catalogue.proposals.intro')} wide>
      <div className="link-row cat-links">
        <Link className="button" to="/catalogue">
          <Icon name="list" size={20} />
          <span>{t('catalogue.link.catalogue')}</span>
        </Link>
        {canPropose ? (
          <Link className="button button-primary" to="/catalogue/propositions/nouvelle">
            <Icon name="vote" size={20} />
            <span>{t('catalogue.link.propose')}</span>
          </Link>
        ) : null}
      </div>
      <nav aria-label={t('catalogue.proposals.tabs')} className="link-row cat-tabs">
        <Link className="button button-tab" to={tab(false)} aria-current={decided ? undefined : 'page'}>
          {t('catalogue.proposals.openTab')}
        </Link>
        <Link className="button button-tab" to={tab(true)} aria-current={decided ? 'page' : undefined}>
          {t('catalogue.proposals.decidedTab')}
        </Link>
      </nav>
      <form className="filters form-inline" onSubmit={filter} aria-label={t('catalogue.proposals.filter')}>
        <SelectField name="cycle" label={t('catalogue.band')} defaultValue={band} key={band}>
          <option value="">{t('catalogue.proposals.allBands')}</option>
          {BANDS.map((b) => (
            <option key={b} value={b}>
              {bandText(t, b)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('catalogue.filter.apply')}
          </button>
        </div>
      </form>
      <ProposalList band={band} decided={decided} />
    </Page>
  );
}

function ProposalList({ band, decided }: { band: string; decided: boolean }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const result = useLoad(`proposals|${slug}|${band}|${decided}|${lang}`, async () => {
    const list = await catalogueApi.proposals(slug, { status: decided ? 'decided' : 'open', band });
    if (!decided) return list.items;
    return list.items.sort((a, b) => (b.decision?.at ?? b.createdAt).localeCompare(a.decision?.at ?? a.createdAt));
  });
  const [items, setItems] = useState<Proposal[]>([]);
  useEffect(() => {
    if (result.state === 'done') setItems(result.data);
  }, [result]);
  const replace = (p: ProposalDetail) => setItems((list) => list.map((x) => (x.id === p.id ? p : x)));
  return (
    <>
      <p role="status" className="cat-count">
        {result.state === 'done'
          ? result.data.length
            ? t(decided ? 'catalogue.proposals.countDecided' : 'catalogue.proposals.countOpen', {
                count: result.data.length,
              })
            : t(decided ? 'catalogue.proposals.noneDecided' : 'catalogue.proposals.noneOpen')
          : ''}
      </p>
      <LoadState result={result} isEmpty={(d) => !d.length} empty="">
        {() => (
          <ol className="plain-list cat-proposals">
            {items.map((p) => (
              <ProposalRow key={p.id} proposal={p} onChanged={replace} />
            ))}
          </ol>
        )}
      </LoadState>
    </>
  );
}

function ProposalRow({ proposal: p, onChanged }: { proposal: Proposal; onChanged(p: ProposalDetail): void }) {
  const { t, lang } = useI18n();
  const canVote = useCan('catalogue.vote');
  return (
    <li className="proposal-row cat-proposal">
      <h2>
        <Link to={`/catalogue/propositions/${p.id}`}>{proposalSentence(p, t)}</Link>
      </h2>
      <p className="cat-proposal-meta">
        <ProposalBadge status={p.status} />
        <span>{bandText(t, p.band)}</span>
        <span>{kindText(t, p.resource.kind)}</span>
        <span>{t('catalogue.proposal.by', { name: p.proposedBy, date: formatDate(p.createdAt, lang) })}</span>
      </p>
      <blockquote className="cat-reason">{p.reason}</blockquote>
      {p.decision ? (
        <p className="proposal-decision">
          {t(p.status === 'accepted' ? 'catalogue.decision.acceptedBy' : 'catalogue.decision.rejectedBy', {
            name: p.decision.by,
            date: formatDate(p.decision.at, lang),
          })}{' '}
          {p.decision.reason}
        </p>
      ) : null}
      <VoteBox proposal={p} canVote={canVote} onChanged={onChanged} />
    </li>
  );
}
