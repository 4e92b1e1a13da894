// One LKE line of the worksheet as a table row: the raw value typed by the line (number with the
// Indonesian decimal comma, or a select of levels such as Opini BPK), applicability, source badge
// with its document and evidence, score, status, notes, and its own save with optimistic locking
// (409: the current value and a reload; 422: the server's message on the field).
import { useId } from 'react';
import type { LineScore } from '../../../domain/evaluasi/lke-score.ts';
import type { LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { LineEvidenceList } from './line-evidence.tsx';
import { RecordHistory } from '../audit/record-history.tsx';
import type { LineEvidence, LineSource, WorksheetLine } from './evaluasi-api.ts';
import { MoreFields, RawInput, StatusSelect } from './line-cells.tsx';
import { rawDisplay } from './lke-inputs.ts';
import { useLineSave } from './use-line-save.ts';

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
  const { f, set, dirty, canSave, save, savedNotice, stale, otherError, fieldMsg, reload } = useLineSave(
    year,
    line,
    saved,
  );
  const defaultApplicable = line.applicable ?? true;

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
            <MoreFields uid={uid} f={f} set={set} docErr={fieldMsg('sourceDocument')} notesErr={fieldMsg('notes')} />
          ) : (
            saved.notes && <p className="small lke-notes">{saved.notes}</p>
          )}
          <RecordHistory entityType="evaluasi_line" entityId={`${evaluasiId}:${line.code}`} />
        </td>
        <td className="num">{fmt.number(line.weight)}</td>
        <td className="lke-value">
          {editable ? (
            <RawInput
              uid={uid}
              line={line}
              f={f}
              set={set}
              error={fieldMsg('raw')}
              onEnter={() => canSave && save.mutate()}
            />
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
            <StatusSelect uid={uid} line={line} f={f} set={set} error={fieldMsg('status')} />
          ) : (
            <span className={`badge ev-ls-${saved.status}`}>{t(`ev.status.${saved.status}`)}</span>
          )}
        </td>
        {editable && (
          <td className="actions-cell">
            <button
              type="button"
              className={dirty ? 'primary' : ''}
              disabled={!canSave}
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
