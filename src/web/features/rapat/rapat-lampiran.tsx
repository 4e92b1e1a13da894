// A meeting's attachments (invitation, materials, a photo of the signed attendance sheet): listed for
// every reader; uploaded and removed by whoever holds the meeting while its minutes are a draft.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { EvidenceFileField } from '../../shared/evidence-file-field.tsx';
import { EvidenceList } from '../../shared/evidence-list.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evidenceHref } from '../monitoring/monitoring-api.ts';
import { rapatApi, rapatKeys, type RapatDetail } from './rapat-api.ts';

export function RapatLampiran({ detail }: { detail: RapatDetail }) {
  const { t } = useT();
  const qc = useQueryClient();
  const id = detail.rapat.id;
  const editable = detail.mayManage && detail.rapat.status === 'draf';
  const refresh = () => qc.invalidateQueries({ queryKey: rapatKeys.one(id) });
  const upload = useMutation({ mutationFn: (f: File) => rapatApi.attachLampiran(id, f), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (sha: string) => rapatApi.removeLampiran(id, sha), onSuccess: refresh });
  if (!editable && detail.lampiran.length === 0) return null;
  return (
    <section className="card" aria-labelledby="rp-lampiran-h">
      <h2 id="rp-lampiran-h">{t('rp.lampiran')}</h2>
      <EvidenceList
        items={detail.lampiran}
        hrefOf={evidenceHref}
        emptyText={t('rp.noLampiran')}
        onRemove={editable ? (sha) => remove.mutate(sha) : undefined}
        removing={remove.isPending}
        removeLabelOf={(name) => t('rp.removeLampiran', { name })}
      />
      {editable && (
        <EvidenceFileField
          id="rp-lampiran-file"
          label={t('rp.addLampiran')}
          pending={upload.isPending}
          onFile={(f) => upload.mutate(f)}
        />
      )}
      {upload.isError && <ErrorBox error={upload.error} title={t('rp.lampiranFailed')} />}
      {remove.isError && <ErrorBox error={remove.error} />}
    </section>
  );
}
