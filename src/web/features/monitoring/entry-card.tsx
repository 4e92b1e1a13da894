// One indicator's realisasi in a period: the value typed by its scale (ordinal select, or a number
// with the Indonesian decimal comma, checked as typed), optional numerator/denominator for
// percentages, narrative, evidence files, the workflow buttons (Ajukan, Verifikasi, Kembalikan)
// and the comment thread. Server field errors appear next to their field; 409s above the form.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Indikator, Scale } from '../../../domain/roadmap/types.ts';
import { checkValueInScale, parseValueForScale } from '../../../domain/roadmap/values.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { ApiError } from '../../api/client.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { RecordHistory } from '../audit/record-history.tsx';
import {
  evidenceHref,
  monitoringApi,
  monitoringKeys,
  type Periode,
  type RealisasiDetail,
  type RealisasiStatus,
} from './monitoring-api.ts';

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

function initialText(row: RealisasiDetail | undefined): string {
  const v = row?.value;
  if (!v) return '';
  return v.kind === 'level' ? v.code : formatNumber(v.value, 'id', { maxDecimals: 6 });
}

const numText = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n, 'id'));

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
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const open = periode.state === 'terbuka' || periode.state === 'dibuka_kembali';
  const editable = can.enter && open && (!row || row.status === 'draft' || row.status === 'returned');
  const target = indicator.targets.find((x) => x.year === periode.year);
  const invalidate = () => qc.invalidateQueries({ queryKey: monitoringKeys.all });

  const submit = useMutation({ mutationFn: (id: string) => monitoringApi.submit(id), onSuccess: invalidate });
  const verify = useMutation({ mutationFn: (id: string) => monitoringApi.verify([id]), onSuccess: invalidate });
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const ret = useMutation({
    mutationFn: (id: string) => monitoringApi.returnToPd(id, reason.trim()),
    onSuccess: () => {
      setReturning(false);
      setReason('');
      return invalidate();
    },
  });
  const action = [submit, verify, ret].find((m) => m.isError);
  const titleId = `${uid}-title`;

  return (
    <article className="card entry-card" aria-labelledby={titleId} data-indicator={indicator.key}>
      <header className="entry-head">
        {can.verify && row?.status === 'submitted' && (
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
        </dl>
      )}
      {!open && !row && <p className="muted small">{t('mon.periodClosed')}</p>}

      {row && <EvidenceList row={row} editable={editable} />}
      {!row && editable && <p className="hint">{t('mon.saveFirst')}</p>}

      <div className="actions">
        {can.submit && row && (row.status === 'draft' || row.status === 'returned') && (
          <button type="button" className="primary" disabled={submit.isPending} onClick={() => submit.mutate(row.id)}>
            {t('mon.submit')}
          </button>
        )}
        {can.verify && row?.status === 'submitted' && (
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
      {returning && row && (
        <form
          className="return-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length >= 5) ret.mutate(row.id);
          }}
        >
          <div className="field">
            <label htmlFor={`${uid}-reason`}>{t('mon.returnReason')}</label>
            <textarea
              id={`${uid}-reason`}
              rows={2}
              value={reason}
              aria-invalid={reason !== '' && reason.trim().length < 5}
              onChange={(e) => setReason(e.target.value)}
            />
            {reason !== '' && reason.trim().length < 5 && <p className="field-error">{t('mon.returnReasonShort')}</p>}
          </div>
          <button type="submit" className="primary" disabled={ret.isPending || reason.trim().length < 5}>
            {t('mon.returnSend')}
          </button>
        </form>
      )}
      {row && <Comments row={row} canComment={can.comment} />}
      {row && <RecordHistory entityType="realisasi" entityId={row.id} />}
    </article>
  );
}

function ValueForm({
  indicator,
  scale,
  row,
  periode,
  subjectType,
}: {
  indicator: Indikator;
  scale: Scale | undefined;
  row: RealisasiDetail | undefined;
  periode: Periode;
  subjectType: 'indikator' | 'rencana_aksi';
}) {
  const { t, pick, locale } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [value, setValue] = useState(() => initialText(row));
  const [numerator, setNumerator] = useState(() => numText(row?.numerator));
  const [denominator, setDenominator] = useState(() => numText(row?.denominator));
  const [narrative, setNarrative] = useState(row?.narrative ?? '');
  const isPlan = subjectType === 'rencana_aksi';
  const [anggaran, setAnggaran] = useState(() => numText(row?.anggaranRealisasi));
  const [tried, setTried] = useState(false);
  const isPercent = scale?.code === 'persen' || /^persen/i.test(indicator.unit);
  const hasFraction = numerator.trim() !== '' || denominator.trim() !== '';

  // Checked as typed, with the same rules as the server, so a mistake is seen before saving.
  let valueError: string | null = null;
  if (scale && value.trim() !== '') {
    const parsed = parseValueForScale(value, scale);
    if (!parsed.ok) valueError = pick(parsed.message);
    else {
      const inScale = checkValueInScale(parsed.value, scale);
      if (!inScale.ok) valueError = pick(inScale.message);
    }
  } else if (value.trim() === '' && !hasFraction && tried) {
    valueError = t('mon.valueRequired');
  }

  const save = useMutation({
    mutationFn: () =>
      monitoringApi.enter({
        periodeId: periode.id,
        subjectType,
        subjectKey: indicator.key,
        value: value.trim() === '' ? null : value.trim(),
        ...(isPercent && !isPlan
          ? { numerator: numerator.trim() || null, denominator: denominator.trim() || null }
          : {}),
        ...(isPlan ? { anggaranRealisasi: anggaran.trim().replace(/^Rp\s*/i, '') || null } : {}),
        narrative,
        rowVersion: row?.rowVersion ?? 0,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
  const serverFields = new Map<string, string>();
  if (save.error instanceof ApiError) for (const f of save.error.fields) serverFields.set(f.field, f.message);
  const otherError = save.isError && serverFields.size === 0 ? save.error : null;
  const fieldMsg = (field: string) =>
    (field === 'value' ? valueError : null) ?? (save.isError ? (serverFields.get(field) ?? null) : null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (valueError || (value.trim() === '' && !hasFraction)) return;
    save.mutate();
  };

  const err = (field: string) => {
    const m = fieldMsg(field);
    return m ? (
      <p className="field-error" id={`${uid}-${field}-err`}>
        <span aria-hidden="true">✖ </span>
        {m}
      </p>
    ) : null;
  };
  const described = (field: string) => (fieldMsg(field) ? `${uid}-${field}-err` : undefined);

  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate>
      {otherError && <ErrorBox error={otherError} title={t('mon.saveFailed')} />}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-value`}>{t('mon.valueOf', { name: indicator.name })}</label>
          {scale?.kind === 'ordinal' ? (
            <select
              id={`${uid}-value`}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={!!fieldMsg('value')}
              aria-describedby={described('value')}
            >
              <option value="">{t('mon.chooseLevel')}</option>
              {[...scale.levels]
                .sort((a, b) => a.rank - b.rank)
                .map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.label && l.label !== l.code ? `${l.code} (${l.label})` : l.code}
                  </option>
                ))}
            </select>
          ) : (
            <input
              id={`${uid}-value`}
              inputMode="decimal"
              autoComplete="off"
              value={value}
              placeholder={locale === 'id' ? '0,00' : '0.00'}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={!!fieldMsg('value')}
              aria-describedby={described('value')}
            />
          )}
          {err('value')}
        </div>
        {isPlan && (
          <div className="field">
            <label htmlFor={`${uid}-anggaran`}>{t('mon.anggaranInput')}</label>
            <input
              id={`${uid}-anggaran`}
              inputMode="numeric"
              autoComplete="off"
              value={anggaran}
              placeholder="Rp 0"
              onChange={(e) => setAnggaran(e.target.value)}
              aria-invalid={!!fieldMsg('anggaranRealisasi')}
              aria-describedby={described('anggaranRealisasi')}
            />
            {err('anggaranRealisasi')}
          </div>
        )}
        {isPercent && !isPlan && (
          <>
            <div className="field narrow">
              <label htmlFor={`${uid}-num`}>{t('mon.numerator')}</label>
              <input
                id={`${uid}-num`}
                inputMode="decimal"
                value={numerator}
                onChange={(e) => setNumerator(e.target.value)}
                aria-invalid={!!fieldMsg('numerator')}
                aria-describedby={described('numerator')}
              />
              {err('numerator')}
            </div>
            <div className="field narrow">
              <label htmlFor={`${uid}-den`}>{t('mon.denominator')}</label>
              <input
                id={`${uid}-den`}
                inputMode="decimal"
                value={denominator}
                onChange={(e) => setDenominator(e.target.value)}
                aria-invalid={!!fieldMsg('denominator')}
                aria-describedby={described('denominator')}
              />
              {err('denominator')}
            </div>
          </>
        )}
      </div>
      {isPercent && <p className="hint">{t('mon.fractionHint')}</p>}
      <div className="field">
        <label htmlFor={`${uid}-narr`}>{t('mon.narrative')}</label>
        <textarea id={`${uid}-narr`} rows={2} value={narrative} onChange={(e) => setNarrative(e.target.value)} />
        {err('narrative')}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('state.working') : t('mon.save')}
        </button>
        {save.isSuccess && (
          <span className="muted small" role="status">
            {t('mon.saved')}
          </span>
        )}
      </div>
    </form>
  );
}

function EvidenceList({ row, editable }: { row: RealisasiDetail; editable: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: monitoringKeys.realisasi(row.periodeId) });
  const upload = useMutation({
    mutationFn: (file: File) => monitoringApi.uploadEvidence(row.id, file),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (sha256: string) => monitoringApi.removeEvidence(row.id, sha256),
    onSuccess: invalidate,
  });
  return (
    <div className="evidence">
      <h4>{t('mon.evidence')}</h4>
      {row.evidence.length === 0 ? (
        <p className="muted small">{t('mon.noEvidence')}</p>
      ) : (
        <ul className="evidence-list">
          {row.evidence.map((e) => (
            <li key={e.sha256}>
              <a href={evidenceHref(e.sha256)} download={e.fileName}>
                {e.fileName}
              </a>{' '}
              <span className="muted small">
                ({fmt.number(Math.max(1, Math.round(e.sizeBytes / 102.4) / 10))} kB · {e.uploadedBy})
              </span>
              {editable && (
                <button
                  type="button"
                  className="link-button"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(e.sha256)}
                >
                  {t('action.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="field">
          <label htmlFor={`${uid}-file`}>{t('mon.upload')}</label>
          <input
            id={`${uid}-file`}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.webp,.xlsx,.docx"
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload.mutate(file);
              e.target.value = '';
            }}
          />
          <p className="hint">{t('mon.uploadHint')}</p>
          {upload.isPending && <p className="muted small">{t('state.working')}</p>}
          {upload.isError && <ErrorBox error={upload.error} title={t('mon.uploadFailed')} />}
        </div>
      )}
      {remove.isError && <ErrorBox error={remove.error} />}
    </div>
  );
}

function Comments({ row, canComment }: { row: RealisasiDetail; canComment: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const send = useMutation({
    mutationFn: () => monitoringApi.comment(row.id, body.trim()),
    onSuccess: () => {
      setBody('');
      return qc.invalidateQueries({ queryKey: monitoringKeys.realisasi(row.periodeId) });
    },
  });
  return (
    <details className="comments" open={row.comments.length > 0}>
      <summary>{t('mon.comments', { n: row.comments.length })}</summary>
      <ul className="comment-list">
        {row.comments.map((c) => (
          <li key={c.id}>
            <strong>{c.author}</strong> <span className="muted small">{fmt.dateTime(c.createdAt)}</span>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) send.mutate();
          }}
        >
          <div className="field">
            <label htmlFor={`${uid}-c`}>{t('mon.newComment')}</label>
            <textarea id={`${uid}-c`} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
          </div>
          {send.isError && <ErrorBox error={send.error} />}
          <button type="submit" disabled={send.isPending || !body.trim()}>
            {t('mon.sendComment')}
          </button>
        </form>
      )}
    </details>
  );
}
