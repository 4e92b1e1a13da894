// A PD's people in the current year's STU and pokja, on the PD page: who of this PD sits where.
import { todayWita } from '../../../domain/periods/periods.ts';
import { PERAN_STU_LABELS } from '../../../domain/stu/structure.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useStruktur } from './stu-api.ts';
import { peopleOfPd } from './stu-form-state.ts';

export function StuPdPeople({
  pdKey,
  year = Number(todayWita(new Date()).slice(0, 4)),
}: {
  pdKey: string;
  year?: number;
}) {
  const { t, pick } = useT();
  const q = useStruktur(year);
  if (!q.data?.exists) return null;
  const people = peopleOfPd(q.data, pdKey);
  // Most PDs have nobody in the STU: saying so on every row would only be noise.
  if (people.length === 0) return null;
  return (
    <div className="stu-pd-people">
      <p className="small">
        <strong>{t('stu.pd.title', { year })}</strong>
      </p>
      <ul>
        {people.map((p, i) => (
          <li key={i}>
            {p.nama} <span className="muted">({p.jabatan})</span>
            {': '}
            {[
              ...(p.peranStu ? [`${pick(PERAN_STU_LABELS[p.peranStu])} STU`] : []),
              ...p.ketuaPokja.map((n) => t('stu.pd.ketuaOf', { name: n })),
              ...p.anggotaPokja.map((n) => t('stu.pd.anggotaOf', { name: n })),
            ].join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
