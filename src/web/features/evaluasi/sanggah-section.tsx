// The sanggah of a final review: each one with its reason, evidence, status and the team's answer
// (with the judgement before and after when accepted); the PD's form to file one while the window
// is open and to attach evidence while it waits; the team's form to answer it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { EvidenceFileField } from '../../shared/evidence-file-field.tsx';
import { EvidenceList } from '../../shared/evidence-list.tsx';
import { Field } from '../../shared/field.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { evidenceHref } from '../monitoring/monitoring-api.ts';
import { PenilaianEditor, PenilaianView } from './penilaian-editor.tsx';
import { reviuApi, reviuKeys, type ReviuList, type ReviuRow, type Sanggah } from './reviu-api.ts';
import { draftProblems } from './reviu-form-state.ts';

const fieldsOf = (e: unknown) => new Map(e instanceof ApiError ? e.fields.map((f) => [f.field, f.message]) : []);

export function SanggahSection({ list, row }: { list: ReviuList; row: ReviuRow }) {
  const { t } = useT();
  return (
    <section className="rv-sanggah" aria-label={t('sg.title')}>
      <h4>{t('sg.title')}</h4>
      {row.sanggah.map((s) => (
        <SanggahItem key={s.id} list={list} row={row} s={s} />
      ))}
      {row.maySanggah && <FileForm list={list} row={row} />}
    </section>
  );
}

function SanggahItem({ list, row, s }: { list: ReviuList; row: ReviuRow; s: Sanggah }) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: reviuKeys.all });
  const upload = useMutation({ mutationFn: (f: File) => reviuApi.attachBukti(s.id, f), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (sha: string) => reviuApi.removeBukti(s.id, sha), onSuccess: refresh });
  const own = s.status === 'diajukan' && row.mayActForPd;
  const dimName = s.dimensi ? (list.dimensi.find((d) => d.code === s.dimensi)?.label ?? s.dimensi) : t('sg.whole');
  return (
    <div className="rv-sanggah-item">
      <p>
        <span className="badge">{t(`sg.status.${s.status}`)}</span> <strong>{dimName}</strong> — {s.alasan}
      </p>
      <p className="muted small">{t('sg.filedBy', { name: s.diajukanOleh, date: fmt.dateTime(s.diajukanAt) })}</p>
      <EvidenceList
        items={s.bukti}
        hrefOf={evidenceHref}
        emptyText={t('sg.noBukti')}
        onRemove={own ? (sha) => remove.mutate(sha) : undefined}
        removing={remove.isPending}
        removeLabelOf={(name) => t('sg.removeBukti', { name })}
      />
      {own && (
        <EvidenceFileField
          id={`sg-${s.id}-file`}
          label={t('sg.addBukti')}
          pending={upload.isPending}
          onFile={(f) => upload.mutate(f)}
        />
      )}
      {(upload.isError || remove.isError) && <ErrorBox error={(upload.error ?? remove.error)!} />}
      {s.jawaban && (
        <p>
          <strong>{t('sg.jawaban')}:</strong> {s.jawaban}{' '}
          {s.dijawabOleh && s.dijawabAt && (
            <span className="muted small">
              {t('sg.answeredBy', { name: s.dijawabOleh, date: fmt.dateTime(s.dijawabAt) })}
            </span>
          )}
        </p>
      )}
      {s.penilaianSesudah && (
        <div>
          <p className="small">{t('sg.changed')}</p>
          <PenilaianView penilaian={s.penilaianSesudah} dimensi={list.dimensi} />
        </div>
      )}
      {s.status === 'diajukan' && row.mayAnswer && <AnswerForm list={list} row={row} s={s} />}
    </div>
  );
}

function FileForm({ list, row }: { list: ReviuList; row: ReviuRow }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [dimensi, setDimensi] = useState('');
  const [alasan, setAlasan] = useState('');
  const m = useMutation({
    mutationFn: () => reviuApi.sanggah(row.reviu!.id, dimensi || null, alasan.trim()),
    onSuccess: () => {
      setAlasan('');
      void qc.invalidateQueries({ queryKey: reviuKeys.all });
    },
  });
  const fields = fieldsOf(m.error);
  return (
    <form
      className="rv-sanggah-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
    >
      <Field id={`sg-${row.subjectKey}-dim`} label={t('sg.dimensi')} error={fields.get('dimensi')}>
        {(a) => (
          <select {...a} value={dimensi} onChange={(e) => setDimensi(e.target.value)}>
            <option value="">{t('sg.whole')}</option>
            {list.dimensi.map((d) => (
              <option key={d.code} value={d.code}>
                {d.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`sg-${row.subjectKey}-alasan`} label={t('sg.alasan')} error={fields.get('alasan')}>
        {(a) => <textarea {...a} rows={3} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
      </Field>
      {m.isError && fields.size === 0 && <ErrorBox error={m.error} title={t('rv.failed')} />}
      <button type="submit" className="primary" disabled={m.isPending}>
        {m.isPending ? t('state.working') : t('sg.file')}
      </button>
    </form>
  );
}

function AnswerForm({ list, row, s }: { list: ReviuList; row: ReviuRow; s: Sanggah }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [diterima, setDiterima] = useState<boolean | null>(null);
  const [jawaban, setJawaban] = useState('');
  const [penilaian, setPenilaian] = useState(() => row.reviu!.penilaian.map((p) => ({ ...p })));
  const m = useMutation({
    mutationFn: () =>
      reviuApi.jawab(s.id, {
        diterima: diterima === true,
        jawaban: jawaban.trim(),
        penilaian: diterima ? penilaian : null,
        rowVersion: s.rowVersion,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviuKeys.all }),
  });
  const local = diterima ? draftProblems({ penilaian, rekomendasi: '' }, list.dimensi) : new Map<string, string>();
  const fields = fieldsOf(m.error);
  const msg = (f: string) => local.get(f) ?? fields.get(f) ?? null;
  return (
    <form
      className="rv-sanggah-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (diterima !== null && local.size === 0) m.mutate();
      }}
    >
      <fieldset>
        <legend>{t('sg.keputusan')}</legend>
        <label className="choice">
          <input type="radio" name={`sg-${s.id}-d`} checked={diterima === true} onChange={() => setDiterima(true)} />
          {t('sg.diterima')}
        </label>
        <label className="choice">
          <input type="radio" name={`sg-${s.id}-d`} checked={diterima === false} onChange={() => setDiterima(false)} />
          {t('sg.ditolak')}
        </label>
      </fieldset>
      {diterima && (
        <PenilaianEditor
          idPrefix={`sg-${s.id}`}
          dimensi={list.dimensi}
          value={penilaian}
          onChange={setPenilaian}
          messageOf={msg}
        />
      )}
      {fields.get('penilaian') && <p className="field-error">✖ {fields.get('penilaian')}</p>}
      <Field id={`sg-${s.id}-jawaban`} label={t('sg.jawaban')} error={msg('jawaban')}>
        {(a) => <textarea {...a} rows={2} value={jawaban} onChange={(e) => setJawaban(e.target.value)} />}
      </Field>
      {m.isError && fields.size === 0 && <ErrorBox error={m.error} title={t('rv.failed')} />}
      <button type="submit" className="primary" disabled={m.isPending || diterima === null}>
        {m.isPending ? t('state.working') : t('sg.answer')}
      </button>
    </form>
  );
}
