// The baseline fieldset of the indicator form: year, and either a value on the scale or the reason
// it is not available.
import { useT } from '../../i18n/i18n.tsx';
import { ValueInput, fid, type FieldKit } from './indicator-field.tsx';

export function BaselineFieldset({ kit }: { kit: FieldKit }) {
  const { t } = useT();
  const { form, scale, set, msgs, invalid, describedBy, numberHintId } = kit;
  return (
    <fieldset>
      <legend>{t('ind.baseline')}</legend>
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor={fid('baseline.year')}>{t('ind.year')}</label>
          <input
            id={fid('baseline.year')}
            type="text"
            inputMode="numeric"
            value={form.baselineYear}
            aria-invalid={invalid('baseline.year')}
            aria-describedby={describedBy('baseline.year')}
            onChange={(e) => set('baseline.year', { baselineYear: e.target.value })}
          />
          {msgs('baseline.year')}
        </div>
        <div className="field" role="radiogroup" aria-label={t('form.baselineStatus')}>
          <span className="label">{t('form.baselineStatus')}</span>
          <label className="choice">
            <input
              type="radio"
              name="baselineStatus"
              checked={form.baselineStatus === 'value'}
              onChange={() => set('baseline.value', { baselineStatus: 'value' })}
            />{' '}
            {t('form.baselineHasValue')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="baselineStatus"
              checked={form.baselineStatus === 'not_available'}
              onChange={() =>
                set('baseline.reason', {
                  baselineStatus: 'not_available',
                  baselineReason: form.baselineReason || t('form.naDefaultReason'),
                })
              }
            />{' '}
            {t('form.baselineNA')}
          </label>
        </div>
        {form.baselineStatus === 'value' ? (
          <div className="field">
            <label htmlFor={fid('baseline.value')}>{t('form.baselineValue')}</label>
            <ValueInput
              field="baseline.value"
              scale={scale}
              value={form.baselineValue}
              label={t('form.baselineValue')}
              invalid={invalid('baseline.value')}
              describedBy={describedBy('baseline.value', numberHintId)}
              onChange={(v) => set('baseline.value', { baselineValue: v })}
            />
            {msgs('baseline.value')}
          </div>
        ) : (
          <div className="field">
            <label htmlFor={fid('baseline.reason')}>{t('form.baselineReason')}</label>
            <input
              id={fid('baseline.reason')}
              type="text"
              value={form.baselineReason}
              aria-invalid={invalid('baseline.reason')}
              aria-describedby={describedBy('baseline.reason')}
              onChange={(e) => set('baseline.reason', { baselineReason: e.target.value })}
            />
            {msgs('baseline.reason')}
          </div>
        )}
      </div>
      {numberHintId && (
        <p className="hint" id={numberHintId}>
          {t('form.numberHint')}
        </p>
      )}
    </fieldset>
  );
}
