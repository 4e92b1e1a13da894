// The per-period targets of an action plan: semester or quarter scheme, one field per period with
// the unit beside it, and the hint of how this unit's targets are typed.
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { SCHEME_PERIODS, unitKind } from './rencana-aksi-form-state.ts';
import type { PlanFields } from './plan-fields.tsx';
import { PERIOD_LABEL } from './plan-labels.ts';

/** The id of the unit hint, which the target total field is also described by. */
export const targetsHintId = (f: PlanFields) => `${f.fid('targets')}-hint`;

export function PlanTargetsFieldset({ f }: { f: PlanFields }) {
  const { t } = useT();
  const kind = unitKind(f.form.satuan);
  const hintId = targetsHintId(f);
  const unitHint: MessageKey =
    kind === 'whole' ? 'ra.hint.whole' : kind === 'percent' ? 'ra.hint.percent' : 'ra.hint.decimal';
  return (
    <fieldset className="period-targets" aria-describedby={hintId}>
      <legend>{t('ra.field.targets')}</legend>
      <div className="field-row">
        {(['semester', 'quarter'] as const).map((s) => (
          <label key={s} className="choice">
            <input
              type="radio"
              name={`${f.uid}-scheme`}
              checked={f.form.scheme === s}
              onChange={() => f.set('scheme', { scheme: s })}
            />
            {t(s === 'semester' ? 'ra.scheme.semester' : 'ra.scheme.quarter')}
          </label>
        ))}
      </div>
      <div className="field-row">
        {SCHEME_PERIODS[f.form.scheme].map((code) => {
          const field = `targets.${code}`;
          return (
            <div key={code} className="field narrow">
              <label htmlFor={f.fid(field)}>{t(PERIOD_LABEL[code]!)}</label>
              <span className="with-unit">
                <input
                  id={f.fid(field)}
                  inputMode="decimal"
                  autoComplete="off"
                  value={f.form.targets[code] ?? ''}
                  aria-invalid={f.invalid(field)}
                  aria-describedby={f.describedBy(field, hintId)}
                  onChange={(e) => f.set(field, { targets: { ...f.form.targets, [code]: e.target.value } })}
                />
                {f.form.satuan && <span className="unit">{f.form.satuan}</span>}
              </span>
              {f.err(field)}
            </div>
          );
        })}
      </div>
      <p className="hint" id={hintId}>
        {t(unitHint)} {t('ra.hint.cumulative')}
      </p>
      {f.err('targets')}
    </fieldset>
  );
}
