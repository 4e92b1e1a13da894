// Create or edit one action plan: the kegiatan utama / sasaran tematik, the regulation's five minimum
// fields, unit and per-period targets typed by the unit, budget in Rupiah, the PDs, and for RB Tematik
// the permasalahan and fokus intervensi (checkboxes). Checked as typed; the server's field errors
// appear under their field; a 409 shows what changed and offers to load the current plan.
import { RecordHistory } from '../audit/record-history.tsx';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { ApiError } from '../../api/client.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { FOKUS_CODES, planApi, planKeys, type FokusIntervensi, type RencanaAksi } from './rencana-aksi-api.ts';
import {
  SCHEME_PERIODS,
  emptyForm,
  formFieldOfServer,
  formOf,
  readPlanForm,
  rupiahText,
  unitKind,
  type PlanForm,
  type Scheme,
} from './rencana-aksi-form-state.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import type { PlanRights } from './rencana-aksi-rights.ts';

export const FOKUS_LABEL: Record<FokusIntervensi, MessageKey> = {
  perencanaan_penganggaran: 'ra.fokus.perencanaan_penganggaran',
  proses_bisnis_sop: 'ra.fokus.proses_bisnis_sop',
  sdm: 'ra.fokus.sdm',
  pengawasan: 'ra.fokus.pengawasan',
  teknologi_informasi: 'ra.fokus.teknologi_informasi',
  inovasi: 'ra.fokus.inovasi',
};

const PERIOD_LABEL: Record<string, MessageKey> = {
  S1: 'ra.period.S1',
  S2: 'ra.period.S2',
  TW1: 'ra.period.TW1',
  TW2: 'ra.period.TW2',
  TW3: 'ra.period.TW3',
  TW4: 'ra.period.TW4',
};

/** A Rupiah amount: "Rp" before the field, thousands grouped with dots once the field is left. */
function RupiahInput({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange(v: string): void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  return (
    <span className="rupiah-input">
      <span className="rupiah-prefix" aria-hidden="true">
        Rp
      </span>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        placeholder="0"
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          const r = readNumberId(value, { wholeNumbers: true });
          if (r.ok && Number.isInteger(r.value) && r.value >= 0) onChange(rupiahText(r.value));
        }}
      />
    </span>
  );
}

interface Conflict {
  current: RencanaAksi;
  mine: PlanForm;
}

export function PlanFormCard({
  year,
  plan,
  doc,
  rights,
  defaultScheme,
  onDone,
  onCancel,
}: {
  year: number;
  plan: RencanaAksi | null;
  doc: RoadMapDocument;
  rights: PlanRights;
  defaultScheme: Scheme;
  onDone(saved: RencanaAksi): void;
  onCancel(): void;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const fid = (field: string) => `${uid}-${field.replace(/\./g, '-')}`;
  const [base, setBase] = useState<RencanaAksi | null>(plan);
  const [form, setForm] = useState<PlanForm>(() =>
    plan
      ? formOf(plan)
      : emptyForm(year, {
          scheme: defaultScheme,
          ...(rights.ownPds?.length === 1 ? { pelaksanaPdKey: rights.ownPds[0] } : {}),
        }),
  );
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [topError, setTopError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict || topError !== null) alertRef.current?.focus();
  }, [conflict, topError]);

  const node = doc.nodes.find((n) => n.key === form.nodeKey);
  const tematik = node?.kind === 'sasaran_tematik';
  const result = useMemo(() => readPlanForm(form, { year, tematik }), [form, year, tematik]);
  const kind = unitKind(form.satuan);

  const general = doc.nodes.filter((n) => n.kind === 'sasaran_general');
  const temas = doc.nodes.filter((n) => n.kind === 'tema');
  const childrenOf = (key: string, kind: string) => doc.nodes.filter((n) => n.parentKey === key && n.kind === kind);
  const pds = [...doc.perangkatDaerah].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const pelaksanaChoices = rights.ownPds ? pds.filter((p) => rights.ownPds!.includes(p.key)) : pds;

  const save = useMutation({
    mutationFn: (vars: { form: PlanForm }) => {
      const body = readPlanForm(vars.form, { year, tematik }).body!;
      return base ? planApi.update(base.id, body, base.rowVersion) : planApi.create(body);
    },
    onSuccess: (saved) => {
      void qc.invalidateQueries({ queryKey: planKeys.all });
      onDone(saved);
    },
    onError: (err, vars) => {
      if (err instanceof ApiError && err.code === 'STALE_WRITE') {
        const current = (err.details as { current?: { rencanaAksi?: RencanaAksi } } | undefined)?.current?.rencanaAksi;
        if (current) {
          setConflict({ current, mine: vars.form });
          return;
        }
      }
      if (err instanceof ApiError && err.fields.length) {
        const byField: Record<string, string> = {};
        for (const f of err.fields) byField[formFieldOfServer(f.field)] ??= f.message;
        setServerErrors(byField);
      }
      setTopError(err);
    },
  });

  const touch = (field: string) => {
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    setServerErrors((e) => {
      const group = field.startsWith('targets.') ? 'targets' : field;
      if (!(field in e) && !(group in e)) return e;
      const { [field]: _a, [group]: _b, ...rest } = e;
      return rest;
    });
  };
  const set = (field: string, patch: Partial<PlanForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    touch(field);
  };

  const errorOf = (field: string): string | null => {
    const own = result.errors[field];
    if (own && (submitted || touched.has(field))) return t(own.key, own.vars);
    return serverErrors[field] ?? null;
  };
  const describedBy = (field: string, hint?: string) =>
    [hint, errorOf(field) ? `${fid(field)}-err` : undefined].filter(Boolean).join(' ') || undefined;
  const err = (field: string): ReactNode => {
    const m = errorOf(field);
    return m ? (
      <p className="field-error" id={`${fid(field)}-err`}>
        <span aria-hidden="true">✖ </span>
        {m}
      </p>
    ) : null;
  };
  const invalid = (field: string) => !!errorOf(field);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setTopError(null);
    setNotice(null);
    const first = Object.keys(result.errors)[0];
    if (first) {
      window.requestAnimationFrame(() => document.getElementById(fid(first))?.focus());
      return;
    }
    save.mutate({ form });
  };

  const loadCurrent = (c: Conflict) => {
    setBase(c.current);
    setForm(formOf(c.current));
    setConflict(null);
    setTopError(null);
    setTouched(new Set());
    setSubmitted(false);
    setNotice(t('ra.conflict.reloaded'));
    void qc.invalidateQueries({ queryKey: planKeys.all });
  };
  const keepMine = (c: Conflict) => {
    // Saving again over the current version: the user has seen what changed.
    setBase(c.current);
    setForm(c.mine);
    setConflict(null);
    setTopError(null);
    setNotice(t('ra.conflict.kept'));
  };

  const pdName = (key: string | null) => (key ? (doc.perangkatDaerah.find((p) => p.key === key)?.name ?? key) : '—');
  const changes = (before: RencanaAksi, now: RencanaAksi) => {
    const rows: [MessageKey, string][] = [];
    const cmp = (label: MessageKey, a: unknown, b: unknown, show: string) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) rows.push([label, show]);
    };
    cmp('ra.field.rincian', before.rincianKegiatan, now.rincianKegiatan, now.rincianKegiatan);
    cmp('ra.field.output', before.indikatorOutput, now.indikatorOutput, now.indikatorOutput);
    cmp('ra.field.satuan', before.satuan, now.satuan, now.satuan);
    cmp('ra.field.target', before.targetTotal, now.targetTotal, fmt.number(now.targetTotal));
    cmp(
      'ra.field.targets',
      before.targets,
      now.targets,
      now.targets.map((x) => `${x.periodCode} ${fmt.number(x.target)}`).join(', '),
    );
    cmp('ra.field.start', before.startDate, now.startDate, fmt.date(now.startDate));
    cmp('ra.field.end', before.endDate, now.endDate, fmt.date(now.endDate));
    cmp('ra.field.pagu', before.pagu, now.pagu, now.pagu === null ? '—' : fmt.rupiah(now.pagu));
    cmp('ra.field.pelaksana', before.pelaksanaPdKey, now.pelaksanaPdKey, pdName(now.pelaksanaPdKey));
    cmp('ra.field.koordinator', before.koordinatorPdKey, now.koordinatorPdKey, pdName(now.koordinatorPdKey));
    cmp('ra.field.pj', before.penanggungJawab, now.penanggungJawab, now.penanggungJawab);
    cmp('ra.field.permasalahan', before.permasalahan, now.permasalahan, now.permasalahan ?? '—');
    cmp(
      'ra.field.fokus',
      before.fokusIntervensi.join(','),
      now.fokusIntervensi.join(','),
      now.fokusIntervensi.map((f) => t(FOKUS_LABEL[f])).join(', ') || '—',
    );
    return rows;
  };

  // Server errors on fields this form does not show (e.g. fokus intervensi of an RB General plan).
  const shown = [
    'nodeKey',
    'rincianKegiatan',
    'indikatorOutput',
    'satuan',
    'targetTotal',
    'targets',
    'startDate',
    'endDate',
    'penanggungJawab',
    'pagu',
    'pelaksanaPdKey',
    'koordinatorPdKey',
    ...(tematik ? ['permasalahan', 'fokusIntervensi'] : []),
  ];
  const orphans = Object.entries(serverErrors).filter(([f]) => !shown.includes(f) && !f.startsWith('targets.'));

  const hintId = `${fid('targets')}-hint`;
  const unitHint: MessageKey =
    kind === 'whole' ? 'ra.hint.whole' : kind === 'percent' ? 'ra.hint.percent' : 'ra.hint.decimal';

  return (
    <form className="card plan-form" onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{plan ? t('ra.form.editTitle') : t('ra.form.newTitle')}</h2>
      <p className="muted small">{t('ra.form.intro')}</p>

      <div ref={alertRef} tabIndex={-1} className="form-alerts">
        {conflict && base && (
          <div className="notice notice-warning" role="alert">
            <p>
              <strong>{t('ra.conflict.title')}</strong> {t('ra.conflict.text')}
            </p>
            <dl className="facts conflict-changes">
              {changes(base, conflict.current).map(([label, value]) => (
                <div key={label}>
                  <dt>{t(label)}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <div className="actions">
              <button type="button" className="primary" onClick={() => loadCurrent(conflict)}>
                {t('ra.conflict.reload')}
              </button>
              <button type="button" onClick={() => keepMine(conflict)}>
                {t('ra.conflict.keep')}
              </button>
            </div>
          </div>
        )}
        {notice && (
          <p className="notice notice-info" role="status">
            {notice}
          </p>
        )}
        {topError !== null && !conflict && <ErrorBox error={topError} title={t('ra.form.saveFailed')} />}
        {orphans.length > 0 && (
          <ul className="field-error">
            {orphans.map(([f, m]) => (
              <li key={f}>{m}</li>
            ))}
          </ul>
        )}
      </div>

      <div className="field">
        <label htmlFor={fid('nodeKey')}>{t('ra.field.kegiatan')}</label>
        <select
          id={fid('nodeKey')}
          value={form.nodeKey}
          aria-invalid={invalid('nodeKey')}
          aria-describedby={describedBy('nodeKey')}
          onChange={(e) => set('nodeKey', { nodeKey: e.target.value })}
        >
          <option value="">{t('ra.form.chooseKegiatan')}</option>
          {general.map((s) => (
            <optgroup key={s.key} label={`${t('ra.rbGeneral')} · ${s.number ? `${s.number}. ` : ''}${s.name}`}>
              {childrenOf(s.key, 'kegiatan_utama').map((k) => (
                <option key={k.key} value={k.key}>
                  {k.name}
                </option>
              ))}
            </optgroup>
          ))}
          {temas.map((s) => (
            <optgroup key={s.key} label={`${t('ra.rbTematik')} · ${s.name}`}>
              {childrenOf(s.key, 'sasaran_tematik').map((k) => (
                <option key={k.key} value={k.key}>
                  {k.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {err('nodeKey')}
      </div>

      <fieldset>
        <legend>{t('ra.form.minimum')}</legend>
        <div className="field">
          <label htmlFor={fid('rincianKegiatan')}>{t('ra.field.rincian')}</label>
          <textarea
            id={fid('rincianKegiatan')}
            rows={2}
            value={form.rincianKegiatan}
            aria-invalid={invalid('rincianKegiatan')}
            aria-describedby={describedBy('rincianKegiatan')}
            onChange={(e) => set('rincianKegiatan', { rincianKegiatan: e.target.value })}
          />
          {err('rincianKegiatan')}
        </div>
        <div className="field">
          <label htmlFor={fid('indikatorOutput')}>{t('ra.field.output')}</label>
          <textarea
            id={fid('indikatorOutput')}
            rows={2}
            value={form.indikatorOutput}
            aria-invalid={invalid('indikatorOutput')}
            aria-describedby={describedBy('indikatorOutput')}
            onChange={(e) => set('indikatorOutput', { indikatorOutput: e.target.value })}
          />
          {err('indikatorOutput')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fid('satuan')}>{t('ra.field.satuan')}</label>
            <input
              id={fid('satuan')}
              list={`${uid}-units`}
              value={form.satuan}
              aria-invalid={invalid('satuan')}
              aria-describedby={describedBy('satuan')}
              onChange={(e) => set('satuan', { satuan: e.target.value })}
            />
            <datalist id={`${uid}-units`}>
              {['Dokumen', 'Laporan', 'Kegiatan', 'Orang', 'Persen', 'Unit Kerja', 'Aplikasi', 'Inovasi'].map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
            {err('satuan')}
          </div>
          <div className="field">
            <label htmlFor={fid('targetTotal')}>{t('ra.field.target')}</label>
            <input
              id={fid('targetTotal')}
              inputMode="decimal"
              autoComplete="off"
              value={form.targetTotal}
              aria-invalid={invalid('targetTotal')}
              aria-describedby={describedBy('targetTotal', hintId)}
              onChange={(e) => set('targetTotal', { targetTotal: e.target.value })}
            />
            {err('targetTotal')}
          </div>
        </div>
        <fieldset className="period-targets" aria-describedby={hintId}>
          <legend>{t('ra.field.targets')}</legend>
          <div className="field-row">
            {(['semester', 'quarter'] as const).map((s) => (
              <label key={s} className="choice">
                <input
                  type="radio"
                  name={`${uid}-scheme`}
                  checked={form.scheme === s}
                  onChange={() => set('scheme', { scheme: s })}
                />
                {t(s === 'semester' ? 'ra.scheme.semester' : 'ra.scheme.quarter')}
              </label>
            ))}
          </div>
          <div className="field-row">
            {SCHEME_PERIODS[form.scheme].map((code) => {
              const field = `targets.${code}`;
              return (
                <div key={code} className="field narrow">
                  <label htmlFor={fid(field)}>{t(PERIOD_LABEL[code]!)}</label>
                  <span className="with-unit">
                    <input
                      id={fid(field)}
                      inputMode="decimal"
                      autoComplete="off"
                      value={form.targets[code] ?? ''}
                      aria-invalid={invalid(field)}
                      aria-describedby={describedBy(field, hintId)}
                      onChange={(e) => set(field, { targets: { ...form.targets, [code]: e.target.value } })}
                    />
                    {form.satuan && <span className="unit">{form.satuan}</span>}
                  </span>
                  {err(field)}
                </div>
              );
            })}
          </div>
          <p className="hint" id={hintId}>
            {t(unitHint)} {t('ra.hint.cumulative')}
          </p>
          {err('targets')}
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fid('startDate')}>{t('ra.field.start')}</label>
            <input
              id={fid('startDate')}
              type="date"
              min={`${year}-01-01`}
              max={`${year}-12-31`}
              value={form.startDate}
              aria-invalid={invalid('startDate')}
              aria-describedby={describedBy('startDate')}
              onChange={(e) => set('startDate', { startDate: e.target.value })}
            />
            {err('startDate')}
          </div>
          <div className="field">
            <label htmlFor={fid('endDate')}>{t('ra.field.end')}</label>
            <input
              id={fid('endDate')}
              type="date"
              min={`${year}-01-01`}
              max={`${year}-12-31`}
              value={form.endDate}
              aria-invalid={invalid('endDate')}
              aria-describedby={describedBy('endDate')}
              onChange={(e) => set('endDate', { endDate: e.target.value })}
            />
            {err('endDate')}
          </div>
        </div>
        <div className="field">
          <label htmlFor={fid('penanggungJawab')}>{t('ra.field.pj')}</label>
          <input
            id={fid('penanggungJawab')}
            value={form.penanggungJawab}
            aria-invalid={invalid('penanggungJawab')}
            aria-describedby={describedBy('penanggungJawab')}
            onChange={(e) => set('penanggungJawab', { penanggungJawab: e.target.value })}
          />
          {err('penanggungJawab')}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('ra.form.budgetAndPd')}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fid('pagu')}>{t('ra.field.pagu')}</label>
            <RupiahInput
              id={fid('pagu')}
              value={form.pagu}
              onChange={(v) => set('pagu', { pagu: v })}
              invalid={invalid('pagu')}
              describedBy={describedBy('pagu')}
            />
            {err('pagu')}
          </div>
          <div className="field">
            <label htmlFor={fid('pelaksanaPdKey')}>{t('ra.field.pelaksana')}</label>
            <select
              id={fid('pelaksanaPdKey')}
              value={form.pelaksanaPdKey}
              aria-invalid={invalid('pelaksanaPdKey')}
              aria-describedby={describedBy('pelaksanaPdKey')}
              onChange={(e) => set('pelaksanaPdKey', { pelaksanaPdKey: e.target.value })}
            >
              <option value="">{t('ra.form.choosePd')}</option>
              {pelaksanaChoices.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </select>
            {err('pelaksanaPdKey')}
          </div>
          <div className="field">
            <label htmlFor={fid('koordinatorPdKey')}>{t('ra.field.koordinator')}</label>
            <select
              id={fid('koordinatorPdKey')}
              value={form.koordinatorPdKey}
              aria-invalid={invalid('koordinatorPdKey')}
              aria-describedby={describedBy('koordinatorPdKey')}
              onChange={(e) => set('koordinatorPdKey', { koordinatorPdKey: e.target.value })}
            >
              <option value="">{t('ra.form.noPd')}</option>
              {pds.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </select>
            {err('koordinatorPdKey')}
          </div>
        </div>
      </fieldset>

      {tematik && (
        <fieldset>
          <legend>{t('ra.rbTematik')}</legend>
          <div className="field">
            <label htmlFor={fid('permasalahan')}>{t('ra.field.permasalahan')}</label>
            <textarea
              id={fid('permasalahan')}
              rows={2}
              value={form.permasalahan}
              aria-invalid={invalid('permasalahan')}
              aria-describedby={describedBy('permasalahan')}
              onChange={(e) => set('permasalahan', { permasalahan: e.target.value })}
            />
            {err('permasalahan')}
          </div>
          <fieldset
            className="fokus-choices"
            id={fid('fokusIntervensi')}
            tabIndex={-1}
            aria-invalid={invalid('fokusIntervensi')}
            aria-describedby={describedBy('fokusIntervensi')}
          >
            <legend>{t('ra.field.fokus')}</legend>
            {FOKUS_CODES.map((f) => (
              <label key={f} className="choice">
                <input
                  type="checkbox"
                  checked={form.fokus.includes(f)}
                  onChange={(e) =>
                    set('fokusIntervensi', {
                      fokus: e.target.checked ? [...form.fokus, f] : form.fokus.filter((x) => x !== f),
                    })
                  }
                />
                {t(FOKUS_LABEL[f])}
              </label>
            ))}
            {err('fokusIntervensi')}
          </fieldset>
        </fieldset>
      )}

      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('state.working') : t('ra.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
      {base && <RecordHistory entityType="rencana_aksi" entityId={base.id} />}
    </form>
  );
}
