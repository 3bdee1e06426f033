import { lazy, type ComponentType } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/* The school, family and campaign pages load on demand, like the workshop's. */
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const SchoolsPage = named(() => import('../schools/SchoolsPage'), 'SchoolsPage');
const SchoolPage = named(() => import('../schools/SchoolPage'), 'SchoolPage');
const CohortPage = named(() => import('../schools/CohortPage'), 'CohortPage');
const ImportWizardPage = named(() => import('../imports/ImportWizardPage'), 'ImportWizardPage');
const HouseholdsPage = named(() => import('../households/HouseholdsPage'), 'HouseholdsPage');
const HouseholdPage = named(() => import('../households/HouseholdPage'), 'HouseholdPage');
const MergesPage = named(() => import('../households/MergesPage'), 'MergesPage');
const CampaignsPage = named(() => import('../campaigns/CampaignsPage'), 'CampaignsPage');
const NewCampaignPage = named(() => import('../campaigns/NewCampaignPage'), 'NewCampaignPage');
const CampaignPage = named(() => import('../campaigns/CampaignPage'), 'CampaignPage');
const CampaignHouseholdPage = named(() => import('../campaigns/CampaignHouseholdPage'), 'CampaignHouseholdPage');
const DistributionPage = named(() => import('../distribution/DistributionPage'), 'DistributionPage');
const DeskPage = named(() => import('../handover/DeskPage'), 'DeskPage');
const LoansPage = named(() => import('../loans/LoansPage'), 'LoansPage');
const LoanPage = named(() => import('../loans/LoanPage'), 'LoanPage');
const GrantsPage = named(() => import('../grants/GrantsPage'), 'GrantsPage');

const signedIn = (page: AppRoute['page'], permission: string): AppRoute => ({ page, access: 'signed-in', permission });

/** In match order: fixed words ("nouvelle", "fusions") before ":id". */
const familyRoutes: [string, AppRoute][] = [
  ['/ecoles', signedIn(SchoolsPage, 'school.read')],
  ['/ecoles/:id', signedIn(SchoolPage, 'school.read')],
  ['/ecoles/:id/cohorte', signedIn(CohortPage, 'campaign.read')],
  ['/imports/nouveau', signedIn(ImportWizardPage, 'pupil.import')],
  ['/imports/:id', signedIn(ImportWizardPage, 'pupil.import')],
  ['/familles', signedIn(HouseholdsPage, 'household.read')],
  ['/familles/fusions', signedIn(MergesPage, 'household.write')],
  ['/familles/:id', signedIn(HouseholdPage, 'household.read')],
  ['/campagnes', signedIn(CampaignsPage, 'campaign.read')],
  ['/campagnes/nouvelle', signedIn(NewCampaignPage, 'campaign.manage')],
  ['/campagnes/:id', signedIn(CampaignPage, 'campaign.read')],
  ['/campagnes/:id/distribution', signedIn(DistributionPage, 'appointment.manage')],
  ['/campagnes/:id/familles/:householdId', signedIn(CampaignHouseholdPage, 'campaign.read')],
  ['/remise', signedIn(DeskPage, 'handover.perform')],
  ['/prets', signedIn(LoansPage, 'loan.manage')],
  ['/prets/:id', signedIn(LoanPage, 'loan.manage')],
  ['/aide-internet', signedIn(GrantsPage, 'grant.manage')],
];

export function findFamilyRoute(path: string): AppRoute | undefined {
  return familyRoutes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}

/** The n-th segment of the current path ("/campagnes/abc/familles/def" → 1: "abc", 3: "def"). */
export function pathSegment(path: string, index: number): string {
  return decodeURIComponent(path.split('/')[index + 1] ?? '');
}
