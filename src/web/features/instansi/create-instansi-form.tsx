// "Instansi baru": code, name, kind, region, parent and, optionally, the first admin; the server
// creates both in one transaction and answers with the admin's temporary password, shown once.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KIND_LABELS } from '../../../domain/instansi/hierarchy.ts';
import type { InstansiKind } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { instansiApi, instansiKeys, type InstansiRecord } from './instansi-api.ts';
import { createBody, EMPTY_FORM, localProblems, serverProblems, type InstansiForm } from './instansi-form-state.ts';
import { ParentField, TextField } from './instansi-fields.tsx';

const KINDS = Object.keys(KIND_LABELS) as InstansiKind[];

export function CreateInstansiForm({
  list,
  onCreated,
  onCancel,
}: {
  list: readonly InstansiRecord[];
  onCreated: (created: InstansiRecord, admin: { username: string; temporaryPassword: string } | null) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const [f, setF] = useState<InstansiForm>(EMPTY_FORM);
  const [tried, setTried] = useState(false);
  const set = (k: keyof InstansiForm) => (v: string) => setF((old) => ({ ...old, [k]: v }));
  const m = useMutation({
    mutationFn: () => instansiApi.create(createBody(f)),
    onSuccess: (res) => {
      void qc.invalidateQueries({ queryKey: instansiKeys.list });
      onCreated(res.instansi, res.admin);
    },
  });
  const errors = { ...(tried ? localProblems(f, t('inst.required')) : {}), ...serverProblems(m.error) };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(localProblems(f, '')).length) return;
    m.mutate();
  };
  return (
    <form className="card instansi-form" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('inst.new')}</h2>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field-row">
        <TextField
          id={`${uid}-code`}
          label={t('inst.code')}
          value={f.code}
          onChange={set('code')}
          error={errors.code}
          hint={t('inst.codeHint')}
        />
        <TextField
          id={`${uid}-name`}
          label={t('inst.name')}
          value={f.name}
          onChange={set('name')}
          error={errors.name}
        />
      </div>
      <div className="field-row">
        <Field id={`${uid}-kind`} label={t('inst.kind')} error={errors.kind}>
          {(c) => (
            <select
              {...c}
              value={f.kind}
              onChange={(e) => setF({ ...f, kind: e.target.value as InstansiKind, parentId: '' })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k][locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id={`${uid}-region`}
          label={t('inst.region')}
          value={f.region}
          onChange={set('region')}
          error={errors.region}
        />
        <ParentField
          id={`${uid}-parent`}
          list={list}
          kind={f.kind}
          selfId={null}
          value={f.parentId}
          onChange={set('parentId')}
          error={errors.parentId}
        />
      </div>
      <fieldset>
        <legend>{t('inst.firstAdmin')}</legend>
        <p className="hint">{t('inst.firstAdminHint')}</p>
        <div className="field-row">
          <TextField
            id={`${uid}-admin-user`}
            label={t('inst.username')}
            value={f.adminUsername}
            onChange={set('adminUsername')}
            error={errors.adminUsername}
          />
          <TextField
            id={`${uid}-admin-name`}
            label={t('inst.displayName')}
            value={f.adminName}
            onChange={set('adminName')}
            error={errors.adminName}
          />
          <TextField
            id={`${uid}-admin-email`}
            label={t('inst.email')}
            value={f.adminEmail}
            onChange={set('adminEmail')}
            error={errors.adminEmail}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {t('inst.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
