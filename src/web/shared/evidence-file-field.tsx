// The one way a screen offers to attach an evidence file: a labelled file input that accepts the
// types the server takes, sends the chosen file at once, clears itself for the next one, and says
// while it is working.
import type { ReactNode } from 'react';
import { EVIDENCE_ACCEPT } from '../../domain/evidence/sniff.ts';
import { useT } from '../i18n/i18n.tsx';

export function EvidenceFileField({
  id,
  label,
  pending,
  onFile,
  hint,
}: {
  id: string;
  label: ReactNode;
  pending: boolean;
  onFile: (f: File) => void;
  hint?: ReactNode;
}) {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={EVIDENCE_ACCEPT}
        disabled={pending}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
      {hint && <p className="hint">{hint}</p>}
      {pending && <p className="muted small">{t('state.working')}</p>}
    </div>
  );
}
