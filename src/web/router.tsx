// The app's addresses. Every screen of a road map lives under /v/:versionId so a link names the
// exact version it shows; "/" opens the active version. Every screen is its own chunk, loaded on
// first visit, so the entry carries only the frame (issue #13: low bandwidth).
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Link, Navigate, RouterProvider, useLocation } from 'react-router';
import { useRoadMaps } from './api/endpoints.ts';
import { useCan } from './features/auth/auth.tsx';
import { useT } from './i18n/i18n.tsx';
import { Shell, VersionLayout } from './shared/layout.tsx';
import { Empty, ErrorBox, Loading, usePageTitle } from './shared/states.tsx';
import { versionHref } from './shared/version-context.tsx';

function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

const OverviewPage = lazyPage(() => import('./features/roadmap/overview-page.tsx').then((m) => m.OverviewPage));
const TablePage = lazyPage(() => import('./features/roadmap/table-page.tsx').then((m) => m.TablePage));
const FindingsPage = lazyPage(() => import('./features/roadmap/findings-page.tsx').then((m) => m.FindingsPage));
const PerangkatDaerahPage = lazyPage(() =>
  import('./features/perangkat-daerah/perangkat-daerah-page.tsx').then((m) => m.PerangkatDaerahPage),
);
const IndicatorPage = lazyPage(() => import('./features/roadmap/indicator-page.tsx').then((m) => m.IndicatorPage));
const VersionsPage = lazyPage(() => import('./features/roadmap/versions-page.tsx').then((m) => m.VersionsPage));
const ComparePage = lazyPage(() => import('./features/roadmap/compare-page.tsx').then((m) => m.ComparePage));
const ImportExportPage = lazyPage(() =>
  import('./features/roadmap-xlsx/import-export-page.tsx').then((m) => m.ImportExportPage),
);
const MonitoringPage = lazyPage(() =>
  import('./features/monitoring/monitoring-page.tsx').then((m) => m.MonitoringPage),
);
const ImportOnlyPage = lazyPage(() =>
  import('./features/roadmap-xlsx/import-export-page.tsx').then((m) => m.ImportOnlyPage),
);
const RencanaAksiPage = lazyPage(() =>
  import('./features/rencana-aksi/rencana-aksi-page.tsx').then((m) => m.RencanaAksiPage),
);
const PeriodsPage = lazyPage(() => import('./features/monitoring/periods-page.tsx').then((m) => m.PeriodsPage));
const UsersPage = lazyPage(() => import('./features/users/users-page.tsx').then((m) => m.UsersPage));
const AuditPage = lazyPage(() => import('./features/audit/audit-page.tsx').then((m) => m.AuditPage));
const PasswordPage = lazyPage(() => import('./features/auth/password-page.tsx').then((m) => m.PasswordPage));
const EvaluasiPage = lazyPage(() => import('./features/evaluasi/evaluasi-page.tsx').then((m) => m.EvaluasiPage));
const InstansiPage = lazyPage(() => import('./features/instansi/instansi-page.tsx').then((m) => m.InstansiPage));
const RapatPage = lazyPage(() => import('./features/rapat/rapat-page.tsx').then((m) => m.RapatPage));
const RapatDetailPage = lazyPage(() => import('./features/rapat/rapat-detail-page.tsx').then((m) => m.RapatDetailPage));
const LaporanPage = lazyPage(() => import('./features/laporan/laporan-page.tsx').then((m) => m.LaporanPage));
const LaporanDetailPage = lazyPage(() =>
  import('./features/laporan/laporan-detail-page.tsx').then((m) => m.LaporanDetailPage),
);
const StuPage = lazyPage(() => import('./features/stu/stu-page.tsx').then((m) => m.StuPage));
const PengaduanPage = lazyPage(() => import('./features/pengaduan/pengaduan-page.tsx').then((m) => m.PengaduanPage));
const PembinaanPage = lazyPage(() => import('./features/pembinaan/pembinaan-page.tsx').then((m) => m.PembinaanPage));
const PembinaanDetailPage = lazyPage(() =>
  import('./features/pembinaan/pembinaan-detail-page.tsx').then((m) => m.PembinaanDetailPage),
);
const LkeConfigPage = lazyPage(() => import('./features/evaluasi/lke-config-page.tsx').then((m) => m.LkeConfigPage));

/** "/": open the active version (or the newest when none is active). */
function Home() {
  // The server's super-administrator reads no instansi's road map: its home is the instansi list.
  const readsRoadMap = useCan('roadmap:read');
  const managesInstansi = useCan('instansi:manage');
  if (!readsRoadMap && managesInstansi) return <Navigate to="/instansi" replace />;
  return <RoadMapHome />;
}

function RoadMapHome() {
  const { t } = useT();
  const q = useRoadMaps();
  usePageTitle('');
  if (q.isPending)
    return (
      <Shell>
        <Loading />
      </Shell>
    );
  if (q.isError)
    return (
      <Shell>
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      </Shell>
    );
  const versions = q.data.flatMap((rm) => rm.versions);
  const active = versions.find((v) => v.status === 'active');
  const newest = [...versions].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const pick = active ?? newest;
  if (pick) return <Navigate to={versionHref(pick.id)} replace />;
  return (
    <Shell>
      <h1>{t('home.emptyTitle')}</h1>
      <Empty>
        {t('home.empty')} <Link to="/impor">{t('nav.importExport')}</Link>
      </Empty>
    </Shell>
  );
}

/**
 * "/monitoring?periode=…": the address notifications and emails link to, independent of versions;
 * opens Pemantauan of the active version with the same query.
 */
function MonitoringLink() {
  const q = useRoadMaps();
  const { search } = useLocation();
  if (q.isPending)
    return (
      <Shell>
        <Loading />
      </Shell>
    );
  if (q.isError)
    return (
      <Shell>
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      </Shell>
    );
  const versions = q.data.flatMap((rm) => rm.versions);
  const pick = versions.find((v) => v.status === 'active') ?? versions[0];
  return <Navigate to={pick ? `${versionHref(pick.id)}/pemantauan${search}` : '/'} replace />;
}

function NotFound({ bare = false }: { bare?: boolean }) {
  const { t } = useT();
  usePageTitle(t('notFound.title'));
  const body = (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.text')} <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
  return bare ? body : <Shell>{body}</Shell>;
}

export const router = createBrowserRouter([
  { path: '/', element: <Home /> },
  { path: '/monitoring', element: <MonitoringLink /> },
  {
    path: '/impor',
    element: (
      <Shell>
        <ImportOnlyPage />
      </Shell>
    ),
  },
  {
    path: '/pengguna',
    element: (
      <Shell>
        <UsersPage />
      </Shell>
    ),
  },
  {
    path: '/instansi',
    element: (
      <Shell>
        <InstansiPage />
      </Shell>
    ),
  },
  {
    path: '/stu',
    element: (
      <Shell>
        <StuPage />
      </Shell>
    ),
  },
  {
    path: '/rapat',
    element: (
      <Shell>
        <RapatPage />
      </Shell>
    ),
  },
  {
    path: '/rapat/:id',
    element: (
      <Shell>
        <RapatDetailPage />
      </Shell>
    ),
  },
  {
    path: '/laporan',
    element: (
      <Shell>
        <LaporanPage />
      </Shell>
    ),
  },
  {
    path: '/laporan/:id',
    element: (
      <Shell>
        <LaporanDetailPage />
      </Shell>
    ),
  },
  {
    path: '/pengaduan',
    element: (
      <Shell>
        <PengaduanPage />
      </Shell>
    ),
  },
  {
    path: '/pembinaan',
    element: (
      <Shell>
        <PembinaanPage />
      </Shell>
    ),
  },
  {
    path: '/pembinaan/:code',
    element: (
      <Shell>
        <PembinaanDetailPage />
      </Shell>
    ),
  },
  {
    path: '/audit',
    element: (
      <Shell>
        <AuditPage />
      </Shell>
    ),
  },
  {
    path: '/akun/kata-sandi',
    element: (
      <Shell>
        <PasswordPage />
      </Shell>
    ),
  },
  // The evaluation is instansi-wide and yearly, not tied to a road-map version.
  {
    path: '/evaluasi',
    element: (
      <Shell>
        <EvaluasiPage />
      </Shell>
    ),
  },
  {
    path: '/evaluasi/konfigurasi',
    element: (
      <Shell>
        <LkeConfigPage />
      </Shell>
    ),
  },
  {
    path: '/v/:versionId',
    element: <VersionLayout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'tabel/:n', element: <TablePage /> },
      { path: 'indikator/:key', element: <IndicatorPage /> },
      { path: 'perangkat-daerah', element: <PerangkatDaerahPage /> },
      { path: 'temuan', element: <FindingsPage /> },
      { path: 'versi', element: <VersionsPage /> },
      { path: 'versi/bandingkan', element: <ComparePage /> },
      { path: 'impor-ekspor', element: <ImportExportPage /> },
      { path: 'pemantauan', element: <MonitoringPage /> },
      { path: 'rencana-aksi', element: <RencanaAksiPage /> },
      { path: 'periode', element: <PeriodsPage /> },
      { path: '*', element: <NotFound bare /> },
    ],
  },
  { path: '*', element: <NotFound /> },
]);

/** The signed-in app; main.tsx loads this module only after sign-in, so the sign-in page stays small. */
export function AppRoutes() {
  return <RouterProvider router={router} />;
}
