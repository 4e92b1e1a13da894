// One meeting: the form while its minutes are a draft and the reader holds it; read-only once final
// (or for readers), with its addenda, the decisions' follow-up status, and the minutes as PDF.
import { Link, useParams } from 'react-router';
import { JENIS_RAPAT_LABELS, meetingMembers } from '../../../domain/rapat/rapat.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useStruktur } from '../stu/stu-api.ts';
import { notulenHref, useRapat, type RapatDetail } from './rapat-api.ts';
import { RapatAddendum } from './rapat-addendum.tsx';
import { RapatEditor } from './rapat-editor.tsx';
import type { Member } from './rapat-form-state.ts';
import { RapatLampiran } from './rapat-lampiran.tsx';
import { RapatRead } from './rapat-read.tsx';
import './rapat.css';

export function RapatDetailPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const q = useRapat(id);
  usePageTitle(q.data?.rapat.judul ?? t('rp.title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  return <RapatDetailView detail={q.data} />;
}

function RapatDetailView({ detail }: { detail: RapatDetail }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const r = detail.rapat;
  const year = Number(r.tanggal.slice(0, 4));
  const s = useStruktur(year);
  const people = s.data?.orang ?? [];
  const members: Member[] = s.data
    ? meetingMembers(s.data, r).map((ref) => {
        const o = people.find((p) => p.ref === ref)!;
        return { ref, nama: o.nama, jabatan: o.jabatan };
      })
    : [];
  const editable = detail.mayManage && r.status === 'draf';
  return (
    <div className="rapat rp-detail">
      <p>
        <Link to={`/rapat?tahun=${year}`}>{t('rp.back')}</Link>
      </p>
      <div className="page-head">
        <h1>{r.judul}</h1>
        <p className="lead">
          {pick(JENIS_RAPAT_LABELS[r.jenis])}
          {r.pokjaNama ? ` · ${r.pokjaNama}` : ''} · {fmt.date(r.tanggal)}
          {r.waktu ? ` ${r.waktu} WITA` : ''} <span className={`badge rp-${r.status}`}>{t(`rp.st.${r.status}`)}</span>
        </p>
        {r.status === 'final' && r.finalizedAt && (
          <p className="muted">{t('rp.finalizedBy', { by: r.finalizedBy ?? '', at: fmt.dateTime(r.finalizedAt) })}</p>
        )}
        <p>
          <a href={notulenHref(r.id)} download>
            {t('rp.pdf')}
          </a>
        </p>
      </div>
      <RapatLampiran detail={detail} />
      {editable ? (
        s.isPending ? (
          <Loading />
        ) : (
          <RapatEditor detail={detail} members={members} />
        )
      ) : (
        <>
          <RapatRead detail={detail} />
          {detail.mayManage && r.status === 'final' && <RapatAddendum id={r.id} />}
        </>
      )}
    </div>
  );
}
