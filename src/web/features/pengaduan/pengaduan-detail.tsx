// One complaint opened from the register: what it says, its deadline, its history (status changes
// and dispositions), and for whoever handles it the form to answer it and the form to forward it.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KANAL_LABELS, STATUS_LABELS, type StatusPengaduan } from '../../../domain/pengaduan/status.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FieldError } from '../../shared/field.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox, Loading } from '../../shared/states.tsx';
import type { PdOption } from '../users/users-api.ts';
import { pengaduanApi, pengaduanKeys, usePengaduan, type Pengaduan } from './pengaduan-api.ts';
import { PengaduanForm } from './pengaduan-form.tsx';
import { SlaBadge } from './sla-badge.tsx';

function Disposisi({ p, pds, onDone }: { p: Pengaduan; pds: PdOption[]; onDone: () => void }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const m = useMutation({
    mutationFn: () => pengaduanApi.disposisi(p.id, to, note, p.rowVersion),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: pengaduanKeys.all });
      onDone();
    },
  });
  const fields = new Map<string, string>();
  if (m.error instanceof ApiError) for (const e of m.error.fields) fields.set(e.field, e.message);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (to && note.trim()) m.mutate();
  };
  return (
    <form className="pg-disposisi" onSubmit={submit} noValidate>
      <h3>{t('pg.disp.title')}</h3>
      {m.isError && fields.size === 0 && <ErrorBox error={m.error} />}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-to`}>{t('pg.disp.to')}</label>
          <select id={`${uid}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('pg.pdPick')}</option>
            {pds
              .filter((d) => d.key !== p.pdKey)
              .map((d) => (
                <option key={d.key} value={d.key}>
                  {`${d.shortName} — ${d.name}`}
                </option>
              ))}
          </select>
          <FieldError id={`${uid}-to-err`} message={fields.get('kePdKey')} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-note`}>{t('pg.disp.note')}</label>
          <input id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
          <FieldError id={`${uid}-note-err`} message={fields.get('catatan')} />
        </div>
      </div>
      <div className="actions">
        <button type="submit" disabled={m.isPending || !to || !note.trim()}>
          {t('pg.disp.send')}
        </button>
      </div>
    </form>
  );
}

export function PengaduanDetail({
  id,
  pds,
  mayEdit,
  onClose,
}: {
  id: string;
  pds: PdOption[];
  mayEdit: (pdKey: string) => boolean;
  onClose: () => void;
}) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const q = usePengaduan(id);
  const [editing, setEditing] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const { pengaduan: p, riwayat } = q.data;
  const pdName = (key: string | null) => (key ? (pds.find((d) => d.key === key)?.shortName ?? key) : '');
  const valueLabel = (kind: string, v: string | null) =>
    kind === 'disposisi' ? pdName(v) : v ? pick(STATUS_LABELS[v as StatusPengaduan]) : '–';
  const may = mayEdit(p.pdKey);
  return (
    <section className="card pg-detail" aria-labelledby="pg-detail-title">
      <div className="pg-detail-head">
        <h2 id="pg-detail-title">{t('pg.detail.title', { ticket: p.nomorTiket ?? pick(KANAL_LABELS[p.kanal]) })}</h2>
        <button type="button" onClick={onClose}>
          {t('pg.detail.close')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('pg.received')}</dt>
        <dd>{fmt.date(p.tanggalDiterima)}</dd>
        <dt>{t('pg.kanal')}</dt>
        <dd>{pick(KANAL_LABELS[p.kanal])}</dd>
        <dt>{t('pg.pdHandling')}</dt>
        <dd>{pdName(p.pdKey)}</dd>
        <dt>{t('pg.status')}</dt>
        <dd>
          <span className={`badge pg-${p.status}`}>{pick(STATUS_LABELS[p.status])}</span>{' '}
          <span className="muted small">{t('pg.since', { date: fmt.date(p.statusSejak) })}</span>
        </dd>
        <dt>{t('pg.due')}</dt>
        <dd>
          <SlaBadge sla={p.sla} />
        </dd>
        <dt>{t('pg.summary')}</dt>
        <dd>{p.ringkasan}</dd>
        {p.alasanStatus && (
          <>
            <dt>{t('pg.reason')}</dt>
            <dd>{p.alasanStatus}</dd>
          </>
        )}
        {p.tanggapan && (
          <>
            <dt>{t('pg.response')}</dt>
            <dd>
              {p.tanggapan}
              {p.tanggalTanggapan && <span className="muted small block">{fmt.date(p.tanggalTanggapan)}</span>}
            </dd>
          </>
        )}
      </dl>
      {may && !editing && (
        <button type="button" className="primary" onClick={() => setEditing(true)}>
          {t('pg.detail.edit')}
        </button>
      )}
      {editing && <PengaduanForm key={p.rowVersion} pds={pds} editing={p} onDone={() => setEditing(false)} />}
      {may && !editing && <Disposisi p={p} pds={pds} onDone={() => void q.refetch()} />}
      <h3>{t('pg.history')}</h3>
      <ol className="pg-history">
        {riwayat.map((h, i) => (
          <li key={i}>
            <span className="muted small">{fmt.dateTime(h.at)}</span>{' '}
            {h.kind === 'disposisi'
              ? t('pg.hist.disp', { from: valueLabel(h.kind, h.fromValue), to: valueLabel(h.kind, h.toValue) })
              : t('pg.hist.status', { from: valueLabel(h.kind, h.fromValue), to: valueLabel(h.kind, h.toValue) })}{' '}
            <span className="muted small">({h.actor})</span>
            {h.note && <span className="block">{h.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
