// Evidence of one realisasi: the files with their download links, and while the entry is editable
// an upload field (type checked by the server from the content) and a remove button per file.
import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { EvidenceList } from '../../shared/evidence-list.tsx';
import { EvidenceFileField } from '../../shared/evidence-file-field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evidenceHref, monitoringApi, monitoringKeys, type RealisasiDetail } from './monitoring-api.ts';

export function EntryEvidence({ row, editable }: { row: RealisasiDetail; editable: boolean }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: monitoringKeys.realisasi(row.periodeId) });
  const upload = useMutation({
    mutationFn: (file: File) => monitoringApi.uploadEvidence(row.id, file),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (sha256: string) => monitoringApi.removeEvidence(row.id, sha256),
    onSuccess: invalidate,
  });
  return (
    <div className="evidence">
      <h4>{t('mon.evidence')}</h4>
      <EvidenceList
        items={row.evidence}
        hrefOf={evidenceHref}
        emptyText={t('mon.noEvidence')}
        onRemove={editable ? (sha) => remove.mutate(sha) : undefined}
        removing={remove.isPending}
      />
      {editable && (
        <>
          <EvidenceFileField
            id={`${uid}-file`}
            label={t('mon.upload')}
            hint={t('mon.uploadHint')}
            pending={upload.isPending}
            onFile={(file) => upload.mutate(file)}
          />
          {upload.isError && <ErrorBox error={upload.error} title={t('mon.uploadFailed')} />}
        </>
      )}
      {remove.isError && <ErrorBox error={remove.error} />}
    </div>
  );
}
