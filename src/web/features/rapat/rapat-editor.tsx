// The form of a meeting whose minutes are still a draft: header, attendance, minutes and decisions,
// saved whole. "Finalkan" saves and then finalises (read-only after; corrections by addendum), after
// asking. The domain's rules show by field once saving was tried; the server's answer maps back too.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { rapatApi, rapatKeys, type RapatDetail } from './rapat-api.ts';
import { draftOfRapat, rapatBody, rapatProblems, type Member, type RapatDraft } from './rapat-form-state.ts';
import { RapatHadirEditor } from './rapat-hadir-editor.tsx';
import { RapatKeputusanEditor } from './rapat-keputusan-editor.tsx';

export function RapatEditor({ detail, members }: { detail: RapatDetail; members: Member[] }) {
  const { t } = useT();
  const qc = useQueryClient();
  const r = detail.rapat;
  const [d, setD] = useState<RapatDraft>(() => draftOfRapat(detail, members));
  const [tried, setTried] = useState(false);
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: async (finalise: boolean) => {
      const out = await rapatApi.update(r.id, rapatBody(d, r.rowVersion));
      return finalise ? rapatApi.finalize(r.id, out.rapat.rowVersion) : out;
    },
    onSuccess: async (out) => {
      // The saved decisions now have ids: the draft continues from what was stored.
      setD(draftOfRapat(out, members));
      qc.setQueryData(rapatKeys.one(r.id), out);
      setSaved(true);
      await qc.invalidateQueries({ queryKey: rapatKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
  const local = tried ? rapatProblems(d) : new Map<string, string>();
  const server = new Map<string, string>();
  if (save.error instanceof ApiError) for (const e of save.error.fields) server.set(e.field, e.message);
  const msg = (field: string) => local.get(field) ?? (save.isError ? server.get(field) : undefined) ?? null;
  const submit = (finalise: boolean) => {
    setTried(true);
    setSaved(false);
    if (rapatProblems(d).size === 0) save.mutate(finalise);
  };
  const header = (k: 'judul' | 'tanggal' | 'waktu' | 'tempat' | 'tautanDaring', label: string, type = 'text') => (
    <Field id={`rp-${k}`} label={label} error={msg(k)}>
      {(c) => <input {...c} type={type} value={d[k]} onChange={(e) => setD({ ...d, [k]: e.target.value })} />}
    </Field>
  );
  const problems = local.size + (save.isError ? server.size : 0);
  return (
    <form
      className="rp-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
    >
      <section className="card" aria-labelledby="rp-head">
        <h2 id="rp-head">{t('rp.header')}</h2>
        {header('judul', t('rp.judul'))}
        <div className="field-row">
          {header('tanggal', t('rp.tanggal'), 'date')}
          {header('waktu', t('rp.waktu'), 'time')}
        </div>
        <div className="field-row">
          {header('tempat', t('rp.tempat'))}
          {header('tautanDaring', t('rp.tautan'), 'url')}
        </div>
        <Field id="rp-agenda" label={t('rp.agenda')} error={msg('agenda')}>
          {(c) => (
            <textarea {...c} rows={3} value={d.agenda} onChange={(e) => setD({ ...d, agenda: e.target.value })} />
          )}
        </Field>
      </section>
      <RapatHadirEditor draft={d} onChange={setD} members={members} msg={msg} />
      <section className="card" aria-labelledby="rp-notulen-h">
        <h2 id="rp-notulen-h">{t('rp.notulen')}</h2>
        <Field id="rp-notulen" label={t('rp.notulenLabel')} error={msg('notulen')}>
          {(c) => (
            <textarea {...c} rows={10} value={d.notulen} onChange={(e) => setD({ ...d, notulen: e.target.value })} />
          )}
        </Field>
      </section>
      <RapatKeputusanEditor draft={d} onChange={setD} msg={msg} />
      {problems > 0 && (
        <p className="notice notice-error" role="alert">
          {t('rp.problems', { n: problems })}
        </p>
      )}
      {save.error instanceof ApiError && save.error.status === 409 && (
        <p className="notice notice-warning" role="alert">
          {t('rp.stale')}
        </p>
      )}
      {save.isError && server.size === 0 && <ErrorBox error={save.error} title={t('rp.saveFailed')} />}
      {saved && !save.isPending && (
        <p className="notice notice-success" role="status">
          {t('rp.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('rp.save')}
        </button>
        {asking ? (
          <ConfirmDialog
            question={t('rp.finalQuestion')}
            confirmLabel={t('rp.finalize')}
            tone="primary"
            pending={save.isPending}
            onConfirm={() => {
              setAsking(false);
              submit(true);
            }}
            onCancel={() => setAsking(false)}
          />
        ) : (
          <button type="button" onClick={() => setAsking(true)} disabled={save.isPending}>
            {t('rp.finalize')}
          </button>
        )}
      </div>
    </form>
  );
}
