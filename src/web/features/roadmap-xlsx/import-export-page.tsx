// Import/Export (Impor/Ekspor): download Tabel 1/2/3 as .xlsx and the version as JSON; upload an
// .xlsx, preview every problem (sheet, row, column) with the summary and the findings the road map
// would have, then commit it as a draft or active version — the same file, nothing changed between.
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TableCode } from '../../../domain/roadmap/types.ts';
import { ApiError } from '../../api/client.ts';
import { api, downloads, keys, useRoadMaps } from '../../api/endpoints.ts';
import type { ImportCommitResult, ImportPreview, XlsxProblem } from '../../../domain/contracts/roadmap-xlsx.ts';
import { useT } from '../../i18n/i18n.tsx';
import { countBySeverity, FindingsTable } from '../../shared/findings-table.tsx';
import { useFormat } from '../../shared/format.ts';
import { SeverityBadge } from '../../shared/severity.tsx';
import { ErrorBox, usePageTitle } from '../../shared/states.tsx';
import { useVersionView, versionHref } from '../../shared/version-context.tsx';
import { useCan } from '../auth/auth.tsx';

function ProblemsTable({ problems }: { problems: XlsxProblem[] }) {
  const { t, pick } = useT();
  return (
    <div className="table-wrap">
      <table className="data problems">
        <caption>{t('import.problems', { n: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('finding.severity')}</th>
            <th scope="col">{t('import.sheet')}</th>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={`row-${p.severity}`} data-code={p.code}>
              <td>
                <SeverityBadge severity={p.severity} />
              </td>
              <td>{p.sheet}</td>
              <td className="num">{p.row ?? '–'}</td>
              <td>{p.column ?? '–'}</td>
              <td>{pick(p.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportPanel() {
  const mayImport = useCan('roadmap:import');
  return mayImport ? <ImportForm /> : <ImportNotAllowed />;
}

function ImportNotAllowed() {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="muted">{t('auth.noImport')}</p>
    </section>
  );
}

function ImportForm() {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const roadMaps = useRoadMaps();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [status, setStatus] = useState<'draft' | 'active'>('draft');
  const [roadMapId, setRoadMapId] = useState('');
  const [committed, setCommitted] = useState<ImportCommitResult | null>(null);
  const [commitProblems, setCommitProblems] = useState<XlsxProblem[] | null>(null);

  const previewM = useMutation({
    mutationFn: (f: File) => api.previewImport(f),
    onSuccess: (res) => setPreview(res),
  });
  const commitM = useMutation({
    mutationFn: (f: File) => api.commitImport(f, status, roadMapId || undefined),
    onSuccess: (res) => {
      setCommitted(res);
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void qc.invalidateQueries({ queryKey: ['perangkat-daerah'] });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'IMPORT_HAS_ERRORS') {
        const d = err.details as { problems?: XlsxProblem[] } | undefined;
        setCommitProblems(d?.problems ?? null);
      }
    },
  });

  const onPreview = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      fileInput.current?.focus();
      return;
    }
    setPreview(null);
    setCommitted(null);
    setCommitProblems(null);
    commitM.reset();
    previewM.mutate(file);
  };

  const counts = preview
    ? { problems: countBySeverity(preview.problems), findings: countBySeverity(preview.summary?.findings ?? []) }
    : null;
  const canCommit = !!file && !!preview && preview.ok && !committed && !commitM.isPending;

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="muted small">{t('import.intro')}</p>
      <form onSubmit={onPreview} className="upload">
        <div className="field">
          <label htmlFor={inputId}>{t('import.file')}</label>
          <input
            ref={fileInput}
            id={inputId}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setCommitted(null);
              setCommitProblems(null);
              previewM.reset();
              commitM.reset();
            }}
          />
          {file && (
            <p className="hint">
              {t('import.chosen', { name: file.name, size: fmt.number(Math.ceil(file.size / 1024)) })}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={!file || previewM.isPending}>
          {previewM.isPending ? t('import.previewing') : t('import.preview')}
        </button>
      </form>

      {previewM.isError && <ErrorBox error={previewM.error} title={t('import.previewFailed')} />}

      {preview && counts && (
        <div className="preview" aria-live="polite">
          <h3>{t('import.result')}</h3>
          {preview.ok ? (
            <p className="notice notice-success" role="status">
              {counts.problems.warnings === 0
                ? t('import.okClean')
                : t('import.okWarnings', { n: counts.problems.warnings })}
            </p>
          ) : (
            <p className="notice notice-error" role="alert">
              {t('import.hasErrors', { n: counts.problems.errors })}
            </p>
          )}
          {preview.summary && (
            <dl className="facts">
              <dt>{t('import.instansi')}</dt>
              <dd>{preview.summary.instansi}</dd>
              <dt>{t('import.roadMapTitle')}</dt>
              <dd>{preview.summary.title}</dd>
              <dt>{t('import.period')}</dt>
              <dd>{preview.summary.period}</dd>
              <dt>{t('overview.versionLabel')}</dt>
              <dd>{preview.summary.versionLabel}</dd>
              <dt>{t('overview.counts')}</dt>
              <dd>
                {t('import.counts', {
                  nodes: preview.summary.counts.nodes,
                  indicators: preview.summary.counts.indicators,
                  placements: preview.summary.counts.placements,
                  pd: preview.summary.counts.perangkatDaerah,
                })}
              </dd>
            </dl>
          )}
          {preview.problems.length > 0 ? (
            <ProblemsTable problems={preview.problems} />
          ) : (
            <p>{t('import.noProblems')}</p>
          )}
          {preview.summary && (
            <>
              <h3>{t('import.findings', { errors: counts.findings.errors, warnings: counts.findings.warnings })}</h3>
              {preview.summary.findings.length > 0 && <FindingsTable findings={preview.summary.findings} />}
            </>
          )}

          <form
            className="commit"
            onSubmit={(e) => {
              e.preventDefault();
              if (file && canCommit) commitM.mutate(file);
            }}
          >
            <h3>{t('import.commitTitle')}</h3>
            <fieldset>
              <legend>{t('import.status')}</legend>
              <label className="choice">
                <input
                  type="radio"
                  name="status"
                  value="draft"
                  checked={status === 'draft'}
                  onChange={() => setStatus('draft')}
                />{' '}
                {t('import.asDraft')}
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name="status"
                  value="active"
                  checked={status === 'active'}
                  onChange={() => setStatus('active')}
                />{' '}
                {t('import.asActive')}
              </label>
            </fieldset>
            <div className="field">
              <label htmlFor="imp-roadmap">{t('import.roadMap')}</label>
              <select id="imp-roadmap" value={roadMapId} onChange={(e) => setRoadMapId(e.target.value)}>
                <option value="">{t('import.roadMapAuto')}</option>
                {roadMaps.data?.map((rm) => (
                  <option key={rm.id} value={rm.id}>
                    {`${rm.title} (${rm.periodStart}–${rm.periodEnd})`}
                  </option>
                ))}
              </select>
            </div>
            {!preview.ok && (
              <p className="hint" id="commit-blocked">
                {t('import.commitBlocked')}
              </p>
            )}
            <button
              type="submit"
              className="primary"
              disabled={!canCommit}
              aria-describedby={preview.ok ? undefined : 'commit-blocked'}
            >
              {commitM.isPending ? t('state.working') : t('import.commit')}
            </button>
          </form>
          {commitM.isError && <ErrorBox error={commitM.error} title={t('import.commitFailed')} />}
          {commitProblems && commitProblems.length > 0 && <ProblemsTable problems={commitProblems} />}
          {committed && (
            <p className="notice notice-success" role="status">
              {t('import.committed')} <Link to={versionHref(committed.versionId)}>{t('import.openVersion')}</Link>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

export function ImportExportPage() {
  const { t } = useT();
  const { version, doc } = useVersionView();
  usePageTitle(t('nav.importExport'));
  const tables: TableCode[] = ['tabel1', 'tabel2', 'tabel3'];
  return (
    <article>
      <header className="page-head">
        <h1>{t('nav.importExport')}</h1>
        <p className="lead">
          {doc.instansi.name} · {doc.roadMap.versionLabel} (v{version.versionNo})
        </p>
      </header>
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <p className="muted small">{t('export.intro')}</p>
        <ul className="downloads">
          {tables.map((tc, i) => (
            <li key={tc}>
              <a className="button" href={downloads.xlsx(version.id, [tc])} download>
                <span aria-hidden="true">⬇</span> {t('export.table', { n: i + 1 })}
              </a>
            </li>
          ))}
          <li>
            <a className="button" href={downloads.xlsx(version.id)} download>
              <span aria-hidden="true">⬇</span> {t('export.all')}
            </a>
          </li>
          <li>
            <a className="button" href={downloads.json(version.id)} download>
              <span aria-hidden="true">⬇</span> {t('export.json')}
            </a>
          </li>
        </ul>
      </section>
      <ImportPanel />
    </article>
  );
}

/** /impor: the import alone, for a fresh installation without any road map yet. */
export function ImportOnlyPage() {
  const { t } = useT();
  usePageTitle(t('nav.importExport'));
  return (
    <article>
      <header className="page-head">
        <h1>{t('import.title')}</h1>
      </header>
      <ImportPanel />
    </article>
  );
}
