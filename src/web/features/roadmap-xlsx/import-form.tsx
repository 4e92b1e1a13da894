// The import panel: upload an .xlsx, preview it (nothing is saved), then commit the same file as a
// new version. Users without the import permission are told so.
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ImportCommitResult,
  ImportPreview,
  XlsxProblem,
  ImportErrorDetails,
} from '../../../domain/contracts/roadmap-xlsx.ts';
import { ApiError } from '../../api/client.ts';
import { api, keys, useRoadMaps } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { versionHref } from '../../shared/version-context.tsx';
import { useCan } from '../auth/auth.tsx';
import { CommitForm } from './import-commit-form.tsx';
import { NewPdChoice, PreviewResult, ProblemsTable } from './import-preview.tsx';

export function ImportPanel() {
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
  // Unknown PD names met in this file (kept while ticked, so a ticked one stays listed) and those
  // the user chose to create; a tick previews again, so the errors turn into "new PD" warnings.
  const [pdChoices, setPdChoices] = useState<string[]>([]);
  const [newPd, setNewPd] = useState<string[]>([]);

  const previewM = useMutation({
    mutationFn: ({ f, pds }: { f: File; pds: string[] }) => api.previewImport(f, pds),
    onSuccess: (res, { pds }) => {
      setPreview(res);
      setPdChoices((prev) => [...new Set([...prev.filter((n) => pds.includes(n)), ...pds, ...res.unknownPd])]);
    },
  });
  const commitM = useMutation({
    mutationFn: (f: File) => api.commitImport(f, status, roadMapId || undefined, newPd),
    onSuccess: (res) => {
      setCommitted(res);
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void qc.invalidateQueries({ queryKey: ['perangkat-daerah'] });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'IMPORT_HAS_ERRORS') {
        const d = err.details as ImportErrorDetails | undefined;
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
    previewM.mutate({ f: file, pds: newPd });
  };

  const toggleNewPd = (name: string, on: boolean) => {
    const next = on ? [...newPd, name] : newPd.filter((n) => n !== name);
    setNewPd(next);
    setCommitted(null);
    setCommitProblems(null);
    commitM.reset();
    if (file) previewM.mutate({ f: file, pds: next });
  };

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
              setPdChoices([]);
              setNewPd([]);
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

      {preview && (
        <div className="preview" aria-live="polite">
          <h3>{t('import.result')}</h3>
          <NewPdChoice names={pdChoices} chosen={newPd} disabled={previewM.isPending} onToggle={toggleNewPd} />
          <PreviewResult preview={preview} />
          <CommitForm
            status={status}
            onStatus={setStatus}
            roadMapId={roadMapId}
            onRoadMap={setRoadMapId}
            roadMaps={roadMaps.data ?? []}
            previewOk={preview.ok}
            canCommit={canCommit}
            pending={commitM.isPending}
            onCommit={() => {
              if (file && canCommit) commitM.mutate(file);
            }}
          />
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
