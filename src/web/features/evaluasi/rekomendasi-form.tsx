// The evaluator's form for a recommendation, new or edited: an LKE line or "general", the PD it is
// addressed to, the due date and the text; the server's field messages appear under their field.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { linesOf } from '../../../domain/evaluasi/lke-tree.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { parseIsoDate } from '../../../domain/format/date.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import type { PdOption } from '../users/users-api.ts';
import { evaluasiApi, evaluasiKeys, type Rekomendasi, type RekomendasiBody } from './evaluasi-api.ts';
import { rekomendasiBodyMessage } from './form-checks.ts';
import { lineLabel } from './lke-inputs.ts';
import { FieldError } from '../../shared/field.tsx';

export function RekomendasiForm({
  year,
  config,
  pds,
  editing,
  onDone,
}: {
  year: number;
  config: LkeConfig;
  pds: PdOption[];
  editing?: Rekomendasi;
  onDone: () => void;
}) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [lineCode, setLineCode] = useState(editing?.lineCode ?? '');
  const [pdKey, setPdKey] = useState(editing?.pdKey ?? '');
  const [dueDate, setDueDate] = useState(editing?.dueDate ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [tried, setTried] = useState(false);
  const local = {
    pdKey: tried && !pdKey ? t('ev.rek.pdRequired') : null,
    dueDate: tried && !parseIsoDate(dueDate) ? t('ev.rek.dueRequired') : null,
    body: tried ? rekomendasiBodyMessage(body) : null,
  };
  const save = useMutation({
    mutationFn: () => {
      const b: RekomendasiBody = { lineCode: lineCode || null, pdKey, dueDate, body: body.trim() };
      return editing
        ? evaluasiApi.updateRekomendasi(editing.id, { ...b, rowVersion: editing.rowVersion })
        : evaluasiApi.createRekomendasi(year, b);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: evaluasiKeys.all });
      onDone();
    },
  });
  const serverField = (name: string) =>
    save.error instanceof ApiError
      ? save.error.fields
          .filter((f) => f.field.replace(/^body\./, '') === name)
          .map((f) => f.message)
          .join(' ') || null
      : null;
  const msg = (name: keyof typeof local | 'lineCode') =>
    (name === 'lineCode' ? null : local[name]) ?? serverField(name);
  const hasFieldErrors = save.error instanceof ApiError && save.error.fields.length > 0;
  const err = (name: keyof typeof local | 'lineCode') => <FieldError id={`${uid}-${name}-err`} message={msg(name)} />;
  const describedBy = (name: keyof typeof local | 'lineCode') => (msg(name) ? `${uid}-${name}-err` : undefined);

  return (
    <form
      className="card ev-rek-form"
      noValidate
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!pdKey || !parseIsoDate(dueDate) || rekomendasiBodyMessage(body)) return;
        save.mutate();
      }}
    >
      <h3 id={`${uid}-title`}>{editing ? t('ev.rek.editTitle') : t('ev.rek.newTitle', { year })}</h3>
      {save.isError && !hasFieldErrors && <ErrorBox error={save.error} />}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${uid}-line`}>{t('ev.rek.line')}</label>
          <select
            id={`${uid}-line`}
            value={lineCode}
            aria-invalid={!!msg('lineCode')}
            aria-describedby={describedBy('lineCode')}
            onChange={(e) => setLineCode(e.target.value)}
          >
            <option value="">{t('ev.rek.general')}</option>
            {linesOf(config).map(({ line }) => (
              <option key={line.code} value={line.code}>
                {lineLabel(line)}
              </option>
            ))}
          </select>
          {err('lineCode')}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-pd`}>{t('ev.rek.pd')}</label>
          <select
            id={`${uid}-pd`}
            value={pdKey}
            aria-invalid={!!msg('pdKey')}
            aria-describedby={describedBy('pdKey')}
            onChange={(e) => setPdKey(e.target.value)}
          >
            <option value="">{t('ev.rek.pdPick')}</option>
            {pds.map((p) => (
              <option key={p.key} value={p.key}>
                {`${p.shortName} — ${p.name}`}
              </option>
            ))}
          </select>
          {err('pdKey')}
        </div>
        <div className="field narrow">
          <label htmlFor={`${uid}-due`}>{t('ev.rek.due')}</label>
          <input
            id={`${uid}-due`}
            type="date"
            value={dueDate}
            aria-invalid={!!msg('dueDate')}
            aria-describedby={describedBy('dueDate')}
            onChange={(e) => setDueDate(e.target.value)}
          />
          {err('dueDate')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-body`}>{t('ev.rek.body')}</label>
        <textarea
          id={`${uid}-body`}
          rows={3}
          value={body}
          maxLength={4000}
          aria-invalid={!!msg('body')}
          aria-describedby={describedBy('body')}
          onChange={(e) => setBody(e.target.value)}
        />
        {err('body')}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('state.working') : editing ? t('action.save') : t('ev.rek.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
