// The realisasi entry form of one card: the value typed by its scale (checked as typed with the
// server's rules), numerator/denominator for percentages, the budget realised for action plans, and
// the narrative. Server field errors appear next to their field; other failures above the form.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isPercentIndicator } from '../../../domain/monitoring/reporting.ts';
import type { Indikator, Scale } from '../../../domain/roadmap/types.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { MoneyInput } from '../../shared/money-input.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { ValueInput } from '../../shared/value-input.tsx';
import {
  canSave,
  entryBody,
  fractionMessages,
  initialTexts,
  valueProblem,
  type EntryTexts,
} from './entry-form-state.ts';
import { monitoringApi, monitoringKeys, type Periode, type RealisasiDetail } from './monitoring-api.ts';
import { FieldError } from '../../shared/field.tsx';
import { useTindakLanjut } from '../pengaduan/pengaduan-api.ts';
import { RegisterPrefill } from '../pengaduan/register-prefill.tsx';

export function ValueForm({
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
  const { t, pick } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [f, setF] = useState<EntryTexts>(() => initialTexts(row));
  const set = (k: keyof EntryTexts) => (text: string) => setF((prev) => ({ ...prev, [k]: text }));
  const isPlan = subjectType === 'rencana_aksi';
  const [tried, setTried] = useState(false);
  const isPercent = isPercentIndicator(indicator.unit, scale);
  // An indicator filled from the complaint register is offered its computed value (issue #11).
  const register = useTindakLanjut(periode.id, !isPlan);
  const fromRegister = register.data?.indikator.some((i) => i.key === indicator.key) ? register.data : null;

  // Checked as typed, with the same rules as the server, so a mistake is seen before saving.
  const problem = valueProblem(f, scale, tried);
  const valueError = !problem ? null : 'required' in problem ? t('mon.valueRequired') : pick(problem.message);

  const save = useMutation({
    mutationFn: () =>
      monitoringApi.enter(
        entryBody(f, {
          periodeId: periode.id,
          subjectType,
          subjectKey: indicator.key,
          isPercent,
          rowVersion: row?.rowVersion ?? 0,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
  const serverFields = new Map<string, string>();
  if (save.error instanceof ApiError) for (const e of save.error.fields) serverFields.set(e.field, e.message);
  const otherError = save.isError && serverFields.size === 0 ? save.error : null;
  // The fraction is checked once saving was tried (a half-typed pair is not yet a mistake).
  const fraction = tried && isPercent && !isPlan ? fractionMessages(f, scale) : new Map<string, string>();
  const fieldMsg = (field: string) =>
    (field === 'value' ? valueError : null) ??
    fraction.get(field) ??
    (save.isError ? (serverFields.get(field) ?? null) : null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (canSave(f, scale, isPercent && !isPlan)) save.mutate();
  };

  const err = (field: string) => <FieldError id={`${uid}-${field}-err`} message={fieldMsg(field)} />;
  const described = (field: string) => (fieldMsg(field) ? `${uid}-${field}-err` : undefined);
  const numberField = (field: 'numerator' | 'denominator', id: string, label: string) => (
    <div className="field narrow">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={f[field]}
        onChange={(e) => set(field)(e.target.value)}
        aria-invalid={!!fieldMsg(field)}
        aria-describedby={described(field)}
      />
      {err(field)}
    </div>
  );

  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate>
      {otherError && <ErrorBox error={otherError} title={t('mon.saveFailed')} />}
      {fromRegister && (
        <RegisterPrefill
          rate={fromRegister}
          realisasiId={row?.id}
          onFill={(fill) => setF((prev) => ({ ...prev, ...fill }))}
        />
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-value`}>{t('mon.valueOf', { name: indicator.name })}</label>
          <ValueInput
            id={`${uid}-value`}
            scale={scale}
            value={f.value}
            onChange={set('value')}
            chooseLabel={t('mon.chooseLevel')}
            invalid={!!fieldMsg('value')}
            describedBy={described('value')}
          />
          {err('value')}
        </div>
        {isPlan && (
          <div className="field">
            <label htmlFor={`${uid}-anggaran`}>{t('mon.anggaranInput')}</label>
            <MoneyInput
              id={`${uid}-anggaran`}
              value={f.anggaran}
              onChange={set('anggaran')}
              invalid={!!fieldMsg('anggaranRealisasi')}
              describedBy={described('anggaranRealisasi')}
            />
            {err('anggaranRealisasi')}
          </div>
        )}
        {isPercent && !isPlan && (
          <>
            {numberField('numerator', `${uid}-num`, t('mon.numerator'))}
            {numberField('denominator', `${uid}-den`, t('mon.denominator'))}
          </>
        )}
      </div>
      {isPercent && <p className="hint">{t('mon.fractionHint')}</p>}
      <div className="field">
        <label htmlFor={`${uid}-narr`}>{t('mon.narrative')}</label>
        <textarea id={`${uid}-narr`} rows={2} value={f.narrative} onChange={(e) => set('narrative')(e.target.value)} />
        {err('narrative')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-kendala`}>{t('mon.kendala')}</label>
          <textarea id={`${uid}-kendala`} rows={2} value={f.kendala} onChange={(e) => set('kendala')(e.target.value)} />
          {err('kendala')}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-solusi`}>{t('mon.solusi')}</label>
          <textarea id={`${uid}-solusi`} rows={2} value={f.solusi} onChange={(e) => set('solusi')(e.target.value)} />
          {err('solusi')}
        </div>
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
