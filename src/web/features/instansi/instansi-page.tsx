// Instansi: the super-administrator's list of every instansi on the server (kind, region, parent,
// accounts, road maps) with "Instansi baru", editing a row's name, region and parent, and adding an
// admin; a temporary password is shown once, here.
import { useState } from 'react';
import { KIND_LABELS } from '../../../domain/instansi/hierarchy.ts';
import { useT } from '../../i18n/i18n.tsx';
import { SecretNotice, type Secret } from '../../shared/secret-notice.tsx';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { useCan } from '../auth/auth.tsx';
import { useServerInstansi, type InstansiRecord } from './instansi-api.ts';
import { CreateInstansiForm } from './create-instansi-form.tsx';
import { AddAdminForm, EditInstansiForm } from './edit-instansi-form.tsx';

export function InstansiPage() {
  const { t } = useT();
  usePageTitle(t('inst.title'));
  if (!useCan('instansi:manage'))
    return (
      <article>
        <h1>{t('inst.title')}</h1>
        <p className="notice notice-warning" role="alert">
          {t('inst.noAccess')}
        </p>
      </article>
    );
  return <InstansiAdmin />;
}

type Open = { kind: 'create' } | { kind: 'edit' | 'admin'; id: string } | null;

function InstansiAdmin() {
  const { t, locale } = useT();
  const q = useServerInstansi();
  const [open, setOpen] = useState<Open>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const list = q.data ?? [];
  const nameOf = new Map(list.map((i) => [i.id, i.name]));
  const showAdmin = (admin: { username: string; temporaryPassword: string } | null) =>
    admin && setSecret({ kind: 'created', username: admin.username, password: admin.temporaryPassword });
  const close = () => setOpen(null);

  const rowForm = (r: InstansiRecord) => {
    if (open?.kind === 'edit' && open.id === r.id)
      return (
        <EditInstansiForm
          record={r}
          list={list}
          onDone={(s) => {
            close();
            if (s) setSaved(t('inst.saved', { name: s.name }));
          }}
        />
      );
    if (open?.kind === 'admin' && open.id === r.id)
      return (
        <AddAdminForm
          record={r}
          onDone={(a) => {
            close();
            showAdmin(a);
          }}
        />
      );
    return null;
  };

  return (
    <article className="instansi-page">
      <header className="page-head with-actions">
        <div>
          <h1>{t('inst.title')}</h1>
          <p className="lead">{t('inst.lead')}</p>
        </div>
        {open?.kind !== 'create' && (
          <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>
            {t('inst.new')}
          </button>
        )}
      </header>
      {secret && <SecretNotice secret={secret} onClose={() => setSecret(null)} />}
      {saved && (
        <p className="notice notice-success" role="status">
          {saved}
        </p>
      )}
      {open?.kind === 'create' && (
        <CreateInstansiForm
          list={list}
          onCancel={close}
          onCreated={(created, admin) => {
            close();
            setSaved(t('inst.created', { name: created.name }));
            showAdmin(admin);
          }}
        />
      )}
      {list.map(rowForm)}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : list.length === 0 ? (
        <Empty>{t('inst.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('inst.name')}</th>
                <th scope="col">{t('inst.code')}</th>
                <th scope="col">{t('inst.kind')}</th>
                <th scope="col">{t('inst.region')}</th>
                <th scope="col">{t('inst.parent')}</th>
                <th scope="col">{t('inst.accounts')}</th>
                <th scope="col">{t('inst.roadMaps')}</th>
                <th scope="col">{t('inst.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <code>{r.code}</code>
                  </td>
                  <td>{KIND_LABELS[r.kind][locale]}</td>
                  <td>{r.region}</td>
                  <td>{r.parentId ? (nameOf.get(r.parentId) ?? '') : '—'}</td>
                  <td>{t('inst.accountsValue', { n: r.accounts, admins: r.admins })}</td>
                  <td className="num">{r.roadMaps}</td>
                  <td className="actions">
                    <button
                      type="button"
                      aria-label={`${t('inst.edit')} ${r.name}`}
                      onClick={() => setOpen({ kind: 'edit', id: r.id })}
                    >
                      {t('inst.edit')}
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={`${t('inst.addAdmin')} ${r.name}`}
                      onClick={() => setOpen({ kind: 'admin', id: r.id })}
                    >
                      {t('inst.addAdmin')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
