// The responsible-PD fieldset of the indicator form: which perangkat daerah lead or support.
import { useMemo } from 'react';
import type { PerangkatDaerah, ResponsibilityRole } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { fid, type FieldKit } from './indicator-field.tsx';
import { withNewPd, withPd, withRole, withoutPd } from './indicator-form-rows.ts';

export function ResponsibleFieldset({ kit, perangkatDaerah }: { kit: FieldKit; perangkatDaerah: PerangkatDaerah[] }) {
  const { t } = useT();
  const { form, update, msgs, invalid, describedBy } = kit;
  const pds = useMemo(() => [...perangkatDaerah].sort((a, b) => a.name.localeCompare(b.name, 'id')), [perangkatDaerah]);
  return (
    <fieldset>
      <legend>{t('ind.responsible')}</legend>
      {msgs('responsible')}
      {form.responsible.length === 0 && <p className="muted">{t('ind.noResponsible')}</p>}
      <ul className="plain resp-rows">
        {form.responsible.map((r, i) => (
          <li key={r.id} className="field-row">
            <div className="field">
              <label htmlFor={fid(`responsible.${i}.pdKey`)}>{t('form.pdN', { n: i + 1 })}</label>
              <select
                id={fid(`responsible.${i}.pdKey`)}
                value={r.pdKey}
                aria-invalid={invalid(`responsible.${i}.pdKey`)}
                aria-describedby={describedBy(`responsible.${i}.pdKey`)}
                onChange={(e) => update(`responsible.${i}.pdKey`, (fm) => withPd(fm, i, e.target.value))}
              >
                <option value="">{t('form.choosePd')}</option>
                {pds.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </select>
              {msgs(`responsible.${i}.pdKey`)}
            </div>
            <div className="field narrow">
              <label htmlFor={fid(`responsible.${i}.role`)}>{t('form.role')}</label>
              <select
                id={fid(`responsible.${i}.role`)}
                value={r.role}
                onChange={(e) => update('responsible', (fm) => withRole(fm, i, e.target.value as ResponsibilityRole))}
              >
                <option value="lead">{t('role.lead')}</option>
                <option value="supporting">{t('role.supporting')}</option>
              </select>
            </div>
            <button
              type="button"
              className="link danger"
              onClick={() => update('responsible', (fm) => withoutPd(fm, i))}
            >
              {t('action.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => update('responsible', withNewPd)}>
        {t('form.addPd')}
      </button>
    </fieldset>
  );
}
