import { useState, type FormEvent, type JSX } from 'react';
import { request } from '../../api/client';
import type { paths } from '../../api/schema';
import type { Role } from '../../api/types';
import { Icon } from '../../components/Icon';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n, useT } from '../../i18n/i18n';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { VenueStaffHome } from '../trainings/VenueHome';
import { workshopApi } from '../workshop/api';
import { STEPS, stationPath, stepIcon } from '../workshop/station/steps';
import { Figure, LinkTile, Panel } from './parts';

function AdminHome() {
  const t = useT();
  const { programme } = useSession();
  const can = (p: string) => programme?.permissions.includes(p) ?? false;
  return (
    <>
      <ul className="tiles">
        {can('user.read') ? (
          <LinkTile to="/people" icon="people" label={t('home.admin.people')} text={t('home.admin.peopleText')} />
        ) : null}
        {can('organisation.read') ? (
          <LinkTile
            to="/organisations"
            icon="building"
            label={t('home.admin.organisations')}
            text={t('home.admin.organisationsText')}
          />
        ) : null}
        {can('audit.read') ? (
          <LinkTile to="/audit" icon="list" label={t('home.admin.audit')} text={t('home.admin.auditText')} />
        ) : null}
      </ul>
      <Panel title={t('home.admin.settings')} icon="settings">
        <p>{t('home.admin.settingsText')}</p>
      </Panel>
    </>
  );
}

type Dashboard =
  paths['/api/v1/programmes/{programme}/dashboard']['get']['responses'][200]['content']['application/json'];

/** Devices the workshop is still working on (received, not yet ready), as in devices/device-states.ts. */
const WORKSHOP_STATES = ['received', 'diagnosed', 'erased', 'repaired', 'imaged', 'checked', 'returned'];

/** The programme's figures in one request to GET …/dashboard; the tiles below show without them. */
function CoordinatorFigures() {
  const { t, lang } = useI18n();
  const { programme } = useSession();
  const slug = programme?.slug ?? '';
  const allowed = programme?.permissions.includes('dashboard.read') ?? false;
  const figures = useLoad(`coordinator-dashboard|${slug}|${allowed}`, () =>
    allowed
      ? request<Dashboard>('GET', `/api/v1/programmes/${encodeURIComponent(slug)}/dashboard`)
      : Promise.resolve(null),
  );
  if (!allowed) return null;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const percent = (r: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(r);
  return (
    <section className="panel" aria-labelledby="coordinator-figures">
      <h2 id="coordinator-figures">
        <Icon name="list" />
        <span>{t('home.coordinator.figures.title')}</span>
      </h2>
      {figures.state === 'loading' ? (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      ) : figures.state === 'failed' ? (
        <p role="alert" className="error-message">
          {problemMessage(figures.error, t)}
        </p>
      ) : figures.data ? (
        <dl className="figures">
          <Figure label={t('home.coordinator.figures.ready')} value={number(figures.data.readyStock)} />
          <Figure
            label={t('home.coordinator.figures.inWorkshop')}
            value={number(WORKSHOP_STATES.reduce((sum, s) => sum + (figures.data?.devicesByState[s] ?? 0), 0))}
          />
          <Figure label={t('home.coordinator.figures.pupils')} value={number(figures.data.pupils)} />
          <Figure label={t('home.coordinator.figures.households')} value={number(figures.data.households)} />
          <Figure
            label={t('home.coordinator.figures.handedOver')}
            value={number(figures.data.campaignHouseholds.handed_over ?? 0)}
          />
          <Figure label={t('home.coordinator.figures.redeemed')} value={number(figures.data.creditsRedeemed)} />
          <Figure
            label={t('home.coordinator.figures.attendance', { days: figures.data.attendanceDays })}
            value={
              figures.data.attendanceRate === null
                ? t('home.coordinator.figures.attendanceNone')
                : percent(figures.data.attendanceRate)
            }
          />
        </dl>
      ) : null}
    </section>
  );
}

function CoordinatorHome() {
  const t = useT();
  return (
    <>
      <CoordinatorFigures />
      <ul className="tiles">
        <LinkTile
          to="/ecoles"
          icon="school"
          label={t('home.coordinator.schools')}
          text={t('home.coordinator.schoolsText')}
        />
        <LinkTile
          to="/familles"
          icon="people"
          label={t('home.coordinator.households')}
          text={t('home.coordinator.householdsText')}
        />
        <LinkTile
          to="/campagnes"
          icon="calendar"
          label={t('home.coordinator.campaigns')}
          text={t('home.coordinator.campaignsText')}
        />
        <LinkTile to="/remise" icon="gift" label={t('home.coordinator.desk')} text={t('home.coordinator.deskText')} />
        <LinkTile
          to="/prets"
          icon="computer"
          label={t('home.coordinator.loans')}
          text={t('home.coordinator.loansText')}
        />
        <LinkTile
          to="/aide-internet"
          icon="list"
          label={t('home.coordinator.grants')}
          text={t('home.coordinator.grantsText')}
        />
        <LinkTile
          to="/atelier"
          icon="settings"
          label={t('home.coordinator.workshop')}
          text={t('home.coordinator.workshopText')}
        />
        <LinkTile
          to="/cartes"
          icon="label"
          label={t('home.coordinator.cards')}
          text={t('home.coordinator.cardsText')}
        />
        <LinkTile
          to="/lieux"
          icon="building"
          label={t('home.coordinator.venues')}
          text={t('home.coordinator.venuesText')}
        />
        <LinkTile
          to="/chiffres-ateliers"
          icon="list"
          label={t('home.coordinator.figures')}
          text={t('home.coordinator.figuresText')}
        />
      </ul>
    </>
  );
}

function WorkshopSupervisorHome() {
  const t = useT();
  return (
    <ul className="tiles">
      <LinkTile
        to="/atelier"
        icon="settings"
        label={t('home.workshop_supervisor.stationsLink')}
        text={t('home.workshop_supervisor.stationsText')}
      />
      <LinkTile
        to="/dons"
        icon="receive"
        label={t('home.workshop_supervisor.lotsLink')}
        text={t('home.workshop_supervisor.lotsText')}
      />
      <LinkTile
        to="/atelier/stock"
        icon="computer"
        label={t('home.workshop_supervisor.stockLink')}
        text={t('home.workshop_supervisor.stockText')}
      />
      <LinkTile
        to="/atelier/activite"
        icon="people"
        label={t('home.workshop_supervisor.activityLink')}
        text={t('home.workshop_supervisor.activityText')}
      />
    </ul>
  );
}

/** The operator's home: scan a label to open the computer's page, or pick a station (one task each). */
function WorkshopOperatorHome() {
  const t = useT();
  const slug = useSession().programme?.slug ?? '';
  const [error, setError] = useState('');
  const open = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('tag') ?? '').trim();
    if (!value) return;
    try {
      const device = await workshopApi.deviceByTag(slug, value);
      navigate(`/atelier/appareils/${device.id}`);
    } catch (err) {
      setError(problemMessage(err, t));
    }
  };
  return (
    <>
      <form className="scan-box" onSubmit={(e) => void open(e)}>
        <label htmlFor="scan-input">
          <Icon name="scan" size={40} />
          <span>{t('home.workshop_operator.scan')}</span>
        </label>
        <input
          id="scan-input"
          name="tag"
          className="scan-input"
          type="text"
          autoComplete="off"
          aria-describedby={error ? 'scan-help scan-error' : 'scan-help'}
        />
        <p id="scan-help" className="hint">
          {t('home.workshop_operator.scanReady')}
        </p>
        {error ? (
          <p id="scan-error" className="error-message" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t('home.workshop_operator.scanOpen')}
        </button>
      </form>
      <section aria-labelledby="operator-tasks">
        <h2 id="operator-tasks">{t('home.workshop_operator.tasks')}</h2>
        <ul className="tiles tiles-big">
          {STEPS.map((s) => (
            <LinkTile key={s} to={stationPath(s)} icon={stepIcon[s]} label={t(`step.${s}`)} text={t(`step.${s}.do`)} />
          ))}
        </ul>
      </section>
    </>
  );
}

function TeacherHome() {
  const t = useT();
  return (
    <ul className="tiles">
      <LinkTile
        to="/catalogue"
        icon="list"
        label={t('home.teacher.catalogue')}
        text={t('home.teacher.catalogueText')}
      />
      <LinkTile
        to="/catalogue/propositions"
        icon="vote"
        label={t('home.teacher.proposals')}
        text={t('home.teacher.proposalsText')}
      />
      <LinkTile
        to="/catalogue/propositions/nouvelle"
        icon="upload"
        label={t('home.teacher.propose')}
        text={t('home.teacher.proposeText')}
      />
      <LinkTile
        to="/catalogue/profils"
        icon="computer"
        label={t('home.teacher.library')}
        text={t('home.teacher.libraryText')}
      />
    </ul>
  );
}

function CommitteeHome() {
  const t = useT();
  return (
    <ul className="tiles">
      <LinkTile
        to="/catalogue/propositions"
        icon="vote"
        label={t('home.committee_member.votes')}
        text={t('home.committee_member.votesText')}
      />
      <LinkTile
        to="/catalogue/profils"
        icon="image"
        label={t('home.committee_member.image')}
        text={t('home.committee_member.imageText')}
      />
      <LinkTile
        to="/conformite"
        icon="checklist"
        label={t('home.committee_member.conformity')}
        text={t('home.committee_member.conformityText')}
      />
      <LinkTile
        to="/catalogue"
        icon="list"
        label={t('home.committee_member.catalogue')}
        text={t('home.committee_member.catalogueText')}
      />
    </ul>
  );
}

/** The director's school: the one her role is held for (the server checks it again on every request). */
function SchoolDirectorHome() {
  const t = useT();
  const { programme } = useSession();
  const school = programme?.roles.find((r) => r.role === 'school_director')?.organisation;
  return (
    <ul className="tiles">
      {school ? (
        <>
          <LinkTile
            to={`/ecoles/${school.id}/cohorte`}
            icon="people"
            label={t('home.school_director.cohort')}
            text={t('home.school_director.cohortText', { school: school.name })}
          />
          <LinkTile
            to={`/familles?schoolId=${school.id}`}
            icon="list"
            label={t('home.school_director.families')}
            text={t('home.school_director.familiesText')}
          />
        </>
      ) : null}
      <LinkTile
        to="/remise"
        icon="gift"
        label={t('home.school_director.handover')}
        text={t('home.school_director.handoverText')}
      />
    </ul>
  );
}

function DonorHome() {
  const t = useT();
  return (
    <ul className="tiles">
      <LinkTile to="/dons/nouveau" icon="gift" label={t('home.donor.declare')} text={t('home.donor.declareText')} />
      <LinkTile to="/dons" icon="erase" label={t('home.donor.lots')} text={t('home.donor.lotsText')} />
    </ul>
  );
}

/** Parents: very short sentences, big blocks, a picture next to every word. */
function FamilyHome() {
  const t = useT();
  return (
    <ul className="tiles tiles-big tiles-family">
      <li className="tile tile-soon">
        <Icon name="calendar" size={56} />
        <span className="tile-label">{t('home.family.workshops')}</span>
        <span className="tile-text">{t('home.family.workshopsSoon')}</span>
      </li>
      <li className="tile tile-soon">
        <Icon name="help" size={56} />
        <span className="tile-label">{t('home.family.help')}</span>
        <span className="tile-text">{t('home.family.helpSoon')}</span>
      </li>
      <li className="tile tile-soon">
        <Icon name="computer" size={56} />
        <span className="tile-label">{t('home.family.computer')}</span>
        <span className="tile-text">{t('home.family.computerSoon')}</span>
      </li>
    </ul>
  );
}

export const roleHomes: Record<Role, () => JSX.Element> = {
  admin: AdminHome,
  coordinator: CoordinatorHome,
  workshop_supervisor: WorkshopSupervisorHome,
  workshop_operator: WorkshopOperatorHome,
  teacher: TeacherHome,
  committee_member: CommitteeHome,
  school_director: SchoolDirectorHome,
  venue_staff: VenueStaffHome,
  donor: DonorHome,
  family: FamilyHome,
};
