// The form of one complaint, new or being answered: channel and tracking number, dates, summary,
// the PD (new only: an existing one is forwarded), the status and what it needs (a reason to reject,
// the response to follow up). Checked as typed with the server's rules; server errors by field.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { todayWita } from '../../../domain/periods/periods.ts';
import {
  KANAL,
  KANAL_LABELS,
  NEEDS_REASON,
  NEEDS_RESPONSE,
  STATUS_LABELS,
  STATUS_PENGADUAN,
  canMove,
  type Kanal,
  type StatusPengaduan,
} from '../../../domain/pengaduan/status.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FieldError } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import type { PdOption } from '../users/users-api.ts';
import { pengaduanApi, pengaduanKeys, type Pengaduan } from './pengaduan-api.ts';
import {
  initialPengaduanTexts,
  pengaduanBody,
  pengaduanFormProblems,
  type PengaduanTexts,
} from './pengaduan-form-state.ts';

export function PengaduanForm({
  pds,
  editing,
  onDone,
}: {
  pds: PdOption[];
  editing: Pengaduan | null;
  onDone: () => void;
}) {
  const { t, pick } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const today = todayWita(new Date());
  const [f, setF] = useState<PengaduanTexts>(() =>
    initialPengaduanTexts(editing, today, pds.length === 1 ? pds[0]!.key : ''),
  );
  const [tried, setTried] = useState(false);
  const set = (k: keyof PengaduanTexts) => (v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const save = useMutation({
    mutationFn: () => {
      const body = pengaduanBody(f);
      if (!editing) return pengaduanApi.create(body);
      const { pdKey: _pd, ...rest } = body;
      return pengaduanApi.update(editing.id, rest, editing.rowVersion);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: pengaduanKeys.all });
      onDone();
    },
  });
  const local = tried ? pengaduanFormProblems(f, today) : new Map<string, string>();
  const server = new Map<string, string>();
  if (save.error instanceof ApiError) for (const e of save.error.fields) server.set(e.field, e.message);
  const msg = (field: string) => local.get(field) ?? (save.isError ? server.get(field) : undefined) ?? null;
  const described = (field: string) => (msg(field) ? `${uid}-${field}-err` : undefined);
  const otherError = save.isError && server.size === 0 ? save.error : null;
  const statuses = STATUS_PENGADUAN.filter((s) => !editing || canMove(editing.status, s));
  const showResponse = NEEDS_RESPONSE.has(f.status) || !!f.tanggalTanggapan || !!f.tanggapan;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (pengaduanFormProblems(f, today).size === 0) save.mutate();
  };
  const field = (name: keyof PengaduanTexts, label: string, control: ReactNode, className = 'field') => (
    <div className={className}>
      <label htmlFor={`${uid}-${name}`}>{label}</label>
      {control}
      <FieldError id={`${uid}-${name}-err`} message={msg(name)} />
    </div>
  );
  const input = (name: keyof PengaduanTexts, type = 'text') => (
    <input
      id={`${uid}-${name}`}
      type={type}
      value={f[name]}
      onChange={(e) => set(name)(e.target.value)}
      aria-invalid={!!msg(name)}
      aria-describedby={described(name)}
    />
  );
  const textarea = (name: keyof PengaduanTexts) => (
    <textarea
      id={`${uid}-${name}`}
      rows={3}
      value={f[name]}
      onChange={(e) => set(name)(e.target.value)}
      aria-invalid={!!msg(name)}
      aria-describedby={described(name)}
    />
  );

  return (
    <form className="card pg-form" onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>
        {editing ? t('pg.form.edit', { ticket: editing.nomorTiket ?? '' }) : t('pg.form.new')}
      </h2>
      {otherError && <ErrorBox error={otherError} title={t('pg.form.failed')} />}
      <div className="field-row">
        {field(
          'kanal',
          t('pg.kanal'),
          <select id={`${uid}-kanal`} value={f.kanal} onChange={(e) => set('kanal')(e.target.value as Kanal)}>
            {KANAL.map((k) => (
              <option key={k} value={k}>
                {pick(KANAL_LABELS[k])}
              </option>
            ))}
          </select>,
        )}
        {field('nomorTiket', t('pg.ticket'), input('nomorTiket'))}
        {field('tanggalDiterima', t('pg.received'), input('tanggalDiterima', 'date'), 'field narrow')}
        {field('kategori', t('pg.category'), input('kategori'))}
      </div>
      {field('ringkasan', t('pg.summary'), textarea('ringkasan'))}
      <div className="field-row">
        {!editing &&
          field(
            'pdKey',
            t('pg.pdHandling'),
            <select
              id={`${uid}-pdKey`}
              value={f.pdKey}
              onChange={(e) => set('pdKey')(e.target.value)}
              aria-invalid={!!msg('pdKey')}
              aria-describedby={described('pdKey')}
            >
              <option value="">{t('pg.pdPick')}</option>
              {pds.map((p) => (
                <option key={p.key} value={p.key}>
                  {`${p.shortName} — ${p.name}`}
                </option>
              ))}
            </select>,
          )}
        {field(
          'status',
          t('pg.status'),
          <select
            id={`${uid}-status`}
            value={f.status}
            onChange={(e) => set('status')(e.target.value as StatusPengaduan)}
            aria-invalid={!!msg('status')}
            aria-describedby={described('status')}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {pick(STATUS_LABELS[s])}
              </option>
            ))}
          </select>,
        )}
      </div>
      {NEEDS_REASON.has(f.status) && field('alasanStatus', t('pg.reason'), textarea('alasanStatus'))}
      {showResponse && (
        <div className="field-row">
          {field('tanggalTanggapan', t('pg.responseDate'), input('tanggalTanggapan', 'date'), 'field narrow')}
          {field('tanggapan', t('pg.response'), textarea('tanggapan'))}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('state.working') : t('pg.form.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('pg.form.cancel')}
        </button>
      </div>
    </form>
  );
}
