// The targets fieldset of the indicator form: one row per year, a point on the scale or a band, and
// optionally that target year's own baseline (Portal RB keeps baselines per target year since 2025).
import { useT } from '../../i18n/i18n.tsx';
import { ValueInput, fid, type FieldKit } from './indicator-field.tsx';
import type { TargetRow } from './indicator-form.ts';
import { withNewTarget, withTarget, withoutTarget } from './indicator-form-rows.ts';

export function TargetsFieldset({ kit, periodStart }: { kit: FieldKit; periodStart: number }) {
  const { t } = useT();
  const { form, scale, update, msgs, invalid, describedBy, numberHintId } = kit;
  const setTarget = (i: number, field: string, patch: Partial<TargetRow>) =>
    update(`targets.${i}.${field}`, (fm) => withTarget(fm, i, patch));
  return (
    <fieldset>
      <legend>{t('ind.targets')}</legend>
      {msgs('targets')}
      <table className="data compact form-table">
        <thead>
          <tr>
            <th scope="col">{t('ind.year')}</th>
            <th scope="col">{t('form.targetType')}</th>
            <th scope="col">{t('form.targetValue')}</th>
            <th scope="col">{t('form.targetBaseline')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('form.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {form.targets.map((row, i) => {
            const f = `targets.${i}`;
            const yearLabel = row.year.trim() || String(i + 1);
            return (
              <tr key={row.id} data-year={row.year.trim()}>
                <td>
                  <input
                    id={fid(`${f}.year`)}
                    className="narrow"
                    type="text"
                    inputMode="numeric"
                    aria-label={t('form.targetYearN', { n: i + 1 })}
                    value={row.year}
                    aria-invalid={invalid(`${f}.year`)}
                    aria-describedby={describedBy(`${f}.year`)}
                    onChange={(e) => setTarget(i, 'year', { year: e.target.value })}
                  />
                  {msgs(`${f}.year`)}
                </td>
                <td>
                  <select
                    id={fid(`${f}.type`)}
                    aria-label={t('form.targetTypeFor', { year: yearLabel })}
                    value={row.type}
                    aria-invalid={invalid(`${f}.type`)}
                    aria-describedby={describedBy(`${f}.type`)}
                    onChange={(e) => setTarget(i, 'type', { type: e.target.value as TargetRow['type'] })}
                  >
                    <option value="point">{t('form.point')}</option>
                    <option value="band" disabled={scale?.kind === 'ordinal'}>
                      {t('form.band')}
                    </option>
                  </select>
                  {msgs(`${f}.type`)}
                </td>
                <td>
                  {row.type === 'point' ? (
                    <>
                      <ValueInput
                        field={`${f}.value`}
                        scale={scale}
                        value={row.value}
                        label={t('form.targetValueFor', { year: yearLabel })}
                        invalid={invalid(`${f}.value`)}
                        describedBy={describedBy(`${f}.value`, numberHintId)}
                        onChange={(v) => setTarget(i, 'value', { value: v })}
                      />
                      {msgs(`${f}.value`)}
                    </>
                  ) : (
                    <div className="band">
                      <input
                        id={fid(`${f}.min`)}
                        type="text"
                        inputMode="decimal"
                        aria-label={t('form.bandMinFor', { year: yearLabel })}
                        value={row.min}
                        aria-invalid={invalid(`${f}.min`)}
                        aria-describedby={describedBy(`${f}.min`)}
                        onChange={(e) => setTarget(i, 'min', { min: e.target.value })}
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        id={fid(`${f}.max`)}
                        type="text"
                        inputMode="decimal"
                        aria-label={t('form.bandMaxFor', { year: yearLabel })}
                        value={row.max}
                        aria-invalid={invalid(`${f}.max`)}
                        aria-describedby={describedBy(`${f}.max`)}
                        onChange={(e) => setTarget(i, 'max', { max: e.target.value })}
                      />
                      {msgs(`${f}.min`)}
                      {msgs(`${f}.max`)}
                    </div>
                  )}
                </td>
                <td>
                  <ValueInput
                    field={`${f}.baseline`}
                    scale={scale}
                    value={row.baseline}
                    label={t('form.targetBaselineFor', { year: yearLabel })}
                    invalid={invalid(`${f}.baseline`)}
                    describedBy={describedBy(`${f}.baseline`, numberHintId)}
                    onChange={(v) => setTarget(i, 'baseline', { baseline: v })}
                  />
                  {msgs(`${f}.baseline`)}
                </td>
                <td>
                  <button
                    type="button"
                    className="link danger"
                    aria-label={t('form.removeTargetFor', { year: yearLabel })}
                    onClick={() => update('targets', (fm) => withoutTarget(fm, i))}
                  >
                    {t('action.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => update('targets', (fm) => withNewTarget(fm, periodStart))}>
        {t('form.addTarget')}
      </button>
    </fieldset>
  );
}
