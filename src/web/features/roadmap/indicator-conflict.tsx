// The alert shown when someone else saved the indicator first: what they changed since the form was
// opened, and the two ways out (load their version, or re-apply my change on top of it).
import type { Indikator, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { IndicatorDraft } from './indicator-form.ts';
import { withoutKey } from './indicator-reapply.ts';
import { IndicatorChanges } from './indicator-changes.tsx';

export interface Conflict {
  current: Indikator;
  rowVersion: number;
  mine: IndicatorDraft;
}

export function ConflictAlert({
  conflict,
  original,
  doc,
  onReload,
  onReapply,
}: {
  conflict: Conflict;
  original: IndicatorDraft;
  doc: RoadMapDocument;
  onReload(): void;
  onReapply(): void;
}) {
  const { t } = useT();
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>{t('conflict.title')}</strong> {t('conflict.text')}
      </p>
      <IndicatorChanges
        from={original}
        to={withoutKey(conflict.current)}
        doc={doc}
        headers={['conflict.whenOpened', 'conflict.now']}
        caption={t('conflict.theirChanges')}
      />
      <div className="actions">
        <button type="button" onClick={onReload}>
          {t('conflict.reload')}
        </button>
        <button type="button" className="primary" onClick={onReapply}>
          {t('conflict.reapply')}
        </button>
      </div>
    </div>
  );
}
