// The second step of an import: save the previewed workbook as a draft or active version, of the road
// map found by its period or of a chosen one.
import type { RoadMapSummary } from '../../../domain/contracts/roadmap.ts';
import { useT } from '../../i18n/i18n.tsx';

export function CommitForm({
  status,
  onStatus,
  roadMapId,
  onRoadMap,
  roadMaps,
  previewOk,
  canCommit,
  pending,
  onCommit,
}: {
  status: 'draft' | 'active';
  onStatus(s: 'draft' | 'active'): void;
  roadMapId: string;
  onRoadMap(id: string): void;
  roadMaps: RoadMapSummary[];
  previewOk: boolean;
  canCommit: boolean;
  pending: boolean;
  onCommit(): void;
}) {
  const { t } = useT();
  return (
    <form
      className="commit"
      onSubmit={(e) => {
        e.preventDefault();
        onCommit();
      }}
    >
      <h3>{t('import.commitTitle')}</h3>
      <fieldset>
        <legend>{t('import.status')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="status"
            value="draft"
            checked={status === 'draft'}
            onChange={() => onStatus('draft')}
          />{' '}
          {t('import.asDraft')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="status"
            value="active"
            checked={status === 'active'}
            onChange={() => onStatus('active')}
          />{' '}
          {t('import.asActive')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="imp-roadmap">{t('import.roadMap')}</label>
        <select id="imp-roadmap" value={roadMapId} onChange={(e) => onRoadMap(e.target.value)}>
          <option value="">{t('import.roadMapAuto')}</option>
          {roadMaps.map((rm) => (
            <option key={rm.id} value={rm.id}>
              {`${rm.title} (${rm.periodStart}–${rm.periodEnd})`}
            </option>
          ))}
        </select>
      </div>
      {!previewOk && (
        <p className="hint" id="commit-blocked">
          {t('import.commitBlocked')}
        </p>
      )}
      <button
        type="submit"
        className="primary"
        disabled={!canCommit}
        aria-describedby={previewOk ? undefined : 'commit-blocked'}
      >
        {pending ? t('state.working') : t('import.commit')}
      </button>
    </form>
  );
}
