// Changing an instansi's name, region and parent (its code and kind are its identity), and adding
// an admin account to it. Both are small forms shown in place of the row's actions.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { instansiApi, instansiKeys, type InstansiRecord } from './instansi-api.ts';
import { serverProblems } from './instansi-form-state.ts';
import { ParentField, TextField } from './instansi-fields.tsx';

export function EditInstansiForm({
  record,
  list,
  onDone,
}: {
  record: InstansiRecord;
  list: readonly InstansiRecord[];
  onDone: (saved: InstansiRecord | null) => void;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const [name, setName] = useState(record.name);
  const [region, setRegion] = useState(record.region);
  const [parentId, setParentId] = useState(record.parentId ?? '');
  const m = useMutation({
    mutationFn: () =>
      instansiApi.update(record.id, { name: name.trim(), region: region.trim(), parentId: parentId || null }),
    onSuccess: (saved) => {
      void qc.invalidateQueries({ queryKey: instansiKeys.list });
      onDone(saved);
    },
  });
  const errors = serverProblems(m.error);
  const nameErr = errors.name ?? (name.trim() ? undefined : t('inst.required'));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) m.mutate();
  };
  return (
    <form className="card instansi-form" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('inst.editTitle', { name: record.name })}</h2>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field-row">
        <TextField id={`${uid}-name`} label={t('inst.name')} value={name} onChange={setName} error={nameErr} />
        <TextField
          id={`${uid}-region`}
          label={t('inst.region')}
          value={region}
          onChange={setRegion}
          error={errors.region}
        />
        <ParentField
          id={`${uid}-parent`}
          list={list}
          kind={record.kind}
          selfId={record.id}
          value={parentId}
          onChange={setParentId}
          error={errors.parentId}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {t('inst.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function AddAdminForm({
  record,
  onDone,
}: {
  record: InstansiRecord;
  onDone: (admin: { username: string; temporaryPassword: string } | null) => void;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const uid = useId();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [tried, setTried] = useState(false);
  const m = useMutation({
    mutationFn: () =>
      instansiApi.addAdmin(record.id, {
        username: username.trim(),
        displayName: displayName.trim() || username.trim(),
      }),
    onSuccess: (admin) => {
      void qc.invalidateQueries({ queryKey: instansiKeys.list });
      onDone(admin);
    },
  });
  const errors = serverProblems(m.error);
  const userErr = errors.adminUsername ?? (tried && !username.trim() ? t('inst.required') : undefined);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (username.trim()) m.mutate();
  };
  return (
    <form className="card instansi-form" aria-labelledby={`${uid}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${uid}-title`}>{t('inst.addAdminTitle', { name: record.name })}</h2>
      {m.isError && <ErrorBox error={m.error} />}
      <div className="field-row">
        <TextField
          id={`${uid}-user`}
          label={t('inst.username')}
          value={username}
          onChange={setUsername}
          error={userErr}
        />
        <TextField
          id={`${uid}-name`}
          label={t('inst.displayName')}
          value={displayName}
          onChange={setDisplayName}
          error={errors.adminName}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {t('inst.createAdmin')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
