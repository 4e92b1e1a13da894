// "Hapus draf" on the versions page: deletes a draft version after a confirmation (the server
// audits it and refuses an enacted version). When the deleted draft was the one being viewed, the
// app moves to the version in force.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VersionSummary } from '../../../domain/contracts/roadmap.ts';
import { api, keys } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useErrorText } from '../../shared/states.tsx';
import { versionHref } from '../../shared/version-context.tsx';
import { versionName } from './amendment-form.tsx';

export function DeleteDraftButton({
  version,
  viewing,
  fallbackId,
}: {
  version: VersionSummary;
  /** Whether this is the version on screen. */
  viewing: boolean;
  /** Where to go after deleting the version on screen. */
  fallbackId: string | undefined;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const m = useMutation({
    mutationFn: () => api.deleteVersion(version.id),
    onSuccess: async () => {
      setConfirming(false);
      if (viewing && fallbackId) await navigate(versionHref(fallbackId, 'versi'));
      qc.removeQueries({ queryKey: keys.version(version.id) });
      await qc.invalidateQueries({ queryKey: keys.roadMaps });
    },
  });
  const question = t('versions.deleteConfirm', { name: versionName(version) });
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('versions.delete')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="small">{question}</span>{' '}
      <button type="button" className="danger" disabled={m.isPending} onClick={() => m.mutate()}>
        {m.isPending ? t('state.working') : t('versions.deleteYes')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)} disabled={m.isPending}>
        {t('action.cancel')}
      </button>
      {m.isError && (
        <span className="field-error" role="alert">
          {errorText(m.error)}
        </span>
      )}
    </span>
  );
}
