// Versions (Versi): every version of the road map with its status and regulation; create an
// amendment version ("Buat versi perubahan"), put a draft into force ("Berlakukan", after its
// enacting regulation is entered: draft-enactment.tsx), and pick two
// versions to compare ("Bandingkan"); delete a draft ("Hapus draf"). Enacted versions are read-only.
// Below: which road map governs each year, and starting the road map of a new period.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useRoadMaps } from '../../api/endpoints.ts';
import type { RoadMapSummary } from '../../../domain/contracts/roadmap.ts';
import { AmendmentForm, versionName } from './amendment-form.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { regulasiCitation } from '../../shared/regulasi.ts';
import { StatusBadge } from '../../shared/severity.tsx';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useVersionView, versionHref } from '../../shared/version-context.tsx';
import { useCan } from '../auth/auth.tsx';
import { isVersionDeletable } from '../../../domain/roadmap/version-rules.ts';
import { DeleteDraftButton } from './delete-draft-button.tsx';
import { ActivateButton, EnactingRegulasiForm } from './draft-enactment.tsx';
import { NewPeriodFormCard } from './new-period-form.tsx';
import { YearGovernanceTable } from './year-governance.tsx';

function CompareForm({ roadMap }: { roadMap: RoadMapSummary }) {
  const { t } = useT();
  const { version, href } = useVersionView();
  const navigate = useNavigate();
  const versions = [...roadMap.versions].sort((a, b) => a.versionNo - b.versionNo);
  const base =
    version.basedOnVersionId ??
    versions.find((v) => v.status === 'active' && v.id !== version.id)?.id ??
    versions[0]?.id ??
    '';
  const [from, setFrom] = useState(base);
  const [to, setTo] = useState(version.id);
  return (
    <form
      className="card"
      aria-labelledby="compare-title"
      onSubmit={(e) => {
        e.preventDefault();
        void navigate(href(`versi/bandingkan?dari=${encodeURIComponent(from)}&ke=${encodeURIComponent(to)}`));
      }}
    >
      <h2 id="compare-title">{t('compare.title')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="cmp-from">{t('compare.from')}</label>
          <select id="cmp-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {`${versionName(v)} · ${t(`status.${v.status}`)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cmp-to">{t('compare.to')}</label>
          <select id="cmp-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {`${versionName(v)} · ${t(`status.${v.status}`)}`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {from === to && <p className="hint">{t('compare.same')}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!from || !to || from === to}>
          {t('compare.submit')}
        </button>
      </div>
    </form>
  );
}

export function VersionsPage() {
  const { t, locale } = useT();
  const fmt = useFormat();
  const { version, doc } = useVersionView();
  usePageTitle(t('nav.versions'));
  const mayAmend = useCan('roadmap:amend');
  const mayStart = useCan('roadmap:import');
  const q = useRoadMaps();
  const [enacting, setEnacting] = useState<string | null>(null);
  const [enacted, setEnacted] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const roadMap = q.data.find((rm) => rm.id === version.roadMapId);
  if (!roadMap) return <Empty>{t('versions.none')}</Empty>;
  const versions = [...roadMap.versions].sort((a, b) => b.versionNo - a.versionNo);
  const byId = new Map(roadMap.versions.map((v) => [v.id, v]));
  const inForce = roadMap.versions.find((v) => v.status === 'active');
  const enactingVersion = roadMap.versions.find((v) => v.id === enacting && v.status === 'draft');

  return (
    <article>
      <header className="page-head">
        <h1>{t('versions.title')}</h1>
        <p className="lead">
          {roadMap.title} · {fmt.period(roadMap.periodStart, roadMap.periodEnd)}
        </p>
      </header>
      <p className="notice notice-info" role="note">
        {t('versions.enactedNote')}
      </p>
      <div className="table-wrap">
        <table className="data versions">
          <thead>
            <tr>
              <th scope="col">{t('versions.no')}</th>
              <th scope="col">{t('versions.label')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.regulasi')}</th>
              <th scope="col">{t('versions.basedOn')}</th>
              <th scope="col">{t('versions.created')}</th>
              <th scope="col">{t('form.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => {
              const basedOn = v.basedOnVersionId ? byId.get(v.basedOnVersionId) : undefined;
              return (
                <tr key={v.id} data-version={v.id} aria-current={v.id === version.id ? 'true' : undefined}>
                  <td className="num">v{v.versionNo}</td>
                  <th scope="row">
                    <Link to={versionHref(v.id)}>{v.versionLabel}</Link>
                    {v.id === version.id && <span className="muted small"> ({t('versions.viewing')})</span>}
                  </th>
                  <td>
                    <StatusBadge status={v.status} />
                  </td>
                  <td>
                    {v.regulasi ? regulasiCitation(v.regulasi, doc.instansi, locale) : <span className="muted">–</span>}
                  </td>
                  <td>{basedOn ? versionName(basedOn) : <span className="muted">–</span>}</td>
                  <td>{fmt.date(v.createdAt)}</td>
                  <td className="actions-cell">
                    {v.status === 'draft' && mayAmend && (
                      <ActivateButton
                        version={v}
                        onEnact={() => {
                          setEnacting(v.id);
                          setEnacted(false);
                        }}
                      />
                    )}
                    {isVersionDeletable(v.status) && mayAmend && (
                      <DeleteDraftButton
                        version={v}
                        viewing={v.id === version.id}
                        fallbackId={(inForce ?? versions.find((x) => x.id !== v.id))?.id}
                      />
                    )}
                    {basedOn && (
                      <Link
                        className="button"
                        to={versionHref(
                          version.id,
                          `versi/bandingkan?dari=${encodeURIComponent(basedOn.id)}&ke=${encodeURIComponent(v.id)}`,
                        )}
                      >
                        {t('versions.compareWithBase')}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {enacted && (
        <p className="notice notice-success" role="status">
          {t('enact.saved')}
        </p>
      )}
      {enactingVersion && (
        <EnactingRegulasiForm
          version={enactingVersion}
          onDone={(saved) => {
            setEnacting(null);
            setEnacted(saved);
          }}
        />
      )}
      {roadMap.versions.length > 1 && <CompareForm roadMap={roadMap} />}
      {mayAmend ? <AmendmentForm roadMap={roadMap} /> : <p className="muted">{t('auth.noAmend')}</p>}
      <YearGovernanceTable />
      {mayStart && <NewPeriodFormCard maps={q.data} />}
    </article>
  );
}
