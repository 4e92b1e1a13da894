// The alert shown when someone else saved the indicator first: what they changed since the form was
// opened, and the two ways out (load their version, or re-apply my change on top of it).
import type { Indikator, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import type { IndicatorDraft } from './indicator-form.ts';
import { withoutKey } from './indicator-reapply.ts';
import { ATTRIBUTE_LABEL, attributeText } from './indicator-text.ts';

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
      <TheirChanges original={original} current={withoutKey(conflict.current)} doc={doc} />
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

function TheirChanges({
  original,
  current,
  doc,
}: {
  original: IndicatorDraft;
  current: IndicatorDraft;
  doc: RoadMapDocument;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const fields = Object.keys(ATTRIBUTE_LABEL).filter(
    (f) => attributeText(f, original, doc, fmt, t) !== attributeText(f, current, doc, fmt, t),
  );
  if (fields.length === 0) return null;
  return (
    <table className="data compact">
      <caption>{t('conflict.theirChanges')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.field')}</th>
          <th scope="col">{t('conflict.whenOpened')}</th>
          <th scope="col">{t('conflict.now')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f}>
            <th scope="row">{t(ATTRIBUTE_LABEL[f] ?? 'ind.name')}</th>
            <td>{attributeText(f, original, doc, fmt, t)}</td>
            <td>{attributeText(f, current, doc, fmt, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
