import { lazy } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/*
 * The workshop, lots and certificate pages load on demand: a family's phone never downloads them,
 * and a station downloads only the station code.
 */
const StationPage = lazy(() => import('./station/StationPage').then((m) => ({ default: m.StationPage })));
const WorkshopHub = lazy(() => import('./WorkshopHub').then((m) => ({ default: m.WorkshopHub })));
const DevicesPage = lazy(() => import('./DevicesPage').then((m) => ({ default: m.DevicesPage })));
const DevicePage = lazy(() => import('./DevicePage').then((m) => ({ default: m.DevicePage })));
const StockPage = lazy(() => import('./StockPage').then((m) => ({ default: m.StockPage })));
const ActivityPage = lazy(() => import('./ActivityPage').then((m) => ({ default: m.ActivityPage })));
const LotsPage = lazy(() => import('../lots/LotsPage').then((m) => ({ default: m.LotsPage })));
const LotPage = lazy(() => import('../lots/LotPage').then((m) => ({ default: m.LotPage })));
const DeclareLotPage = lazy(() => import('../lots/DeclareLotPage').then((m) => ({ default: m.DeclareLotPage })));
const VerifyPage = lazy(() => import('../verify/VerifyPage').then((m) => ({ default: m.VerifyPage })));

/** In match order: "/dons/nouveau" before "/dons/:id". */
const workshopRoutes: [string, AppRoute][] = [
  ['/atelier', { page: WorkshopHub, access: 'signed-in', permission: 'device.read' }],
  ['/atelier/poste/:step', { page: StationPage, access: 'signed-in', permission: 'device.operate', bare: true }],
  ['/atelier/appareils', { page: DevicesPage, access: 'signed-in', permission: 'device.read' }],
  ['/atelier/appareils/:id', { page: DevicePage, access: 'signed-in', permission: 'device.read' }],
  ['/atelier/stock', { page: StockPage, access: 'signed-in', permission: 'workshop.report' }],
  ['/atelier/activite', { page: ActivityPage, access: 'signed-in', permission: 'workshop.report' }],
  ['/dons', { page: LotsPage, access: 'signed-in', permission: 'lot.read' }],
  ['/dons/nouveau', { page: DeclareLotPage, access: 'signed-in', permission: 'lot.declare' }],
  ['/dons/:id', { page: LotPage, access: 'signed-in', permission: 'lot.read' }],
  ['/verifier/:code', { page: VerifyPage, access: 'public' }],
];

export function findWorkshopRoute(path: string): AppRoute | undefined {
  return workshopRoutes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}
