// Correcting finalised minutes: an addendum, added below them (the minutes themselves stay as
// finalised), audited, and printed in the minutes PDF.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { rapatApi, rapatKeys } from './rapat-api.ts';

export function RapatAddendum({ id }: { id: string }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [isi, setIsi] = useState('');
  const add = useMutation({
    mutationFn: () => rapatApi.addendum(id, isi),
    onSuccess: (out) => {
      setIsi('');
      qc.setQueryData(rapatKeys.one(id), out);
    },
  });
  const fieldErr = add.error instanceof ApiError ? (add.error.fields[0]?.message ?? null) : null;
  return (
    <form
      className="card"
      aria-labelledby="rp-add-h"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <h2 id="rp-add-h">{t('rp.addendum')}</h2>
      <p className="muted">{t('rp.addendumHint')}</p>
      <Field id="rp-addendum" label={t('rp.addendumIsi')} error={fieldErr}>
        {(c) => <textarea {...c} rows={3} value={isi} onChange={(e) => setIsi(e.target.value)} />}
      </Field>
      {add.isError && !fieldErr && <ErrorBox error={add.error} />}
      <button type="submit" disabled={add.isPending}>
        {t('rp.addendumSave')}
      </button>
    </form>
  );
}
