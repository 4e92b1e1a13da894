// What one pokja answers for: the governing road map's sasaran, kegiatan utama and tema as
// checkboxes, folded once chosen (open while nothing is). A node another pokja already answers for
// shows that pokja's name and cannot be ticked (one node, one pokja).
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FieldError } from '../../shared/field.tsx';
import type { LingkupOption } from './stu-api.ts';

export function LingkupPicker({
  lingkup,
  chosen,
  ownerOf,
  onToggle,
  error,
  errorId,
}: {
  lingkup: LingkupOption[];
  chosen: string[];
  ownerOf: (key: string) => string | null;
  onToggle: (key: string, on: boolean) => void;
  error: string | null;
  errorId: string;
}) {
  const { t } = useT();
  // Open at first when nothing is chosen; afterwards only the user folds or unfolds it.
  const [open, setOpen] = useState(chosen.length === 0);
  return (
    <details className="stu-checks" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('stu.lingkupN', { n: chosen.length })}</summary>
      {lingkup.map((n) => {
        const other = ownerOf(n.key);
        return (
          <label key={n.key} className={`check stu-${n.kind}`}>
            <input
              type="checkbox"
              checked={chosen.includes(n.key)}
              disabled={!!other}
              onChange={(e) => onToggle(n.key, e.target.checked)}
            />{' '}
            {n.number ? `${n.number}. ` : ''}
            {n.name}
            {other && <span className="muted"> ({other})</span>}
          </label>
        );
      })}
      <FieldError id={errorId} message={error} />
    </details>
  );
}
