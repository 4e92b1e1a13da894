// The frame of every screen inside a version: header (Peta RB, instansi, version picker, language
// switch), the main navigation, the page, and the footer with the API documentation link. On a
// narrow screen (app.css) the header's tools and the navigation fold behind one "Menu" button.
import { useMemo, useState, type ReactNode } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigate, useParams } from 'react-router';
import { useRoadMaps, useVersion } from '../api/endpoints.ts';
import { useT } from '../i18n/i18n.tsx';
import { UserMenu, useAuth, useCan } from '../features/auth/auth.tsx';
import { ChangePasswordLink } from '../features/auth/account-link.tsx';
import { NotificationBell } from '../features/monitoring/notification-bell.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ErrorBox, Loading } from './states.tsx';
import { VersionContext, versionHref, type VersionView } from './version-context.tsx';

function VersionPicker({ versionId }: { versionId: string }) {
  const { t } = useT();
  const roadMaps = useRoadMaps();
  const navigate = useNavigate();
  const location = useLocation();
  const known = roadMaps.data?.some((rm) => rm.versions.some((v) => v.id === versionId));
  return (
    <div className="version-picker">
      <label htmlFor="version-picker">{t('layout.version')}</label>
      <select
        id="version-picker"
        value={versionId}
        disabled={!roadMaps.data}
        onChange={(e) => {
          const rest = location.pathname.replace(/^\/v\/[^/]+/, '');
          void navigate(versionHref(e.target.value, rest) + location.search);
        }}
      >
        {!known && <option value={versionId}>{roadMaps.isPending ? t('state.loading') : versionId}</option>}
        {roadMaps.data?.map((rm) => (
          <optgroup key={rm.id} label={`${rm.title} (${rm.periodStart}–${rm.periodEnd})`}>
            {[...rm.versions]
              .sort((a, b) => b.versionNo - a.versionNo)
              .map((v) => (
                <option key={v.id} value={v.id}>
                  {`${v.versionLabel} · ${t(`status.${v.status}`)} · v${v.versionNo}`}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function Shell({
  versionId,
  instansiName,
  children,
}: {
  versionId?: string;
  instansiName?: string;
  children: ReactNode;
}) {
  const { t } = useT();
  const canMonitor = useCan('monitoring:read');
  const canManagePeriods = useCan('periode:manage');
  // The server's super-administrator reads no instansi's road map (decision 0012).
  const canReadRoadMap = useCan('roadmap:read');
  const nav: { to: string; label: string; end?: boolean }[] = versionId
    ? [
        { to: versionHref(versionId), label: t('nav.overview'), end: true },
        { to: versionHref(versionId, 'tabel/1'), label: t('nav.tabel1') },
        { to: versionHref(versionId, 'tabel/2'), label: t('nav.tabel2') },
        { to: versionHref(versionId, 'tabel/3'), label: t('nav.tabel3') },
        { to: versionHref(versionId, 'perangkat-daerah'), label: t('nav.pd') },
        { to: versionHref(versionId, 'temuan'), label: t('nav.findings') },
        ...(canMonitor ? [{ to: versionHref(versionId, 'pemantauan'), label: t('nav.monitoring') }] : []),
        ...(canMonitor ? [{ to: versionHref(versionId, 'rencana-aksi'), label: t('ra.nav') }] : []),
        ...(canManagePeriods ? [{ to: versionHref(versionId, 'periode'), label: t('per.nav') }] : []),
        { to: versionHref(versionId, 'versi'), label: t('nav.versions') },
        { to: versionHref(versionId, 'impor-ekspor'), label: t('nav.importExport') },
      ]
    : // Outside a version (accounts, audit, evaluation): the way back to the road map in force.
      canReadRoadMap
      ? [
          { to: '/', label: t('nav.roadMap'), end: true },
          { to: '/impor', label: t('nav.importExport') },
        ]
      : [];
  // Accounts and the audit log are instansi-wide, outside any version; without accounts there are none.
  const { accounts } = useAuth();
  const canManageUsers = useCan('user:manage') && accounts;
  const canReadAudit = useCan('audit:read') && accounts;
  // The yearly evaluation is instansi-wide, like accounts and audit: reachable from every screen.
  const canEvaluate = useCan('evaluasi:read');
  const canReview = useCan('pembinaan:read');
  const canComplaints = useCan('pengaduan:read');
  const canMeetings = useCan('rapat:read');
  const canReports = useCan('laporan:read');
  const canManageInstansi = useCan('instansi:manage');
  const adminNav: typeof nav = [
    ...(canReadRoadMap ? [{ to: '/stu', label: t('nav.stu') }] : []),
    ...(canMeetings ? [{ to: '/rapat', label: t('nav.rapat') }] : []),
    ...(canReports ? [{ to: '/laporan', label: t('nav.laporan') }] : []),
    ...(canComplaints ? [{ to: '/pengaduan', label: t('nav.pengaduan') }] : []),
    ...(canEvaluate ? [{ to: '/evaluasi', label: t('nav.evaluasi') }] : []),
    ...(canReview ? [{ to: '/pembinaan', label: t('nav.pembinaan') }] : []),
    ...(canManageInstansi ? [{ to: '/instansi', label: t('nav.instansi') }] : []),
    ...(canManageUsers ? [{ to: '/pengguna', label: t('nav.users') }] : []),
    ...(canReadAudit ? [{ to: '/audit', label: t('nav.audit') }] : []),
  ];
  // The menu is open for the address it was opened on: following a link in it closes it.
  const { pathname } = useLocation();
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === pathname;
  return (
    <div className={menuOpen ? 'app menu-open' : 'app'}>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <a href={versionId ? versionHref(versionId) : '/'} className="brand-name">
            Peta RB
          </a>
          {instansiName && <span className="brand-instansi">{instansiName}</span>}
        </div>
        <button
          type="button"
          className="on-brand menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="header-tools app-nav"
          onClick={() => setMenuOpenAt(menuOpen ? null : pathname)}
        >
          <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span> {t('layout.menu')}
        </button>
        <div className="header-tools" id="header-tools">
          {versionId && <VersionPicker versionId={versionId} />}
          <LanguageSwitch />
          {versionId && canMonitor && <NotificationBell href={versionHref(versionId, 'pemantauan?tab=notifikasi')} />}
          <UserMenu>
            <ChangePasswordLink />
          </UserMenu>
        </div>
      </header>
      <nav className="app-nav" id="app-nav" aria-label={t('layout.nav')}>
        <ul>
          {[...nav, ...adminNav].map((n) => (
            <li key={n.to}>
              <NavLink to={n.to} end={n.end ?? false}>
                {n.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <span>{t('layout.footer')}</span> · <a href="/api/docs">{t('layout.apiDocs')}</a>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

/** Layout of /v/:versionId/*: loads the version and provides it to the screens. */
export function VersionLayout() {
  const { t } = useT();
  const { versionId = '' } = useParams();
  const q = useVersion(versionId);
  const view = useMemo<VersionView | null>(
    () =>
      q.data
        ? {
            version: q.data,
            doc: q.data.document,
            findings: q.data.findings,
            href: (path?: string) => versionHref(q.data.id, path),
          }
        : null,
    [q.data],
  );
  return (
    <Shell versionId={versionId} {...(view ? { instansiName: view.doc.instansi.name } : {})}>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : view ? (
        <VersionContext.Provider value={view}>
          {view.version.status !== 'active' && (
            <p className={`notice version-banner status-${view.version.status}`} role="note">
              {t(view.version.status === 'draft' ? 'layout.draftBanner' : 'layout.supersededBanner', {
                label: view.doc.roadMap.versionLabel,
              })}
            </p>
          )}
          <Outlet />
        </VersionContext.Provider>
      ) : null}
    </Shell>
  );
}
