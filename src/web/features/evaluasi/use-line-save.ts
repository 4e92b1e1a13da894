// The editing state of one worksheet line: the inputs, the saved line they are based on (its
// rowVersion goes with the save, so a change made elsewhere meanwhile is refused with 409 instead
// of overwritten), the save, and the message of each field: the value's own check first (the
// server's rule, see readLineValue), then the server's answer.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { evaluasiApi, evaluasiKeys, type StaleLineDetails, type WorksheetLine } from './evaluasi-api.ts';
import { fieldsOf, isDirty, LINE_FIELDS, lineBody, serverMessage, topField, type LineFields } from './line-form.ts';
import { readLineValue } from './lke-inputs.ts';

export function useLineSave(year: number, line: LkeLine, saved: WorksheetLine) {
  const { t } = useT();
  const qc = useQueryClient();
  const [base, setBase] = useState(saved);
  const [f, setF] = useState<LineFields>(() => fieldsOf(line, saved));
  const [savedNotice, setSavedNotice] = useState(false);
  const checked = readLineValue(line, f.text);
  const dirty = isDirty(line, f, base);
  // A newer server line (a prefill, a reload) replaces an untouched row; edits in progress stay.
  if (saved.rowVersion !== base.rowVersion && !dirty) {
    setBase(saved);
    setF(fieldsOf(line, saved));
  }
  const set = (patch: Partial<LineFields>) => {
    setSavedNotice(false);
    setF((x) => ({ ...x, ...patch }));
  };

  const save = useMutation({
    mutationFn: () => evaluasiApi.saveLine(year, line.code, lineBody(line, f, checked, base.rowVersion)),
    onSuccess: (row) => {
      setBase(row);
      setF(fieldsOf(line, row));
      setSavedNotice(true);
      void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  const stale =
    err?.code === 'STALE_WRITE' ? ((err.details as StaleLineDetails | undefined)?.current?.line ?? null) : null;
  const fieldMsg = (field: (typeof LINE_FIELDS)[number]): string | null => {
    if (field === 'raw' && !checked.ok) {
      if (checked.reason === 'rule') return checked.message;
      return t(checked.reason === 'ambiguous' ? 'ev.line.ambiguous' : 'ev.line.notNumber', { text: f.text.trim() });
    }
    return !err || stale ? null : serverMessage(err.fields, field);
  };
  const knownField = err?.fields.some((x) => (LINE_FIELDS as readonly string[]).includes(topField(x.field)));
  const canSave = dirty && checked.ok && !save.isPending;

  const reload = () => {
    if (stale) {
      setBase(stale);
      setF(fieldsOf(line, stale));
    }
    save.reset();
    void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
  };

  return {
    f,
    set,
    dirty,
    canSave,
    save,
    savedNotice,
    stale,
    otherError: save.isError && !stale && !knownField ? save.error : null,
    fieldMsg,
    reload,
  };
}
