// A saved structure read: the STU with its SK, each pokja with ketua, members and what it answers
// for, and the road map's sasaran / kegiatan utama / tema with the pokja answering for each (the
// ones nobody answers for are shown as such, so the gap is visible).
import { PERAN_STU_LABELS } from '../../../domain/stu/structure.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import type { PdOption } from '../users/users-api.ts';
import type { LingkupOption, Struktur } from './stu-api.ts';
import { pokjaOfNode } from './stu-form-state.ts';

export function StuView({ struktur, lingkup, pds }: { struktur: Struktur; lingkup: LingkupOption[]; pds: PdOption[] }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const pdName = (key: string | null) => (key ? (pds.find((p) => p.key === key)?.shortName ?? key) : '–');
  const person = (ref: string | null) => struktur.orang.find((o) => o.ref === ref);
  const nodeLabel = (key: string) => {
    const n = lingkup.find((l) => l.key === key);
    return n ? `${n.number ? `${n.number}. ` : ''}${n.name}` : key;
  };
  const stu = struktur.orang.filter((o) => o.peranStu);
  const owner = pokjaOfNode(struktur);
  return (
    <div className="stu-view">
      <section className="card" aria-labelledby="stu-members">
        <h2 id="stu-members">{t('stu.members')}</h2>
        {struktur.skNomor && (
          <p className="muted">
            {struktur.skTanggal
              ? t('stu.sk', { nomor: struktur.skNomor, tanggal: fmt.date(struktur.skTanggal) })
              : t('stu.skOnly', { nomor: struktur.skNomor })}
          </p>
        )}
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('stu.peran')}</th>
                <th scope="col">{t('stu.nama')}</th>
                <th scope="col">{t('stu.jabatan')}</th>
                <th scope="col">{t('stu.pd')}</th>
              </tr>
            </thead>
            <tbody>
              {stu.map((o) => (
                <tr key={o.ref}>
                  <td>{pick(PERAN_STU_LABELS[o.peranStu!])}</td>
                  <th scope="row">{o.nama}</th>
                  <td>{o.jabatan}</td>
                  <td>{pdName(o.pdKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="stu-pokja-grid">
        {struktur.pokja.map((p) => (
          <section key={p.ref} className="card stu-pokja" aria-label={p.nama} data-pokja={p.nama}>
            <h2>{p.nama}</h2>
            <p>
              <strong>{t('stu.ketua')}:</strong> {person(p.ketuaRef)?.nama ?? '–'}
              {person(p.ketuaRef)?.pdKey && <span className="muted"> ({pdName(person(p.ketuaRef)!.pdKey)})</span>}
            </p>
            <p>
              <strong>{t('stu.anggota')}:</strong>{' '}
              {p.anggotaRefs
                .filter((r) => r !== p.ketuaRef)
                .map((r) => person(r)?.nama)
                .filter(Boolean)
                .join(', ') || '–'}
            </p>
            <h3>{t('stu.lingkup')}</h3>
            {p.lingkup.length === 0 ? (
              <p className="muted">{t('stu.noLingkup')}</p>
            ) : (
              <ul>
                {p.lingkup.map((k) => (
                  <li key={k}>{nodeLabel(k)}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <section className="card" aria-labelledby="stu-who">
        <h2 id="stu-who">{t('stu.who')}</h2>
        <div className="table-wrap">
          <table className="data stu-who">
            <thead>
              <tr>
                <th scope="col">{t('stu.node')}</th>
                <th scope="col">{t('stu.pokja')}</th>
              </tr>
            </thead>
            <tbody>
              {lingkup.map((n) => (
                <tr key={n.key} className={`stu-${n.kind}`}>
                  <th scope="row">{nodeLabel(n.key)}</th>
                  <td>{owner.get(n.key) ?? <span className="muted">{t('stu.nobody')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
