// A list of evidence files with their download links (name, and size and uploader when the answer
// carries them), and a remove button per file when the caller allows it. Used for a realisasi's
// evidence, a worksheet line's evidence and a follow-up's evidence. Uploading or picking files is
// the caller's (it differs per feature).
import { useT } from '../i18n/i18n.tsx';
import { useFormat } from './format.ts';

export interface EvidenceItem {
  sha256: string;
  fileName: string;
  sizeBytes?: number;
  uploadedBy?: string;
}

export interface EvidenceListProps {
  items: readonly EvidenceItem[];
  /** The download address of a file. */
  hrefOf(sha256: string): string;
  /** Shown when there is no file; without it an empty list shows nothing. */
  emptyText?: string;
  onRemove?: (sha256: string) => void;
  removing?: boolean;
  /** The remove button's text and its accessible name per file (defaults: "Hapus", no name). */
  removeLabel?: string;
  removeLabelOf?: (fileName: string) => string;
  /** Extra class beside `evidence-list`. */
  className?: string;
}

export function EvidenceList(props: EvidenceListProps) {
  const { items, hrefOf, emptyText, onRemove, removing, removeLabel, removeLabelOf, className } = props;
  const { t } = useT();
  const fmt = useFormat();
  if (items.length === 0) return emptyText ? <p className="muted small">{emptyText}</p> : null;
  return (
    <ul className={className ? `evidence-list ${className}` : 'evidence-list'}>
      {items.map((e) => {
        const details = [
          e.sizeBytes === undefined ? null : `${fmt.number(Math.max(1, Math.round(e.sizeBytes / 102.4) / 10))} kB`,
          e.uploadedBy ?? null,
        ].filter((d) => d !== null);
        return (
          <li key={e.sha256}>
            <a href={hrefOf(e.sha256)} download={e.fileName}>
              {e.fileName}
            </a>{' '}
            {details.length > 0 && <span className="muted small">({details.join(' · ')})</span>}
            {onRemove && (
              <button
                type="button"
                className="link-button"
                disabled={removing}
                onClick={() => onRemove(e.sha256)}
                aria-label={removeLabelOf?.(e.fileName)}
              >
                {removeLabel ?? t('action.remove')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
