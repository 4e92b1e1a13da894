// Importing a SP4N-LAPOR! export (.csv or .xlsx): every problem by row and column before anything is
// saved, then all rows at once or none. A tracking number already in the register is updated, never
// duplicated, so the same export can be imported again each month.
import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useImportFlow } from '../../shared/import-flow.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ImportCounts, ImportProblemTable } from '../../shared/import-result.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { pengaduanApi, pengaduanKeys, type PengaduanImportResult } from './pengaduan-api.ts';

export function PengaduanImport({ year }: { year: number }) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const inputId = useId();
  const { fileInput, file, preview, previewM, commitM, committed, refused, chooseFile, onPreview, commit, canCommit } =
    useImportFlow<PengaduanImportResult>({
      preview: (f) => pengaduanApi.previewImport(f),
      commit: (f) => pengaduanApi.commitImport(f),
      onCommitted: () => void qc.invalidateQueries({ queryKey: pengaduanKeys.all }),
    });
  return (
    <section className="card pg-import" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('pg.imp.title')}</h2>
      <p className="muted small">{t('pg.imp.intro', { year })}</p>
      <form onSubmit={onPreview} className="upload">
        <div className="field">
          <label htmlFor={inputId}>{t('pg.imp.file')}</label>
          <input
            ref={fileInput}
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          />
          {file && (
            <p className="hint">
              {t('ra.imp.chosen', { name: file.name, size: fmt.number(Math.ceil(file.size / 1024)) })}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={previewM.isPending}>
            {previewM.isPending ? t('state.working') : t('pg.imp.preview')}
          </button>
        </div>
      </form>
      {previewM.isError && <ErrorBox error={previewM.error} />}
      {preview && (
        <div className="import-preview">
          {preview.ok ? (
            <p className="notice notice-success" role="status">
              {t('pg.imp.ok')}
            </p>
          ) : (
            <p className="notice notice-error" role="alert">
              {t('ra.imp.hasErrors', { n: preview.problems.length })}
            </p>
          )}
          <ImportCounts result={preview} />
          {preview.problems.length > 0 && <ImportProblemTable problems={preview.problems} />}
          {!committed && (
            <div className="form-actions">
              <button type="button" className="primary" disabled={!canCommit} onClick={commit}>
                {commitM.isPending ? t('state.working') : t('pg.imp.commit')}
              </button>
              {!preview.ok && <span className="hint">{t('ra.imp.blocked')}</span>}
            </div>
          )}
        </div>
      )}
      {commitM.isError && <ErrorBox error={commitM.error} title={t('ra.imp.commitFailed')} />}
      {refused && refused.problems.length > 0 && <ImportProblemTable problems={refused.problems} />}
      {committed && (
        <p className="notice notice-success" role="status">
          {t('pg.imp.done', {
            create: committed.counts.create,
            update: committed.counts.update,
            unchanged: committed.counts.unchanged,
          })}
        </p>
      )}
    </section>
  );
}
