// Who evaluates what: for each PD and each sasaran of the year, the member of the team assigned to
// it; a member who belongs to a PD is not offered for it.
import type { JenisTugas } from '../../../domain/evaluasi/tim.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FieldError } from '../../shared/field.tsx';
import type { Tim } from './tim-api.ts';
import { knownOf, mayEvaluatePd, timBodyOf, tugasKey, type TimDraft } from './tim-form-state.ts';

export function TimTugas({
  tim,
  draft,
  onChange,
  editable,
  msg,
}: {
  tim: Tim;
  draft: TimDraft;
  onChange: (d: TimDraft) => void;
  editable: boolean;
  msg: (field: string) => string | null;
}) {
  const { t } = useT();
  const known = knownOf(tim);
  const name = (id: string) => tim.pilihan.akun.find((a) => a.id === id)?.displayName ?? id;
  // Server messages name the assignment by its index in the body: map them back to the row.
  const indexOf = new Map(timBodyOf(draft, 0).tugas.map((g, i) => [tugasKey(g.jenis, g.key), i]));
  const row = (jenis: JenisTugas, key: string, label: string) => {
    const k = tugasKey(jenis, key);
    const id = `tim-tugas-${jenis}-${key}`;
    const i = indexOf.get(k);
    const err = i === undefined ? null : (msg(`tugas.${i}.key`) ?? msg(`tugas.${i}.userId`));
    return (
      <tr key={k}>
        <th scope="row">
          <label htmlFor={id}>{label}</label>
        </th>
        <td>
          <select
            id={id}
            value={draft.tugas[k] ?? ''}
            disabled={!editable}
            aria-invalid={!!err}
            aria-describedby={err ? `${id}-err` : undefined}
            onChange={(e) => onChange({ ...draft, tugas: { ...draft.tugas, [k]: e.target.value } })}
          >
            <option value="">{t('tim.noEvaluator')}</option>
            {draft.anggota
              .filter(
                (a) => jenis !== 'pd' || mayEvaluatePd(draft, a.userId, key, known) || draft.tugas[k] === a.userId,
              )
              .map((a) => (
                <option key={a.userId} value={a.userId}>
                  {name(a.userId)}
                </option>
              ))}
          </select>
          <FieldError id={`${id}-err`} message={err} />
        </td>
      </tr>
    );
  };
  return (
    <fieldset className="tim-tugas">
      <legend>{t('tim.tugas')}</legend>
      <div className="table-wrap">
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">{t('tim.lingkup')}</th>
              <th scope="col">{t('tim.evaluator')}</th>
            </tr>
          </thead>
          <tbody>
            {tim.pilihan.pd.map((p) => row('pd', p.key, p.name))}
            {tim.pilihan.sasaran.map((s) => row('sasaran', s.key, s.name))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
