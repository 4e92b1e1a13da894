// The follow-up (tindak lanjut) of a recommendation: one entry of the trail with its evidence (and
// an upload onto it for the PD), and the PD's form for a new note with its evidence. The note's
// text is checked by the contract's rule, with the server's message.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { evidenceHref } from '../monitoring/monitoring-api.ts';
import { followUpMessage } from './form-checks.ts';
import { evaluasiApi, evaluasiKeys, type Rekomendasi, type TindakLanjut } from './evaluasi-api.ts';
import { EvidenceList } from '../../shared/evidence-list.tsx';
import { EVIDENCE_ACCEPT } from '../../../domain/evidence/sniff.ts';

const KIND_LABEL: Record<TindakLanjut['kind'], MessageKey> = {
  action: 'ev.tl.action',
  start: 'ev.tl.start',
  complete: 'ev.tl.complete',
  close: 'ev.tl.close',
  reopen: 'ev.tl.reopen',
};

export function FollowUpItem({ f, canUpload }: { f: TindakLanjut; canUpload: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => evaluasiApi.uploadFollowUpEvidence(f.id, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: evaluasiKeys.all }),
  });
  return (
    <li className={`ev-tl ev-tl-${f.kind}`}>
      <strong>{t(KIND_LABEL[f.kind])}</strong>{' '}
      <span className="muted small">
        {f.createdBy} · {fmt.dateTime(f.createdAt)}
      </span>
      {f.body && <p>{f.body}</p>}
      <EvidenceList className="plain" items={f.evidence} hrefOf={evidenceHref} />
      {canUpload && (
        <div className="field inline">
          <label htmlFor={`${uid}-file`} className="small">
            {t('ev.tl.addEvidence')}
          </label>
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
        </div>
      )}
      {upload.isError && <ErrorBox error={upload.error} />}
    </li>
  );
}

export function FollowUpForm({ r }: { r: Rekomendasi }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const send = useMutation({
    // The note first, then its evidence onto it: the server links evidence to a follow-up.
    mutationFn: async () => {
      const created = await evaluasiApi.followUp(r.id, body.trim());
      if (file) await evaluasiApi.uploadFollowUpEvidence(created.id, file);
    },
    onSuccess: () => {
      setBody('');
      setFile(null);
      setFileKey((k) => k + 1);
    },
    // Even when the upload failed the note exists: show it (with its own upload control).
    onSettled: () => qc.invalidateQueries({ queryKey: evaluasiKeys.all }),
  });
  const shortMessage = followUpMessage(body);
  const short = shortMessage !== null;
  return (
    <form
      className="ev-followup-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!short) send.mutate();
      }}
    >
      <div className="field">
        <label htmlFor={`${uid}-body`}>{t('ev.tl.new')}</label>
        <textarea
          id={`${uid}-body`}
          rows={2}
          value={body}
          aria-invalid={body !== '' && short}
          onChange={(e) => setBody(e.target.value)}
        />
        {body !== '' && short && <p className="field-error">{shortMessage}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-file`}>{t('ev.tl.evidence')}</label>
        <input
          key={fileKey}
          id={`${uid}-file`}
          type="file"
          accept={EVIDENCE_ACCEPT}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <p className="hint">{t('ev.tl.evidenceHint')}</p>
      </div>
      {send.isError && <ErrorBox error={send.error} />}
      <button type="submit" disabled={send.isPending || short}>
        {send.isPending ? t('state.working') : t('ev.tl.send')}
      </button>
    </form>
  );
}
