// A list of evidence files with their download links (name, size, who uploaded), and a remove
// button per file when the caller allows it. Uploading is the caller's (it differs per feature).
import { useT } from '../i18n/i18n.tsx';
import { useFormat } from './format.ts';

export interface EvidenceItem {
  sha256: string;
  fileName: string;
  sizeBytes: number;
  uploadedBy: string;
}

export interface EvidenceListProps {
  items: readonly EvidenceItem[];
  /** The download address of a file. */
  hrefOf(sha256: string): string;
  emptyText: string;
  onRemove?: (sha256: string) => void;
  removing?: boolean;
}

export function EvidenceList({ items, hrefOf, emptyText, onRemove, removing }: EvidenceListProps) {
  const { t } = useT();
  const fmt = useFormat();
  if (items.length === 0) return <p className="muted small">{emptyText}</p>;
  return (
    <ul className="evidence-list">
      {items.map((e) => (
        <li key={e.sha256}>
          <a href={hrefOf(e.sha256)} download={e.fileName}>
            {e.fileName}
          </a>{' '}
          <span className="muted small">
            ({fmt.number(Math.max(1, Math.round(e.sizeBytes / 102.4) / 10))} kB · {e.uploadedBy})
          </span>
          {onRemove && (
            <button type="button" className="link-button" disabled={removing} onClick={() => onRemove(e.sha256)}>
              {t('action.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
