// The judgement of one subject on the year's dimensions: per dimension a Sesuai / Tidak sesuai
// choice with its guiding question and a note (required for "Tidak sesuai" by the domain), or the
// same read-only — "Sesuai"/"Tidak sesuai" in words, never by colour alone.
import type { Dimensi, PenilaianBody } from './reviu-api.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FieldError } from '../../shared/field.tsx';

export function PenilaianEditor({
  idPrefix,
  dimensi,
  value,
  onChange,
  messageOf,
}: {
  idPrefix: string;
  dimensi: readonly Dimensi[];
  value: PenilaianBody[];
  onChange: (next: PenilaianBody[]) => void;
  messageOf: (field: string) => string | null;
}) {
  const { t } = useT();
  const set = (i: number, patch: Partial<PenilaianBody>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div className="rv-dimensi">
      {value.map((p, i) => {
        const d = dimensi.find((x) => x.code === p.dimensi);
        const id = `${idPrefix}-${p.dimensi}`;
        const err = messageOf(`penilaian.${i}.catatan`);
        return (
          <fieldset key={p.dimensi} className="rv-dim">
            <legend>{d?.label ?? p.dimensi}</legend>
            {d?.pertanyaan && <p className="muted small">{d.pertanyaan}</p>}
            <div className="rv-choices">
              <label className="choice">
                <input type="radio" name={id} checked={p.sesuai === true} onChange={() => set(i, { sesuai: true })} />
                {t('rv.sesuai')}
              </label>
              <label className="choice">
                <input type="radio" name={id} checked={p.sesuai === false} onChange={() => set(i, { sesuai: false })} />
                {t('rv.tidakSesuai')}
              </label>
            </div>
            <label htmlFor={`${id}-catatan`} className="small">
              {t('rv.catatan')}
            </label>
            <textarea
              id={`${id}-catatan`}
              rows={2}
              value={p.catatan}
              aria-invalid={!!err}
              aria-describedby={err ? `${id}-catatan-err` : undefined}
              onChange={(e) => set(i, { catatan: e.target.value })}
            />
            <FieldError id={`${id}-catatan-err`} message={err} />
          </fieldset>
        );
      })}
    </div>
  );
}

export function PenilaianView({
  penilaian,
  dimensi,
}: {
  penilaian: readonly PenilaianBody[];
  dimensi: readonly Dimensi[];
}) {
  const { t } = useT();
  return (
    <ul className="rv-view">
      {penilaian.map((p) => (
        <li key={p.dimensi}>
          <strong>{dimensi.find((d) => d.code === p.dimensi)?.label ?? p.dimensi}:</strong>{' '}
          <span className={p.sesuai === false ? 'rv-tidak' : p.sesuai ? 'rv-sesuai' : 'muted'}>
            {p.sesuai === null ? '—' : t(p.sesuai ? 'rv.sesuai' : 'rv.tidakSesuai')}
          </span>
          {p.catatan && <span className="small"> — {p.catatan}</span>}
        </li>
      ))}
    </ul>
  );
}
