// The last fieldsets of the action-plan form: budget (Rupiah) with the implementing and coordinating
// PDs, and for RB Tematik the problem addressed and the fokus intervensi.
import type { PerangkatDaerah } from '../../../domain/roadmap/types.ts';
import { FOKUS_INTERVENSI } from '../../../domain/rencana-aksi/fokus.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { PlanFields } from './plan-fields.tsx';
import { FOKUS_LABEL } from './plan-labels.ts';
import { MoneyInput } from '../../shared/money-input.tsx';

/** Budget (Rupiah) and the implementing and coordinating PDs. */
export function BudgetPdFieldset({
  f,
  pds,
  pelaksanaChoices,
}: {
  f: PlanFields;
  pds: PerangkatDaerah[];
  pelaksanaChoices: PerangkatDaerah[];
}) {
  const { t } = useT();
  return (
    <fieldset>
      <legend>{t('ra.form.budgetAndPd')}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={f.fid('pagu')}>{t('ra.field.pagu')}</label>
          <MoneyInput
            id={f.fid('pagu')}
            value={f.form.pagu}
            onChange={(v) => f.set('pagu', { pagu: v })}
            invalid={f.invalid('pagu')}
            describedBy={f.describedBy('pagu')}
          />
          {f.err('pagu')}
        </div>
        <div className="field">
          <label htmlFor={f.fid('pelaksanaPdKey')}>{t('ra.field.pelaksana')}</label>
          <select
            id={f.fid('pelaksanaPdKey')}
            value={f.form.pelaksanaPdKey}
            aria-invalid={f.invalid('pelaksanaPdKey')}
            aria-describedby={f.describedBy('pelaksanaPdKey')}
            onChange={(e) => f.set('pelaksanaPdKey', { pelaksanaPdKey: e.target.value })}
          >
            <option value="">{t('ra.form.choosePd')}</option>
            {pelaksanaChoices.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
          {f.err('pelaksanaPdKey')}
        </div>
        <div className="field">
          <label htmlFor={f.fid('koordinatorPdKey')}>{t('ra.field.koordinator')}</label>
          <select
            id={f.fid('koordinatorPdKey')}
            value={f.form.koordinatorPdKey}
            aria-invalid={f.invalid('koordinatorPdKey')}
            aria-describedby={f.describedBy('koordinatorPdKey')}
            onChange={(e) => f.set('koordinatorPdKey', { koordinatorPdKey: e.target.value })}
          >
            <option value="">{t('ra.form.noPd')}</option>
            {pds.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
          {f.err('koordinatorPdKey')}
        </div>
      </div>
    </fieldset>
  );
}

/** RB Tematik only: the problem addressed and the fokus intervensi (checkboxes). */
export function TematikFieldset({ f }: { f: PlanFields }) {
  const { t } = useT();
  return (
    <fieldset>
      <legend>{t('ra.rbTematik')}</legend>
      <div className="field">
        <label htmlFor={f.fid('permasalahan')}>{t('ra.field.permasalahan')}</label>
        <textarea
          id={f.fid('permasalahan')}
          rows={2}
          value={f.form.permasalahan}
          aria-invalid={f.invalid('permasalahan')}
          aria-describedby={f.describedBy('permasalahan')}
          onChange={(e) => f.set('permasalahan', { permasalahan: e.target.value })}
        />
        {f.err('permasalahan')}
      </div>
      <fieldset
        className="fokus-choices"
        id={f.fid('fokusIntervensi')}
        tabIndex={-1}
        aria-invalid={f.invalid('fokusIntervensi')}
        aria-describedby={f.describedBy('fokusIntervensi')}
      >
        <legend>{t('ra.field.fokus')}</legend>
        {FOKUS_INTERVENSI.map((code) => (
          <label key={code} className="choice">
            <input
              type="checkbox"
              checked={f.form.fokus.includes(code)}
              onChange={(e) =>
                f.set('fokusIntervensi', {
                  fokus: e.target.checked ? [...f.form.fokus, code] : f.form.fokus.filter((x) => x !== code),
                })
              }
            />
            {t(FOKUS_LABEL[code])}
          </label>
        ))}
        {f.err('fokusIntervensi')}
      </fieldset>
    </fieldset>
  );
}
