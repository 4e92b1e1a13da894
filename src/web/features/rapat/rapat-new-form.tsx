// Starting a meeting: its kind and body (which pokja, or which PD), title, date and time (WITA),
// place or online link, and agenda. The kinds offered are the ones the user may hold: the STU every
// kind; a pokja's ketua (by the account linked in the structure) that pokja's; PD staff their PD's
// internal meetings. Saved, it opens for attendance, minutes and decisions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayWita } from '../../../domain/periods/periods.ts';
import { JENIS_RAPAT, JENIS_RAPAT_LABELS, type JenisRapat } from '../../../domain/rapat/rapat.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { useAuth } from '../auth/auth.tsx';
import { usePdRights } from '../auth/pd-rights.ts';
import { useStruktur } from '../stu/stu-api.ts';
import type { PdOption } from '../users/users-api.ts';
import { rapatApi, rapatKeys } from './rapat-api.ts';

export function RapatNewForm({ year, pds, onCancel }: { year: number; pds: PdOption[]; onCancel: () => void }) {
  const { t, pick } = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { user } = useAuth();
  const rights = usePdRights('rapat:manage');
  const s = useStruktur(year);
  const today = todayWita(new Date());
  const instansiWide = rights.ownPds === null;
  const myRefs = new Set((s.data?.orang ?? []).filter((o) => user && o.userId === user.id).map((o) => o.ref));
  const pokja = (s.data?.pokja ?? []).filter((p) => instansiWide || (p.ketuaRef !== null && myRefs.has(p.ketuaRef)));
  const ownPds = instansiWide ? pds : pds.filter((p) => rights.ownPds!.includes(p.key));
  const kinds = JENIS_RAPAT.filter((k) =>
    k === 'pleno' ? instansiWide : k === 'pokja' ? pokja.length > 0 : ownPds.length > 0,
  );
  const [f, setF] = useState({
    jenis: (kinds[0] ?? 'pokja') as JenisRapat,
    pokjaId: '',
    pdKey: ownPds.length === 1 ? ownPds[0]!.key : '',
    judul: '',
    tanggal: today.startsWith(String(year)) ? today : `${year}-01-01`,
    waktu: '',
    tempat: '',
    tautanDaring: '',
    agenda: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const save = useMutation({
    mutationFn: () =>
      rapatApi.create({
        jenis: f.jenis,
        pokjaId: f.jenis === 'pokja' ? f.pokjaId || null : null,
        pdKey: f.jenis === 'internal_pd' ? f.pdKey || null : null,
        judul: f.judul,
        tanggal: f.tanggal,
        waktu: f.waktu || null,
        tempat: f.tempat,
        tautanDaring: f.tautanDaring,
        agenda: f.agenda,
      }),
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: rapatKeys.all });
      void navigate(`/rapat/${d.rapat.id}`);
    },
  });
  const server = new Map<string, string>();
  if (save.error instanceof ApiError) for (const e of save.error.fields) server.set(e.field, e.message);
  const err = (k: string) => server.get(k) ?? null;
  const text = (k: keyof typeof f, label: string, type = 'text') => (
    <Field id={`rp-new-${k}`} label={label} error={err(k)}>
      {(c) => <input {...c} type={type} value={f[k]} onChange={(e) => set(k)(e.target.value)} />}
    </Field>
  );
  return (
    <form
      className="card rp-new"
      noValidate
      aria-labelledby="rp-new-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="rp-new-title">{t('rp.newTitle')}</h2>
      {save.isError && server.size === 0 && <ErrorBox error={save.error} title={t('rp.saveFailed')} />}
      <div className="field-row">
        <Field id="rp-new-jenis" label={t('rp.jenis')} error={err('jenis')}>
          {(c) => (
            <select {...c} value={f.jenis} onChange={(e) => set('jenis')(e.target.value)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {pick(JENIS_RAPAT_LABELS[k])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {f.jenis === 'pokja' && (
          <Field
            id="rp-new-pokja"
            label={t('rp.pokja')}
            error={err('pokjaId')}
            hint={pokja.length ? undefined : t('rp.noPokja')}
          >
            {(c) => (
              <select {...c} value={f.pokjaId} onChange={(e) => set('pokjaId')(e.target.value)}>
                <option value="">{t('rp.choose')}</option>
                {pokja.map((p) => (
                  <option key={p.ref} value={p.ref}>
                    {p.nama}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {f.jenis === 'internal_pd' && (
          <Field id="rp-new-pd" label={t('rp.pd')} error={err('pdKey')}>
            {(c) => (
              <select {...c} value={f.pdKey} onChange={(e) => set('pdKey')(e.target.value)}>
                <option value="">{t('rp.choose')}</option>
                {ownPds.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.shortName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {text('judul', t('rp.judul'))}
      <div className="field-row">
        {text('tanggal', t('rp.tanggal'), 'date')}
        {text('waktu', t('rp.waktu'), 'time')}
      </div>
      <div className="field-row">
        {text('tempat', t('rp.tempat'))}
        {text('tautanDaring', t('rp.tautan'), 'url')}
      </div>
      <Field id="rp-new-agenda" label={t('rp.agenda')} error={err('agenda')}>
        {(c) => <textarea {...c} rows={3} value={f.agenda} onChange={(e) => set('agenda')(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('rp.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('rp.cancel')}
        </button>
      </div>
    </form>
  );
}
