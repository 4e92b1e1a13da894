// "LHEI": the year's Laporan Hasil Evaluasi Internal — its figures compiled from the data (summary,
// capaian per sasaran and theme, rencana aksi effectiveness per dimension), the downloads, and for
// the ketua tim or pengendali teknis the narrative (drafted from the figures; the server refuses a
// number the data does not give), the Inspektur who signs, finalising and reopening.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';
import { Field } from '../../shared/field.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox, Loading } from '../../shared/states.tsx';
import { lheiApi, lheiHref, lheiKeys, useLhei, type Lhei } from './lhei-api.ts';
import { persenText } from './reviu-form-state.ts';
import { useTim } from './tim-api.ts';

export function LheiPanel({ year }: { year: number }) {
  const { t } = useT();
  // Without a team there is no report: said before asking the server for it (which answers 409).
  const tim = useTim(year);
  if (tim.isPending) return <Loading />;
  if (tim.isError) return <ErrorBox error={tim.error} onRetry={() => void tim.refetch()} />;
  if (!tim.data.exists) return <p className="notice notice-warning">{t('lh.noTim', { year })}</p>;
  return <LheiLoaded year={year} />;
}

function LheiLoaded({ year }: { year: number }) {
  const { t } = useT();
  const q = useLhei(year);
  if (q.isPending) return <Loading />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.code === 'TIM_BELUM_ADA')
      return <p className="notice notice-warning">{t('lh.noTim', { year })}</p>;
    return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  }
  return <LheiView key={`${q.data.status}-${q.data.rowVersion}`} l={q.data} />;
}

function LheiView({ l }: { l: Lhei }) {
  const { t } = useT();
  const fmt = useFormat();
  const d = l.isi;
  return (
    <section className="card lhei" aria-labelledby="lh-h">
      <h2 id="lh-h">{t('lh.title', { year: l.year })}</h2>
      <p>
        <span className="badge">{l.status === 'final' ? t('lh.final') : t('lh.draft')}</span>{' '}
        {l.finalAt && <span className="muted small">{t('lh.finalAt', { date: fmt.dateTime(l.finalAt) })}</span>}
      </p>
      <ul className="downloads">
        <li>
          <a className="button" href={lheiHref(l.year, 'pdf')} download>
            {t('lh.pdf')}
          </a>
        </li>
        <li>
          <a className="button" href={lheiHref(l.year, 'xlsx')} download>
            {t('lh.xlsx')}
          </a>
        </li>
      </ul>
      <dl className="facts">
        <dt>{t('lh.rencanaAksi')}</dt>
        <dd>{d.rencanaAksi}</dd>
        <dt>{t('lh.indeks')}</dt>
        <dd>
          {d.indeks ? `${fmt.number(d.indeks.nilai, { decimals: 2 })} · ${d.indeks.predikat ?? '—'}` : t('lh.noIndeks')}
        </dd>
        <dt>{t('lh.periode')}</dt>
        <dd>{d.periode ?? '—'}</dd>
        <dt>{t('lh.temuan')}</dt>
        <dd>{d.temuan.length}</dd>
        <dt>{t('lh.rekomendasi')}</dt>
        <dd>{d.rekomendasi.length}</dd>
        <dt>{t('lh.sanggah')}</dt>
        <dd>{t('lh.sanggahCounts', { ...d.sanggah })}</dd>
      </dl>
      <div className="table-wrap">
        <table className="data">
          <caption>{t('lh.sasaran')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lh.sasaranName')}</th>
              <th scope="col" className="num">
                {t('lh.indikator')}
              </th>
              <th scope="col" className="num">
                {t('lh.tercapai')}
              </th>
              <th scope="col" className="num">
                {t('lh.rata')}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.sasaran.map((s) => (
              <tr key={s.key}>
                <th scope="row">
                  <span className="muted small block">{s.kind === 'general' ? 'RB General' : 'RB Tematik'}</span>
                  {s.name}
                </th>
                <td className="num">{s.indikator}</td>
                <td className="num">
                  {s.tercapai}/{s.dinilai}
                </td>
                <td className="num">{persenText(s.rataCapaian)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="data">
          <caption>{t('lh.efektivitas')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rv.tahap')}</th>
              {(d.efektivitas[0]?.dimensi ?? []).map((x) => (
                <th key={x.code} scope="col" className="num">
                  {x.label}
                </th>
              ))}
              <th scope="col" className="num">
                {t('rv.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.efektivitas.map((e) => (
              <tr key={`${e.tahap}-${e.periode ?? ''}`}>
                <th scope="row">{e.tahap === 'ex_ante' ? 'Ex-ante' : e.periode}</th>
                {e.dimensi.map((x) => (
                  <td key={x.code} className="num">
                    {persenText(x.persen)}
                  </td>
                ))}
                <td className="num">{persenText(e.total.persen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {l.mayEdit && l.status === 'draf' ? <LheiForm l={l} /> : <Narasi l={l} />}
    </section>
  );
}

function Narasi({ l }: { l: Lhei }) {
  const { t } = useT();
  const qc = useQueryClient();
  const reopen = useMutation({
    mutationFn: () => lheiApi.reopen(l.year, l.rowVersion),
    onSuccess: (out) => qc.setQueryData(lheiKeys.year(l.year), out),
  });
  return (
    <div>
      <h3>{t('lh.narasi')}</h3>
      <p className="pre-line">{l.narasi}</p>
      {l.mayEdit && l.status === 'final' && (
        <button type="button" onClick={() => reopen.mutate()} disabled={reopen.isPending}>
          {t('lh.reopen')}
        </button>
      )}
      {reopen.isError && <ErrorBox error={reopen.error} />}
    </div>
  );
}

function LheiForm({ l }: { l: Lhei }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [narasi, setNarasi] = useState(l.narasi);
  const [nama, setNama] = useState(l.inspekturNama ?? '');
  const [nip, setNip] = useState(l.inspekturNip ?? '');
  const [asking, setAsking] = useState(false);
  const done = (out: Lhei) => qc.setQueryData(lheiKeys.year(l.year), out);
  const body = () => ({
    narasi,
    inspekturNama: nama.trim() || null,
    inspekturNip: nip.trim() || null,
    rowVersion: l.rowVersion,
  });
  const save = useMutation({ mutationFn: () => lheiApi.save(l.year, body()), onSuccess: done });
  // Finalising prints what is saved: the form is saved first.
  const final = useMutation({
    mutationFn: async () => {
      const saved = await lheiApi.save(l.year, body());
      return lheiApi.final(l.year, saved.rowVersion);
    },
    onSuccess: done,
  });
  const err = save.error ?? final.error;
  const fields = new Map(err instanceof ApiError ? err.fields.map((f) => [f.field, f.message]) : []);
  const pending = save.isPending || final.isPending;
  return (
    <form
      className="lhei-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field id="lh-narasi" label={t('lh.narasi')} hint={t('lh.narasiHint')} error={fields.get('narasi')}>
        {(a) => <textarea {...a} rows={12} value={narasi} onChange={(e) => setNarasi(e.target.value)} />}
      </Field>
      <p>
        <button type="button" onClick={() => setNarasi(l.narasiUsulan)} disabled={pending}>
          {t('lh.useDraft')}
        </button>
      </p>
      <div className="field-row">
        <Field id="lh-inspektur" label={t('lh.inspektur')} error={fields.get('inspekturNama')}>
          {(a) => <input {...a} value={nama} onChange={(e) => setNama(e.target.value)} />}
        </Field>
        <Field id="lh-nip" label={t('lh.nip')} error={fields.get('inspekturNip')}>
          {(a) => <input {...a} inputMode="numeric" value={nip} onChange={(e) => setNip(e.target.value)} />}
        </Field>
      </div>
      {err && fields.size === 0 && <ErrorBox error={err} />}
      {save.isSuccess && !pending && (
        <p className="notice notice-success" role="status">
          {t('lh.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('state.working') : t('lh.save')}
        </button>
        {asking ? (
          <ConfirmDialog
            question={t('lh.finalQuestion')}
            confirmLabel={t('lh.finalize')}
            tone="primary"
            pending={pending}
            onConfirm={() => {
              setAsking(false);
              final.mutate();
            }}
            onCancel={() => setAsking(false)}
          />
        ) : (
          <button type="button" onClick={() => setAsking(true)} disabled={pending}>
            {t('lh.finalize')}
          </button>
        )}
      </div>
    </form>
  );
}
