// The fields the instansi forms share: a text field and the parent picker, which offers only the
// instansi the domain allows as parent of the kind (never the instansi itself or one below it).
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import type { InstansiKind } from '../../../domain/roadmap/types.ts';
import type { InstansiRecord } from './instansi-api.ts';
import { parentOptions } from './instansi-form-state.ts';

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  autoComplete = 'off',
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  autoComplete?: string;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(c) => (
        <input
          {...c}
          type="text"
          value={value}
          autoComplete={autoComplete}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function ParentField({
  id,
  list,
  kind,
  selfId,
  value,
  onChange,
  error,
}: {
  id: string;
  list: readonly InstansiRecord[];
  kind: InstansiKind;
  selfId: string | null;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  const { t } = useT();
  const options = parentOptions(list, kind, selfId);
  return (
    <Field id={id} label={t('inst.parent')} error={error}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('inst.noParent')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
