// Year and period pickers of the pembinaan screens; the choice lives in the address.
import { useId } from 'react';
import { PERIOD_CODES } from '../../../domain/periods/periods.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { YearSelect } from '../../shared/year-select.tsx';
import { yearOptions, type PembinaanView } from './pembinaan-query.ts';

export function PembinaanFilters({ view, onChange }: { view: PembinaanView; onChange: (v: PembinaanView) => void }) {
  const { t } = useT();
  const uid = useId();
  return (
    <div className="pembinaan-filters">
      <YearSelect
        id={`${uid}-year`}
        label={t('pb.year')}
        years={yearOptions()}
        value={view.year}
        onChange={(y) => onChange({ ...view, year: Number(y) })}
      />
      <Field id={`${uid}-periode`} label={t('pb.periode')}>
        {(c) => (
          <select
            {...c}
            value={view.periode ?? ''}
            onChange={(e) => onChange({ ...view, periode: (e.target.value || undefined) as PembinaanView['periode'] })}
          >
            <option value="">{t('pb.periodeAuto')}</option>
            {PERIOD_CODES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
