// One LKE line of the worksheet as a table row: the raw value typed by the line (number with the
// Indonesian decimal comma, or a select of levels such as Opini BPK), applicability, source badge
// with its document and evidence, score, status, notes, and its own save with optimistic locking
// (409: the current value and a reload; 422: the server's message on the field).
import { useId, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LineScore } from '../../../domain/evaluasi/lke-score.ts';
import type { LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import { ApiError } from '../../api/client.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { LineEvidenceList } from './line-evidence.tsx';
import { RecordHistory } from '../audit/record-history.tsx';
import {
  evaluasiApi,
  evaluasiKeys,
  type LineEvidence,
  type LineSource,
  type LineStatus,
  type StaleLineDetails,
  type WorksheetLine,
} from './evaluasi-api.ts';
import { parseRawText, rawDisplay, rawToText, sameRaw } from './lke-inputs.ts';

export function sourceKey(source: LineSource, hasValue: boolean): MessageKey {
  if (source === 'realisasi') return 'ev.source.realisasi';
  if (source === 'renaksi') return 'ev.source.renaksi';
  return hasValue ? 'ev.source.manual' : 'ev.source.empty';
}

export function SourceBadge({ line }: { line: WorksheetLine }) {
  const { t } = useT();
  return (
    <span className={`badge ev-src ev-src-${line.raw === null ? 'empty' : line.source}`}>
      {t(sourceKey(line.source, line.raw !== null))}
    </span>
  );
}

interface Fields {
  text: string;
  applicable: boolean;
  sourceDocument: string;
  notes: string;
  status: LineStatus;
}

function fieldsOf(line: LkeLine, saved: WorksheetLine): Fields {
  return {
    text: rawToText(saved.raw),
    applicable: saved.applicable ?? line.applicable ?? true,
    sourceDocument: saved.sourceDocument ?? '',
    notes: saved.notes,
    status: saved.status,
  };
}

export function LineRow({
  year,
  evaluasiId,
  line,
  saved,
  score,
  evidence,
  editable,
  depth,
  columns,
}: {
  year: number;
  evaluasiId: string;
  line: LkeLine;
  saved: WorksheetLine;
  score: LineScore | undefined;
  evidence: LineEvidence[];
  editable: boolean;
  depth: number;
  columns: number;
}) {
  const { t, locale } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  // The server line the edits are based on: its rowVersion goes with the save, so a change made
  // elsewhere in between is refused (409) instead of silently overwritten.
  const [base, setBase] = useState(saved);
  const [f, setF] = useState<Fields>(() => fieldsOf(line, saved));
  const [savedNotice, setSavedNotice] = useState(false);
  const parsed = parseRawText(line, f.text);
  const defaultApplicable = line.applicable ?? true;
  const baseFields = fieldsOf(line, base);
  const dirty =
    !(parsed.ok && sameRaw(parsed.raw, base.raw)) ||
    f.applicable !== baseFields.applicable ||
    f.sourceDocument.trim() !== baseFields.sourceDocument ||
    f.notes !== baseFields.notes ||
    f.status !== baseFields.status;
  // A newer server line (a prefill, a reload) replaces an untouched row; edits in progress stay.
  if (saved.rowVersion !== base.rowVersion && !dirty) {
    setBase(saved);
    setF(fieldsOf(line, saved));
  }
  const set = (patch: Partial<Fields>) => {
    setSavedNotice(false);
    setF((x) => ({ ...x, ...patch }));
  };

  const save = useMutation({
    mutationFn: () => {
      if (!parsed.ok) throw new Error('unparsed');
      return evaluasiApi.saveLine(year, line.code, {
        raw: parsed.raw,
        applicable: f.applicable === defaultApplicable ? null : f.applicable,
        sourceDocument: f.sourceDocument.trim() || null,
        notes: f.notes,
        status: f.status,
        rowVersion: base.rowVersion,
      });
    },
    onSuccess: (row) => {
      setBase(row);
      setF(fieldsOf(line, row));
      setSavedNotice(true);
      void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  const stale =
    err?.code === 'STALE_WRITE' ? ((err.details as StaleLineDetails | undefined)?.current?.line ?? null) : null;
  const fieldMsg = (field: string): string | null => {
    if (field === 'raw' && !parsed.ok)
      return t(parsed.reason === 'ambiguous' ? 'ev.line.ambiguous' : 'ev.line.notNumber', { text: f.text.trim() });
    if (!err || stale) return null;
    const m = err.fields
      .filter((x) => x.field.replace(/^body\./, '').split('.')[0] === field)
      .map((x) => x.message)
      .join(' ');
    return m || null;
  };
  const knownField = err?.fields.some((x) =>
    ['raw', 'applicable', 'status', 'notes', 'sourceDocument'].includes(x.field.replace(/^body\./, '').split('.')[0]!),
  );
  const otherError = save.isError && !stale && !knownField ? save.error : null;
  const rawErr = fieldMsg('raw');
  const statusErr = fieldMsg('status');
  const docErr = fieldMsg('sourceDocument');
  const notesErr = fieldMsg('notes');

  const reload = () => {
    if (stale) {
      setBase(stale);
      setF(fieldsOf(line, stale));
    }
    save.reset();
    void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
  };

  const errorText = (id: string, m: string | null): ReactNode =>
    m ? (
      <p className="field-error" id={id}>
        <span aria-hidden="true">✖ </span>
        {m}
      </p>
    ) : null;

  const range = line.levels?.length
    ? line.levels.map((l) => l.code).join(' / ')
    : `${fmt.number(line.min)}–${fmt.number(line.max)}`;
  const lineEvidence = evidence.filter((e) => e.lineCode === line.code);
  const applicableNow = editable ? f.applicable : (saved.applicable ?? defaultApplicable);

  return (
    <>
      <tr
        className={`lke-line${applicableNow ? '' : ' not-applicable'}${dirty && editable ? ' dirty' : ''}`}
        data-line={line.code}
      >
        <th scope="row" className="lke-code">
          {line.code}
        </th>
        <td className={`lke-name depth-${Math.min(depth, 4)}`}>
          <span className="lke-line-name">{line.name}</span>
          <p className="hint">
            {t('ev.line.range', { range })}
            {line.evaluator ? ` · ${line.evaluator}` : ''}
            {line.multiplier ? ` · ${t('ev.line.multiplier', { code: line.multiplier })}` : ''}
          </p>
          {editable ? (
            <details className="lke-more" open={!!(docErr || notesErr)}>
              <summary>{t('ev.line.more')}</summary>
              <div className="field">
                <label htmlFor={`${uid}-doc`}>{t('ev.line.sourceDocument')}</label>
                <input
                  id={`${uid}-doc`}
                  value={f.sourceDocument}
                  maxLength={500}
                  aria-invalid={!!docErr}
                  onChange={(e) => set({ sourceDocument: e.target.value })}
                />
                {errorText(`${uid}-doc-err`, docErr)}
              </div>
              <div className="field">
                <label htmlFor={`${uid}-notes`}>{t('ev.line.notes')}</label>
                <textarea
                  id={`${uid}-notes`}
                  rows={2}
                  value={f.notes}
                  aria-invalid={!!notesErr}
                  onChange={(e) => set({ notes: e.target.value })}
                />
                {errorText(`${uid}-notes-err`, notesErr)}
              </div>
            </details>
          ) : (
            saved.notes && <p className="small lke-notes">{saved.notes}</p>
          )}
          <RecordHistory entityType="evaluasi_line" entityId={`${evaluasiId}:${line.code}`} />
        </td>
        <td className="num">{fmt.number(line.weight)}</td>
        <td className="lke-value">
          {editable ? (
            <>
              <label htmlFor={`${uid}-raw`} className="visually-hidden">
                {t('ev.line.valueOf', { code: line.code })}
              </label>
              {line.levels?.length ? (
                <select
                  id={`${uid}-raw`}
                  value={f.text}
                  aria-invalid={!!rawErr}
                  aria-describedby={rawErr ? `${uid}-raw-err` : undefined}
                  onChange={(e) => set({ text: e.target.value })}
                >
                  <option value="">{t('ev.line.chooseLevel')}</option>
                  {line.levels.map((l) => (
                    <option key={l.code} value={l.code}>
                      {`${l.code} — ${l.label}`}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={`${uid}-raw`}
                  className="lke-raw"
                  inputMode="decimal"
                  autoComplete="off"
                  value={f.text}
                  aria-invalid={!!rawErr}
                  aria-describedby={rawErr ? `${uid}-raw-err` : undefined}
                  onChange={(e) => set({ text: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && dirty && parsed.ok && !save.isPending) save.mutate();
                  }}
                />
              )}
              {errorText(`${uid}-raw-err`, rawErr)}
              <label className="choice small">
                <input type="checkbox" checked={f.applicable} onChange={(e) => set({ applicable: e.target.checked })} />
                {t('ev.line.applicable')}
              </label>
            </>
          ) : (
            <>
              <span className="lke-raw-read">{rawDisplay(line, saved.raw, locale)}</span>
              {!applicableNow && <p className="small muted">{t('ev.line.notApplicable')}</p>}
            </>
          )}
        </td>
        <td className="lke-source">
          <SourceBadge line={saved} />
          {saved.sourceDocument && <p className="small muted">{saved.sourceDocument}</p>}
          <LineEvidenceList year={year} line={line} files={lineEvidence} editable={editable} />
        </td>
        <td className="num lke-score">
          {score && score.applicable ? (
            <>
              {fmt.number(score.score, { maxDecimals: 2 })}
              <span className="muted"> / {fmt.number(score.maxScore, { maxDecimals: 2 })}</span>
            </>
          ) : (
            <span className="muted">{t('ev.line.notApplicableShort')}</span>
          )}
        </td>
        <td className="lke-status">
          {editable ? (
            <>
              <label htmlFor={`${uid}-status`} className="visually-hidden">
                {t('ev.line.statusOf', { code: line.code })}
              </label>
              <select
                id={`${uid}-status`}
                value={f.status}
                aria-invalid={!!statusErr}
                onChange={(e) => set({ status: e.target.value as LineStatus })}
              >
                <option value="draft">{t('ev.status.draft')}</option>
                <option value="final">{t('ev.status.final')}</option>
              </select>
              {errorText(`${uid}-status-err`, statusErr)}
            </>
          ) : (
            <span className={`badge ev-ls-${saved.status}`}>{t(`ev.status.${saved.status}`)}</span>
          )}
        </td>
        {editable && (
          <td className="actions-cell">
            <button
              type="button"
              className={dirty ? 'primary' : ''}
              disabled={!dirty || !parsed.ok || save.isPending}
              aria-label={t('ev.line.save', { code: line.code })}
              onClick={() => save.mutate()}
            >
              {save.isPending ? t('state.working') : t('action.save')}
            </button>
            {savedNotice && !dirty && (
              <span className="muted small" role="status">
                {t('ev.line.saved')}
              </span>
            )}
          </td>
        )}
      </tr>
      {(stale || otherError) && (
        <tr className="lke-line-message" data-line-message={line.code}>
          <td colSpan={columns}>
            {stale ? (
              <div className="notice notice-warning" role="alert">
                <p>
                  <strong>{t('ev.line.conflict')}</strong>{' '}
                  {t('ev.line.conflictCurrent', {
                    value: rawDisplay(line, stale.raw, locale),
                    by: stale.updatedBy,
                  })}
                </p>
                <button type="button" onClick={reload}>
                  {t('ev.line.reload')}
                </button>
              </div>
            ) : (
              <ErrorBox error={otherError} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
