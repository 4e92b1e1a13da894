// The identity fieldset of the indicator form: name, unit, scale, polarity and source agency.
import { useMemo } from 'react';
import type { Polarity, Scale } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { POLARITIES, fid, type FieldKit } from './indicator-field.tsx';
import { withScale } from './indicator-form-rows.ts';
import { POLARITY, SCALE_KIND } from './indicator-text.ts';

export function IdentityFieldset({ kit, scales }: { kit: FieldKit; scales: Scale[] }) {
  const { t } = useT();
  const { form, scale, set, update, msgs, invalid, describedBy } = kit;
  const sorted = useMemo(() => [...scales].sort((a, b) => a.name.localeCompare(b.name, 'id')), [scales]);
  return (
    <fieldset>
      <legend>{t('form.identity')}</legend>
      <div className="field">
        <label htmlFor={fid('name')}>{t('ind.name')}</label>
        <textarea
          id={fid('name')}
          rows={2}
          value={form.name}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name')}
          onChange={(e) => set('name', { name: e.target.value })}
        />
        {msgs('name')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid('unit')}>{t('ind.unit')}</label>
          <input
            id={fid('unit')}
            type="text"
            value={form.unit}
            aria-invalid={invalid('unit')}
            aria-describedby={describedBy('unit')}
            onChange={(e) => set('unit', { unit: e.target.value })}
          />
          {msgs('unit')}
        </div>
        <div className="field">
          <label htmlFor={fid('scaleCode')}>{t('ind.scale')}</label>
          <select
            id={fid('scaleCode')}
            value={form.scaleCode}
            aria-invalid={invalid('scaleCode')}
            aria-describedby={describedBy('scaleCode')}
            onChange={(e) => update('scaleCode', (f) => withScale(f, scales, e.target.value))}
          >
            {!scale && <option value={form.scaleCode}>{form.scaleCode}</option>}
            {sorted.map((s) => (
              <option key={s.code} value={s.code}>
                {`${s.name} (${t(SCALE_KIND[s.kind])})`}
              </option>
            ))}
          </select>
          {msgs('scaleCode')}
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid('polarity')}>{t('ind.polarity')}</label>
          <select
            id={fid('polarity')}
            value={form.polarity}
            aria-invalid={invalid('polarity')}
            aria-describedby={describedBy('polarity')}
            onChange={(e) => set('polarity', { polarity: e.target.value as Polarity })}
          >
            {POLARITIES.map((p) => (
              <option key={p} value={p}>
                {t(POLARITY[p])}
              </option>
            ))}
          </select>
          {msgs('polarity')}
        </div>
        <div className="field">
          <label htmlFor={fid('sourceAgency')}>{t('ind.sourceAgency')}</label>
          <input
            id={fid('sourceAgency')}
            type="text"
            value={form.sourceAgency}
            onChange={(e) => set('sourceAgency', { sourceAgency: e.target.value })}
          />
          {msgs('sourceAgency')}
        </div>
      </div>
    </fieldset>
  );
}
