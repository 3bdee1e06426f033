import type { JSX } from 'react';
import type { Role } from '../../api/types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session';
import { Figure, LinkTile, Panel, SoonTile } from './parts';

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

function CoordinatorHome() {
  const t = useT();
  return (
    <>
      <section className="panel">
        <h2>{t('home.coordinator.pipeline')}</h2>
        <dl className="figures">
          <Figure label={t('home.coordinator.donations')} value={t('home.figureZero')} />
          <Figure label={t('home.coordinator.ready')} value={t('home.figureZero')} />
          <Figure label={t('home.coordinator.equipped')} value={t('home.figureZero')} />
        </dl>
        <p className="empty-state">{t('home.coordinator.pipelineEmpty')}</p>
      </section>
      <Panel title={t('home.coordinator.next')} icon="list">
        <p>{t('home.coordinator.nextEmpty')}</p>
      </Panel>
    </>
  );
}

function WorkshopSupervisorHome() {
  const t = useT();
  return (
    <>
      <Panel title={t('home.workshop_supervisor.lots')} icon="receive">
        <p>{t('home.workshop_supervisor.lotsEmpty')}</p>
      </Panel>
      <Panel title={t('home.workshop_supervisor.stock')} icon="computer">
        <p>{t('home.workshop_supervisor.stockEmpty')}</p>
      </Panel>
      <Panel title={t('home.workshop_supervisor.stations')} icon="settings">
        <p>{t('home.workshop_supervisor.stationsEmpty')}</p>
      </Panel>
    </>
  );
}

/** The station screen: few words, big pictures, one scanner field (a scanner types and presses Enter). */
function WorkshopOperatorHome() {
  const t = useT();
  return (
    <>
      <div className="scan-box">
        <label htmlFor="scan-input">
          <Icon name="scan" size={40} />
          <span>{t('home.workshop_operator.scan')}</span>
        </label>
        <input
          id="scan-input"
          className="scan-input"
          type="text"
          inputMode="none"
          autoComplete="off"
          disabled
          aria-describedby="scan-help"
        />
        <p id="scan-help" className="hint">
          {t('home.workshop_operator.scanHelp')}
        </p>
      </div>
      <section aria-labelledby="operator-tasks">
        <h2 id="operator-tasks">{t('home.workshop_operator.tasks')}</h2>
        <ul className="tiles tiles-big">
          <SoonTile icon="receive" label={t('home.workshop_operator.receive')} />
          <SoonTile icon="diagnose" label={t('home.workshop_operator.diagnose')} />
          <SoonTile icon="erase" label={t('home.workshop_operator.erase')} />
          <SoonTile icon="label" label={t('home.workshop_operator.label')} />
        </ul>
      </section>
    </>
  );
}

function TeacherHome() {
  const t = useT();
  return (
    <>
      <Panel title={t('home.teacher.proposals')} icon="vote">
        <p>{t('home.teacher.proposalsEmpty')}</p>
      </Panel>
      <Panel title={t('home.teacher.library')} icon="computer">
        <p>{t('home.teacher.libraryEmpty')}</p>
      </Panel>
    </>
  );
}

function CommitteeHome() {
  const t = useT();
  return (
    <>
      <Panel title={t('home.committee_member.votes')} icon="vote">
        <p>{t('home.committee_member.votesEmpty')}</p>
      </Panel>
      <Panel title={t('home.committee_member.image')} icon="computer">
        <p>{t('home.committee_member.imageEmpty')}</p>
      </Panel>
    </>
  );
}

function SchoolDirectorHome() {
  const t = useT();
  return (
    <>
      <Panel title={t('home.school_director.families')} icon="people">
        <p>{t('home.school_director.familiesEmpty')}</p>
      </Panel>
      <Panel title={t('home.school_director.handover')} icon="gift">
        <p>{t('home.school_director.handoverEmpty')}</p>
      </Panel>
    </>
  );
}

function VenueStaffHome() {
  const t = useT();
  return (
    <>
      <Panel title={t('home.venue_staff.sessions')} icon="calendar">
        <p>{t('home.venue_staff.sessionsEmpty')}</p>
      </Panel>
      <Panel title={t('home.venue_staff.checkin')} icon="vote">
        <p>{t('home.venue_staff.checkinEmpty')}</p>
      </Panel>
      <Panel title={t('home.venue_staff.refunds')} icon="list">
        <p>{t('home.venue_staff.refundsEmpty')}</p>
      </Panel>
    </>
  );
}

function DonorHome() {
  const t = useT();
  return (
    <>
      <Panel title={t('home.donor.donations')} icon="gift">
        <p>{t('home.donor.donationsEmpty')}</p>
      </Panel>
      <Panel title={t('home.donor.certificates')} icon="erase">
        <p>{t('home.donor.certificatesEmpty')}</p>
      </Panel>
    </>
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
