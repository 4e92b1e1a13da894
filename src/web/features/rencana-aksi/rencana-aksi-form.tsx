// Create or edit one action plan: the kegiatan utama / sasaran tematik, the regulation's five minimum
// fields, unit and per-period targets typed by the unit, budget in Rupiah, the PDs, and for RB Tematik
// the permasalahan and fokus intervensi (checkboxes). Checked as typed; the server's field errors
// appear under their field; a 409 shows what changed and offers to load the current plan.
import { RecordHistory } from '../audit/record-history.tsx';
import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import { usePlanFields } from './plan-fields.tsx';
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
  const { t } = useT();
  const qc = useQueryClient();
  const [base, setBase] = useState<RencanaAksi | null>(plan);
  const { fields, form, setForm, restart, result, tematik, serverErrors, setServerErrors, setSubmitted } =
    usePlanFields(
      () =>
        plan
          ? formOf(plan)
          : emptyForm(year, {
              scheme: defaultScheme,
              ...(rights.ownPds?.length === 1 ? { pelaksanaPdKey: rights.ownPds[0] } : {}),
            }),
      doc,
      year,
    );
  const { uid, fid } = fields;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [topError, setTopError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict || topError !== null) alertRef.current?.focus();
  }, [conflict, topError]);

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
    restart(formOf(c.current));
    setConflict(null);
    setTopError(null);
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
