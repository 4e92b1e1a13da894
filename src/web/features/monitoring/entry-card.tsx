// One indicator's realisasi in a period: the entry form while it may be edited (value-form.tsx), else
// the value as reported; evidence files, the workflow buttons (Ajukan, Verifikasi, Kembalikan — not
// on one's own entry, and a flagged row outside the bulk selection), the verifier's flags, the
// comment thread and the record's history. Workflow failures (409s) appear above the form.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isOpenForEntry } from '../../../domain/periods/periods.ts';
import { mayVerifyRealisasi } from '../../../domain/monitoring/entry.ts';
import { FLAG_LABELS } from '../../../domain/monitoring/verification.ts';
import { useAuth } from '../auth/auth.tsx';
import type { Indikator, Scale } from '../../../domain/roadmap/types.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { RecordHistory } from '../audit/record-history.tsx';
import { EntryComments } from './entry-comments.tsx';
import { EntryEvidence } from './entry-evidence.tsx';
import {
  monitoringApi,
  monitoringKeys,
  type Periode,
  type RealisasiDetail,
  type RealisasiStatus,
} from './monitoring-api.ts';
import { ReturnForm } from './return-form.tsx';
import { ValueForm } from './value-form.tsx';

export const REALISASI_STATUS: Record<RealisasiStatus, MessageKey> = {
  draft: 'mon.rs.draft',
  submitted: 'mon.rs.submitted',
  verified: 'mon.rs.verified',
  returned: 'mon.rs.returned',
};

export function RealisasiBadge({ status }: { status: RealisasiStatus | null }) {
  const { t } = useT();
  return (
    <span className={`badge rs-${status ?? 'none'}`}>{status ? t(REALISASI_STATUS[status]) : t('mon.rs.none')}</span>
  );
}

export interface EntryPermissions {
  enter: boolean;
  submit: boolean;
  verify: boolean;
  comment: boolean;
}

export function EntryCard({
  indicator,
  scale,
  row,
  periode,
  can,
  selected,
  onSelect,
  subjectType = 'indikator',
}: {
  /** For an action plan's output: the plan shown as an indicator (name, unit, target of the period). */
  indicator: Indikator;
  subjectType?: 'indikator' | 'rencana_aksi';
  scale: Scale | undefined;
  row: RealisasiDetail | undefined;
  periode: Periode;
  can: EntryPermissions;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const open = isOpenForEntry(periode.state);
  const editable = can.enter && open && (!row || row.status === 'draft' || row.status === 'returned');
  const target = indicator.targets.find((x) => x.year === periode.year);
  const invalidate = () => qc.invalidateQueries({ queryKey: monitoringKeys.all });

  const submit = useMutation({ mutationFn: (id: string) => monitoringApi.submit(id), onSuccess: invalidate });
  const verify = useMutation({ mutationFn: (id: string) => monitoringApi.verify([id]), onSuccess: invalidate });
  const [returning, setReturning] = useState(false);
  const ret = useMutation({
    mutationFn: (reason: string) => monitoringApi.returnToPd(row!.id, reason),
    onSuccess: () => {
      setReturning(false);
      return invalidate();
    },
  });
  const action = [submit, verify, ret].find((m) => m.isError);
  const titleId = `${uid}-title`;
  // Whoever entered or submitted a value may not verify it (the server refuses it too).
  const { user } = useAuth();
  const mayJudge = can.verify && row?.status === 'submitted' && (!user || mayVerifyRealisasi(user.username, row));
  const flags = row?.flags ?? [];

  return (
    <article className="card entry-card" aria-labelledby={titleId} data-indicator={indicator.key}>
      <header className="entry-head">
        {mayJudge && flags.length === 0 && (
          <label className="choice entry-select">
            <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
            <span className="visually-hidden">{t('mon.select', { name: indicator.name })}</span>
          </label>
        )}
        <h3 id={titleId}>{indicator.name}</h3>
        <RealisasiBadge status={row?.status ?? null} />
      </header>
      <p className="muted small">
        {t('mon.target', { year: periode.year })}: {target ? fmt.target(target, scale, indicator.unit) : '—'} ·{' '}
        {t('table.unit')}: {indicator.unit}
      </p>
      {row?.status === 'returned' && (
        <p className="notice notice-warning returned-reason" role="note">
          <strong>{t('mon.returnedBecause')}</strong> {row.returnReason}
        </p>
      )}
      {action && <ErrorBox error={action.error} />}
      {can.verify && flags.length > 0 && (
        <div className="notice notice-warning verification-flags" role="note">
          <strong>{t('mon.flagged')}</strong>
          <ul>
            {flags.map((f) => (
              <li key={f}>{pick(FLAG_LABELS[f])}</li>
            ))}
          </ul>
        </div>
      )}

      {editable ? (
        <ValueForm
          key={`${row?.id ?? 'new'}:${row?.rowVersion ?? 0}`}
          indicator={indicator}
          scale={scale}
          row={row}
          periode={periode}
          subjectType={subjectType}
        />
      ) : (
        <EntryReadout row={row} indicator={indicator} scale={scale} />
      )}
      {!open && !row && <p className="muted small">{t('mon.periodClosed')}</p>}

      {row && <EntryEvidence row={row} editable={editable} />}
      {!row && editable && <p className="hint">{t('mon.saveFirst')}</p>}

      <div className="actions">
        {can.submit && row && (row.status === 'draft' || row.status === 'returned') && (
          <button type="button" className="primary" disabled={submit.isPending} onClick={() => submit.mutate(row.id)}>
            {t('mon.submit')}
          </button>
        )}
        {mayJudge && (
          <>
            <button type="button" className="primary" disabled={verify.isPending} onClick={() => verify.mutate(row.id)}>
              {t('mon.verify')}
            </button>
            <button type="button" onClick={() => setReturning((x) => !x)} aria-expanded={returning}>
              {t('mon.return')}
            </button>
          </>
        )}
      </div>
      {returning && row && <ReturnForm send={ret} />}
      {row && <EntryComments row={row} canComment={can.comment} />}
      {row && <RecordHistory entityType="realisasi" entityId={row.id} />}
    </article>
  );
}

/** The entry as reported, when it may not be edited here. */
function EntryReadout({
  row,
  indicator,
  scale,
}: {
  row: RealisasiDetail | undefined;
  indicator: Indikator;
  scale: Scale | undefined;
}) {
  const { t } = useT();
  const fmt = useFormat();
  return (
    <dl className="facts entry-read">
      <dt>{t('mon.value')}</dt>
      <dd>{row?.value ? fmt.valueWithUnit(row.value, indicator.unit, scale) : '—'}</dd>
      {row && row.numerator !== null && row.denominator !== null && (
        <>
          <dt>{t('mon.fraction')}</dt>
          <dd>
            {fmt.number(row.numerator)} / {fmt.number(row.denominator)}
          </dd>
        </>
      )}
      {row && row.anggaranRealisasi !== null && (
        <>
          <dt>{t('mon.anggaran')}</dt>
          <dd>{fmt.rupiah(row.anggaranRealisasi)}</dd>
        </>
      )}
      {row?.narrative && (
        <>
          <dt>{t('mon.narrative')}</dt>
          <dd>{row.narrative}</dd>
        </>
      )}
      {row?.kendala && (
        <>
          <dt>{t('mon.kendala')}</dt>
          <dd>{row.kendala}</dd>
        </>
      )}
      {row?.solusi && (
        <>
          <dt>{t('mon.solusi')}</dt>
          <dd>{row.solusi}</dd>
        </>
      )}
    </dl>
  );
}
