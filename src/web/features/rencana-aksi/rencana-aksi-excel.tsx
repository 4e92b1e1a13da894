// Action plans in Excel: download the year's plans as .xlsx; upload a filled workbook, see every
// problem by row and column before anything is saved, then save all rows at once (or none).
import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useImportFlow } from '../../shared/import-flow.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { ImportCounts as Counts, ImportProblemTable as ProblemTable } from '../../shared/import-result.tsx';
import { exportHref, planApi, planKeys, type PlanImportResult } from './rencana-aksi-api.ts';

export function PlanExcel({ year, pdKey, canImport }: { year: number; pdKey: string | undefined; canImport: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const inputId = useId();
  const { fileInput, file, preview, previewM, commitM, committed, refused, chooseFile, onPreview, commit, canCommit } =
    useImportFlow<PlanImportResult>({
      preview: (f) => planApi.previewImport(f, year),
      commit: (f) => planApi.commitImport(f, year),
      onCommitted: () => void qc.invalidateQueries({ queryKey: planKeys.all }),
    });

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
                  onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
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
                      onClick={commit}
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
