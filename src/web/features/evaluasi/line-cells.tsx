// The editable cells of a worksheet line row: the raw value (number with the Indonesian decimal
// comma, or a select of levels such as Opini BPK) with applicability, the "more" fields (source
// document, notes), the status select, and a field's error text.
import type { LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { LineStatus } from './evaluasi-api.ts';
import type { LineFields } from './line-form.ts';
import { FieldError } from '../../shared/field.tsx';

interface CellProps {
  uid: string;
  line: LkeLine;
  f: LineFields;
  set: (patch: Partial<LineFields>) => void;
}

export function RawInput({
  uid,
  line,
  f,
  set,
  error,
  onEnter,
}: CellProps & { error: string | null; onEnter: () => void }) {
  const { t } = useT();
  const aria = { 'aria-invalid': !!error, 'aria-describedby': error ? `${uid}-raw-err` : undefined };
  return (
    <>
      <label htmlFor={`${uid}-raw`} className="visually-hidden">
        {t('ev.line.valueOf', { code: line.code })}
      </label>
      {line.levels?.length ? (
        <select id={`${uid}-raw`} value={f.text} {...aria} onChange={(e) => set({ text: e.target.value })}>
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
          {...aria}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onEnter();
          }}
        />
      )}
      <FieldError id={`${uid}-raw-err`} message={error} />
      <label className="choice small">
        <input type="checkbox" checked={f.applicable} onChange={(e) => set({ applicable: e.target.checked })} />
        {t('ev.line.applicable')}
      </label>
    </>
  );
}

export function MoreFields({
  uid,
  f,
  set,
  docErr,
  notesErr,
}: Omit<CellProps, 'line'> & {
  docErr: string | null;
  notesErr: string | null;
}) {
  const { t } = useT();
  return (
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
        <FieldError id={`${uid}-doc-err`} message={docErr} />
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
        <FieldError id={`${uid}-notes-err`} message={notesErr} />
      </div>
    </details>
  );
}

export function StatusSelect({ uid, line, f, set, error }: CellProps & { error: string | null }) {
  const { t } = useT();
  return (
    <>
      <label htmlFor={`${uid}-status`} className="visually-hidden">
        {t('ev.line.statusOf', { code: line.code })}
      </label>
      <select
        id={`${uid}-status`}
        value={f.status}
        aria-invalid={!!error}
        onChange={(e) => set({ status: e.target.value as LineStatus })}
      >
        <option value="draft">{t('ev.status.draft')}</option>
        <option value="final">{t('ev.status.final')}</option>
      </select>
      <FieldError id={`${uid}-status-err`} message={error} />
    </>
  );
}
