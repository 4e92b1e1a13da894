// The people of the structure, one row each: name, jabatan, PD, role in the STU, and the account
// that signs in as them (a pokja's ketua with an account holds its meetings).
import type { ReactNode } from 'react';
import { PERAN_STU, PERAN_STU_LABELS, type PeranStu } from '../../../domain/stu/structure.ts';
import { useT } from '../../i18n/i18n.tsx';
import { controlAria, FieldError } from '../../shared/field.tsx';
import type { PdOption } from '../users/users-api.ts';
import type { AkunStu } from './stu-api.ts';
import { addOrang, removeOrang, type OrangDraft, type StrukturDraft } from './stu-form-state.ts';

export function StuPeopleEditor({
  draft,
  onChange,
  pds,
  akun,
  msg,
}: {
  draft: StrukturDraft;
  onChange: (d: StrukturDraft) => void;
  pds: PdOption[];
  akun: AkunStu[];
  msg: (field: string) => string | null;
}) {
  const { t, pick } = useT();
  const set = (i: number, patch: Partial<OrangDraft>) =>
    onChange({ ...draft, orang: draft.orang.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const cell = (
    i: number,
    name: keyof OrangDraft,
    label: string,
    control: (id: string, err: string | null) => ReactNode,
  ) => {
    const id = `stu-orang-${i}-${name}`;
    const err = msg(`orang.${i}.${name}`);
    return (
      <td data-label={label}>
        <label htmlFor={id} className="visually-hidden">
          {label} {i + 1}
        </label>
        {control(id, err)}
        <FieldError id={`${id}-err`} message={err} />
      </td>
    );
  };
  return (
    <section className="card" aria-labelledby="stu-edit-people">
      <h2 id="stu-edit-people">{t('stu.people')}</h2>
      <p className="muted">{t('stu.peopleHint')}</p>
      <div className="table-wrap">
        <table className="data stu-people stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t('stu.nama')}</th>
              <th scope="col">{t('stu.jabatan')}</th>
              <th scope="col">{t('stu.pd')}</th>
              <th scope="col">{t('stu.peran')}</th>
              <th scope="col">{t('stu.akun')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('stu.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.orang.map((o, i) => (
              <tr key={o.ref}>
                {cell(i, 'nama', t('stu.nama'), (id, err) => (
                  <input {...controlAria(id, err)} value={o.nama} onChange={(e) => set(i, { nama: e.target.value })} />
                ))}
                {cell(i, 'jabatan', t('stu.jabatan'), (id, err) => (
                  <input
                    {...controlAria(id, err)}
                    value={o.jabatan}
                    onChange={(e) => set(i, { jabatan: e.target.value })}
                  />
                ))}
                {cell(i, 'pdKey', t('stu.pd'), (id, err) => (
                  <select {...controlAria(id, err)} value={o.pdKey} onChange={(e) => set(i, { pdKey: e.target.value })}>
                    <option value="">{t('stu.noPd')}</option>
                    {pds.map((p) => (
                      <option key={p.key} value={p.key}>
                        {p.shortName}
                      </option>
                    ))}
                  </select>
                ))}
                {cell(i, 'peranStu', t('stu.peran'), (id, err) => (
                  <select
                    {...controlAria(id, err)}
                    value={o.peranStu}
                    onChange={(e) => set(i, { peranStu: e.target.value as PeranStu | '' })}
                  >
                    <option value="">{t('stu.onlyPokja')}</option>
                    {PERAN_STU.map((p) => (
                      <option key={p} value={p}>
                        {pick(PERAN_STU_LABELS[p])}
                      </option>
                    ))}
                  </select>
                ))}
                {cell(i, 'userId', t('stu.akun'), (id, err) => (
                  <select
                    {...controlAria(id, err)}
                    value={o.userId}
                    onChange={(e) => set(i, { userId: e.target.value })}
                  >
                    <option value="">{t('stu.noAkun')}</option>
                    {akun.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.displayName} ({a.username})
                      </option>
                    ))}
                  </select>
                ))}
                <td>
                  <button type="button" className="link" onClick={() => onChange(removeOrang(draft, o.ref))}>
                    {t('stu.remove')}
                    <span className="visually-hidden"> {o.nama || i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => onChange(addOrang(draft))}>
        {t('stu.addPerson')}
      </button>
    </section>
  );
}
