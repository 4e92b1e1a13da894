// Action plans in Excel: download the year's plans as .xlsx; upload a filled workbook, see every
// problem by row and column before anything is saved, then save all rows at once (or none).
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { exportHref, planApi, planKeys, type PlanImportProblem, type PlanImportResult } from './rencana-aksi-api.ts';

function ProblemTable({ problems }: { problems: PlanImportProblem[] }) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table className="data compact import-problems">
        <caption>{t('ra.imp.problems', { n: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ra.imp.row')}</th>
            <th scope="col">{t('ra.imp.column')}</th>
            <th scope="col">{t('ra.imp.message')}</th>
            <th scope="col">{t('ra.imp.code')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={`row-${p.severity}`} data-code={p.code} data-row={p.row ?? ''}>
              <td className="num">{p.row ?? '–'}</td>
              <td>
                {p.column ?? '–'}
                {p.header && <span className="muted small block">{p.header}</span>}
              </td>
              <td>{p.message}</td>
              <td>
                <code>{p.code}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Counts({ result }: { result: PlanImportResult }) {
  const { t } = useT();
  return (
    <dl className="counts import-counts">
      <div>
        <dt>{t('ra.imp.rows')}</dt>
        <dd data-count="rows">{result.counts.rows}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.create')}</dt>
        <dd data-count="create">{result.counts.create}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.update')}</dt>
        <dd data-count="update">{result.counts.update}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.unchanged')}</dt>
        <dd data-count="unchanged">{result.counts.unchanged}</dd>
      </div>
      <div>
        <dt>{t('ra.imp.errorRows')}</dt>
        <dd data-count="errors">{result.counts.errors}</dd>
      </div>
    </dl>
  );
}

export function PlanExcel({ year, pdKey, canImport }: { year: number; pdKey: string | undefined; canImport: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<PlanImportResult | null>(null);
  const [committed, setCommitted] = useState<PlanImportResult | null>(null);
  const [refused, setRefused] = useState<PlanImportResult | null>(null);

  const previewM = useMutation({
    mutationFn: (f: File) => planApi.previewImport(f, year),
    onSuccess: setPreview,
  });
  const commitM = useMutation({
    mutationFn: (f: File) => planApi.commitImport(f, year),
    onSuccess: (res) => {
      setCommitted(res);
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'IMPORT_HAS_ERRORS') setRefused(err.details as PlanImportResult);
    },
  });
  const reset = () => {
    setPreview(null);
    setCommitted(null);
    setRefused(null);
    previewM.reset();
    commitM.reset();
  };
  const onPreview = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      fileInput.current?.focus();
      return;
    }
    reset();
    previewM.mutate(file);
  };
  const canCommit = !!file && !!preview?.ok && !committed && !commitM.isPending;

  return (
    <div className="plan-excel">
      <section className="card" aria-labelledby={`${inputId}-export`}>
        <h2 id={`${inputId}-export`}>{t('ra.exp.title')}</h2>
        <p className="muted small">{t('ra.exp.intro')}</p>
        <a className="button" href={exportHref(year, pdKey)} download>
          {t('ra.exp.download', { year })}
        </a>
      </section>

      <section className="card" aria-labelledby={`${inputId}-import`}>
        <h2 id={`${inputId}-import`}>{t('ra.imp.title', { year })}</h2>
        {!canImport ? (
          <p className="muted">{t('ra.imp.notAllowed')}</p>
        ) : (
          <>
            <p className="muted small">{t('ra.imp.intro')}</p>
            <form onSubmit={onPreview} className="upload">
              <div className="field">
                <label htmlFor={inputId}>{t('ra.imp.file')}</label>
                <input
                  ref={fileInput}
                  id={inputId}
                  type="file"
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  onChange={(e) => {
                    setFile(e.target.files?.[0] ?? null);
                    reset();
                  }}
                />
                {file && (
                  <p className="hint">
                    {t('ra.imp.chosen', { name: file.name, size: fmt.number(Math.ceil(file.size / 1024)) })}
                  </p>
                )}
              </div>
              <button type="submit" className="primary" disabled={!file || previewM.isPending}>
                {previewM.isPending ? t('state.working') : t('ra.imp.preview')}
              </button>
            </form>
            {previewM.isError && <ErrorBox error={previewM.error} title={t('ra.imp.previewFailed')} />}

            {preview && (
              <div className="preview" aria-live="polite">
                <h3>{t('ra.imp.result')}</h3>
                {preview.ok ? (
                  <p className="notice notice-success" role="status">
                    {t('ra.imp.ok')}
                  </p>
                ) : (
                  <p className="notice notice-error" role="alert">
                    {t('ra.imp.hasErrors', { n: preview.problems.filter((p) => p.severity === 'error').length })}
                  </p>
                )}
                <Counts result={preview} />
                {preview.problems.length > 0 && <ProblemTable problems={preview.problems} />}
                {!committed && (
                  <div className="form-actions">
                    <button
                      type="button"
                      className="primary"
                      disabled={!canCommit}
                      aria-describedby={preview.ok ? undefined : `${inputId}-blocked`}
                      onClick={() => file && commitM.mutate(file)}
                    >
                      {commitM.isPending ? t('state.working') : t('ra.imp.commit')}
                    </button>
                    {!preview.ok && (
                      <span className="hint" id={`${inputId}-blocked`}>
                        {t('ra.imp.blocked')}
                      </span>
                    )}
                  </div>
                )}
              </div>
            )}
            {commitM.isError && <ErrorBox error={commitM.error} title={t('ra.imp.commitFailed')} />}
            {refused && refused.problems.length > 0 && <ProblemTable problems={refused.problems} />}
            {committed && (
              <p className="notice notice-success" role="status">
                {t('ra.imp.done', {
                  create: committed.counts.create,
                  update: committed.counts.update,
                  unchanged: committed.counts.unchanged,
                })}
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
