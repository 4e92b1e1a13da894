// Evidence of one realisasi: the files with their download links, and while the entry is editable
// an upload field (type checked by the server from the content) and a remove button per file.
import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { EvidenceList } from '../../shared/evidence-list.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evidenceHref, monitoringApi, monitoringKeys, type RealisasiDetail } from './monitoring-api.ts';
import { EVIDENCE_ACCEPT } from '../../../domain/evidence/sniff.ts';

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
        <div className="field">
          <label htmlFor={`${uid}-file`}>{t('mon.upload')}</label>
          <input
            id={`${uid}-file`}
            type="file"
            accept={EVIDENCE_ACCEPT}
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload.mutate(file);
              e.target.value = '';
            }}
          />
          <p className="hint">{t('mon.uploadHint')}</p>
          {upload.isPending && <p className="muted small">{t('state.working')}</p>}
          {upload.isError && <ErrorBox error={upload.error} title={t('mon.uploadFailed')} />}
        </div>
      )}
      {remove.isError && <ErrorBox error={remove.error} />}
    </div>
  );
}
