// Create or edit one action plan: the kegiatan utama / sasaran tematik, the regulation's five minimum
// fields, unit and per-period targets typed by the unit, budget in Rupiah, the PDs, and for RB Tematik
// the permasalahan and fokus intervensi (checkboxes). Checked as typed; the server's field errors
// appear under their field; a 409 shows what changed and offers to load the current plan.
import { RecordHistory } from '../audit/record-history.tsx';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { planApi, planKeys, type RencanaAksi } from './rencana-aksi-api.ts';
import {
  emptyForm,
  formFieldOfServer,
  formOf,
  readPlanForm,
  type PlanForm,
  type Scheme,
} from './rencana-aksi-form-state.ts';
import type { PlanRights } from './rencana-aksi-rights.ts';
import { PlanConflictNotice } from './plan-conflict.tsx';
import type { PlanFields } from './plan-fields.ts';
import { KegiatanField, MinimumFieldset } from './plan-fieldsets.tsx';
import { BudgetPdFieldset, TematikFieldset } from './plan-pd-fieldsets.tsx';

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
  const { t, pick } = useT();
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
    if (own && (submitted || touched.has(field))) return 'text' in own ? pick(own.text) : t(own.key, own.vars);
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

  const fields: PlanFields = { form, uid, fid, set, invalid, describedBy, err };

  return (
    <form className="card plan-form" onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{plan ? t('ra.form.editTitle') : t('ra.form.newTitle')}</h2>
      <p className="muted small">{t('ra.form.intro')}</p>

      <div ref={alertRef} tabIndex={-1} className="form-alerts">
        {conflict && base && (
          <PlanConflictNotice
            base={base}
            current={conflict.current}
            doc={doc}
            onReload={() => loadCurrent(conflict)}
            onKeep={() => keepMine(conflict)}
          />
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

      <KegiatanField f={fields} doc={doc} />

      <MinimumFieldset f={fields} year={year} />

      <BudgetPdFieldset f={fields} pds={pds} pelaksanaChoices={pelaksanaChoices} />

      {tematik && <TematikFieldset f={fields} />}

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
