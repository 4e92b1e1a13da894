// The structure editor: the SK, the people, the pokja, saved whole. The server's rules run as the
// user types once saving was tried; the server's answer maps back onto the same fields; a stale
// save (someone else saved meanwhile) says so and offers the current structure.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import type { PdOption } from '../users/users-api.ts';
import { stuApi, stuKeys, useAkunStu, type LingkupOption, type Struktur } from './stu-api.ts';
import { bodyOf, draftOf, draftProblems, type StrukturDraft } from './stu-form-state.ts';
import { StuPeopleEditor } from './stu-people-editor.tsx';
import { StuPokjaEditor } from './stu-pokja-editor.tsx';

export function StuEditor({
  struktur,
  lingkup,
  pds,
  onDone,
}: {
  struktur: Struktur;
  lingkup: LingkupOption[];
  pds: PdOption[];
  onDone: () => void;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const akun = useAkunStu(useCan('stu:manage'));
  const [d, setD] = useState<StrukturDraft>(() => draftOf(struktur));
  const [tried, setTried] = useState(false);
  const known = { pdKeys: new Set(pds.map((p) => p.key)), nodeKeys: new Set(lingkup.map((l) => l.key)) };
  const save = useMutation({
    mutationFn: () => stuApi.save(bodyOf(d, struktur.year, struktur.rowVersion)),
    onSuccess: (s) => {
      qc.setQueryData(stuKeys.year(struktur.year), s);
      onDone();
    },
  });
  const local = tried ? draftProblems(d, known) : new Map<string, string>();
  const server = new Map<string, string>();
  if (save.error instanceof ApiError) for (const e of save.error.fields) server.set(e.field, e.message);
  const msg = (field: string) => local.get(field) ?? (save.isError ? server.get(field) : undefined) ?? null;
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const otherError = save.isError && server.size === 0 && !stale ? save.error : null;
  const problems = local.size + (save.isError ? server.size : 0);

  return (
    <form
      className="stu-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (draftProblems(d, known).size === 0) save.mutate();
      }}
    >
      <section className="card" aria-labelledby="stu-edit-sk">
        <h2 id="stu-edit-sk">{t('stu.editTitle', { year: struktur.year })}</h2>
        <div className="field-row">
          <Field id="stu-sk-nomor" label={t('stu.skNomor')} error={msg('skNomor')}>
            {(c) => <input {...c} value={d.skNomor} onChange={(e) => setD({ ...d, skNomor: e.target.value })} />}
          </Field>
          <Field id="stu-sk-tanggal" label={t('stu.skTanggal')} error={msg('skTanggal')}>
            {(c) => (
              <input
                {...c}
                type="date"
                value={d.skTanggal}
                onChange={(e) => setD({ ...d, skTanggal: e.target.value })}
              />
            )}
          </Field>
        </div>
      </section>
      <StuPeopleEditor draft={d} onChange={setD} pds={pds} akun={akun.data ?? []} msg={msg} />
      <StuPokjaEditor draft={d} onChange={setD} lingkup={lingkup} msg={msg} />
      {problems > 0 && (
        <p className="notice notice-error" role="alert">
          {t('stu.problems', { n: problems })}
        </p>
      )}
      {stale && (
        <div className="notice notice-warning" role="alert">
          <p>{t('stu.stale')}</p>
          <button type="button" onClick={() => void qc.invalidateQueries({ queryKey: stuKeys.all }).then(onDone)}>
            {t('stu.reload')}
          </button>
        </div>
      )}
      {otherError && <ErrorBox error={otherError} title={t('stu.saveFailed')} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('stu.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('stu.cancel')}
        </button>
      </div>
    </form>
  );
}
