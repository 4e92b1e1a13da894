// The attendance list: each member of the meeting's body present or absent (with a reason), guests
// by name and jabatan. Someone not in the body is recorded as a guest, not refused.
import type { Kehadiran } from '../../../domain/rapat/rapat.ts';
import { useT } from '../../i18n/i18n.tsx';
import { controlAria, FieldError } from '../../shared/field.tsx';
import { addHadir, missingMembers, type HadirDraft, type Member, type RapatDraft } from './rapat-form-state.ts';

export function RapatHadirEditor({
  draft,
  onChange,
  members,
  msg,
}: {
  draft: RapatDraft;
  onChange: (d: RapatDraft) => void;
  members: Member[];
  msg: (field: string) => string | null;
}) {
  const { t } = useT();
  const set = (i: number, patch: Partial<HadirDraft>) =>
    onChange({ ...draft, hadir: draft.hadir.map((h, j) => (j === i ? { ...h, ...patch } : h)) });
  const missing = missingMembers(draft, members);
  return (
    <section className="card" aria-labelledby="rp-hadir-h">
      <h2 id="rp-hadir-h">{t('rp.hadir')}</h2>
      {members.length === 0 && <p className="muted">{t('rp.noMembers')}</p>}
      <div className="table-wrap">
        <table className="data rp-hadir stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t('rp.nama')}</th>
              <th scope="col">{t('rp.jabatan')}</th>
              <th scope="col">{t('rp.kehadiran')}</th>
              <th scope="col">{t('rp.alasan')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('rp.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.hadir.map((h, i) => {
              const guest = h.orangId === null;
              const nameId = `rp-hadir-${i}-nama`;
              const alasanId = `rp-hadir-${i}-alasan`;
              return (
                <tr key={h.key} data-hadir={h.nama}>
                  <td data-label={t('rp.nama')}>
                    {guest ? (
                      <>
                        <label htmlFor={nameId} className="visually-hidden">
                          {t('rp.tamuNama', { n: i + 1 })}
                        </label>
                        <input
                          {...controlAria(nameId, msg(`hadir.${i}.nama`))}
                          value={h.nama}
                          onChange={(e) => set(i, { nama: e.target.value })}
                        />
                      </>
                    ) : (
                      h.nama
                    )}
                    <FieldError id={`${nameId}-err`} message={msg(`hadir.${i}.nama`)} />
                  </td>
                  <td data-label={t('rp.jabatan')}>
                    {guest ? (
                      <>
                        <label htmlFor={`rp-hadir-${i}-jabatan`} className="visually-hidden">
                          {t('rp.jabatan')} {i + 1}
                        </label>
                        <input
                          id={`rp-hadir-${i}-jabatan`}
                          value={h.jabatan}
                          onChange={(e) => set(i, { jabatan: e.target.value })}
                        />
                      </>
                    ) : (
                      h.jabatan
                    )}
                  </td>
                  <td data-label={t('rp.kehadiran')}>
                    {guest ? (
                      t('rp.k.tamu')
                    ) : (
                      <select
                        aria-label={t('rp.kehadiranOf', { name: h.nama })}
                        value={h.status}
                        onChange={(e) => set(i, { status: e.target.value as Kehadiran })}
                      >
                        <option value="hadir">{t('rp.k.hadir')}</option>
                        <option value="tidak_hadir">{t('rp.k.tidak_hadir')}</option>
                      </select>
                    )}
                  </td>
                  <td data-label={t('rp.alasan')}>
                    {h.status === 'tidak_hadir' && (
                      <>
                        <label htmlFor={alasanId} className="visually-hidden">
                          {t('rp.alasanOf', { name: h.nama })}
                        </label>
                        <input
                          {...controlAria(alasanId, msg(`hadir.${i}.alasan`))}
                          value={h.alasan}
                          onChange={(e) => set(i, { alasan: e.target.value })}
                        />
                        <FieldError id={`${alasanId}-err`} message={msg(`hadir.${i}.alasan`)} />
                      </>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => onChange({ ...draft, hadir: draft.hadir.filter((_, j) => j !== i) })}
                    >
                      {t('rp.remove')}
                      <span className="visually-hidden"> {h.nama || i + 1}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={() => onChange(addHadir(draft, null))}>
          {t('rp.addTamu')}
        </button>
        {missing.map((m) => (
          <button key={m.ref} type="button" onClick={() => onChange(addHadir(draft, m))}>
            {t('rp.addMember', { name: m.nama })}
          </button>
        ))}
      </div>
    </section>
  );
}
