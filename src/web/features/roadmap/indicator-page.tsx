// Indicator detail: its facts and placements (indicator-facts.tsx), its findings, its history, and
// the edit form ("Ubah"), and on a draft the re-basing onto a newer scale ("Ganti skala").
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Finding } from '../../../domain/roadmap/types.ts';
import { placementKey, placementsOfIndicator, scaleByCode } from '../../../domain/roadmap/locate.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FindingsTable } from '../../shared/findings-table.tsx';
import { Empty, usePageTitle } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { IndicatorEditForm } from './indicator-edit-form.tsx';
import { IndicatorFacts, IndicatorPlacements } from './indicator-facts.tsx';
import { useCan } from '../auth/auth.tsx';
import { isVersionEditable } from '../../../domain/roadmap/version-rules.ts';
import { RebaseForm, ScaleHistory } from './indicator-rebase.tsx';

export function IndicatorPage() {
  const { key = '' } = useParams();
  const { t } = useT();
  const { doc, findings, version, href } = useVersionView();
  const mayEdit = useCan('roadmap:update');
  const [editing, setEditing] = useState(false);
  const [rebasing, setRebasing] = useState(false);
  const [saved, setSaved] = useState(false);
  const ind = doc.indicators.find((i) => i.key === key);
  usePageTitle(ind?.name ?? t('ind.notFound'));

  if (!ind) {
    return (
      <Empty>
        {t('ind.notFound')} <Link to={href('temuan')}>{t('nav.findings')}</Link>
      </Empty>
    );
  }
  const scale = scaleByCode(doc, ind.scaleCode);
  const placements = placementsOfIndicator(doc, ind.key);
  const placementKeys = new Set(placements.map(placementKey));
  const own: Finding[] = findings.filter(
    (f) =>
      (f.entityType === 'indicator' && f.entityKey === ind.key) ||
      (f.entityType === 'placement' && placementKeys.has(f.entityKey)),
  );
  // The enacted text is read-only (the server refuses too): no edit control, and the reason why.
  const editable = isVersionEditable(version.status);

  return (
    <article className="indicator">
      <header className="page-head with-actions">
        <div>
          <p className="eyebrow">{t('ind.eyebrow')}</p>
          <h1>{ind.name}</h1>
          <p className="muted small">
            {t('ind.key')}: <code>{ind.key}</code>
          </p>
        </div>
        {!editing && mayEdit && editable && (
          <div className="actions">
            {!rebasing && (
              <button type="button" onClick={() => setRebasing(true)}>
                {t('rb.title')}
              </button>
            )}
            <button
              type="button"
              className="primary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('action.edit')}
            </button>
          </div>
        )}
      </header>

      {mayEdit && !editable && (
        <p id="edit-locked" className="notice notice-info" role="note">
          {t(version.status === 'active' ? 'ind.lockedActive' : 'ind.locked')}{' '}
          <Link to={href('versi')}>{t('nav.versions')}</Link>
        </p>
      )}

      {saved && !editing && (
        <p className="notice notice-success" role="status">
          {t('form.saved')}
        </p>
      )}

      {editing ? (
        <IndicatorEditForm
          indicator={ind}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <IndicatorFacts ind={ind} scale={scale} />
      )}

      {rebasing && mayEdit && editable && <RebaseForm ind={ind} onDone={() => setRebasing(false)} />}
      <ScaleHistory ind={ind} />

      <IndicatorPlacements ind={ind} scale={scale} />

      <section className="card" aria-labelledby="temuan" id="temuan-section">
        <h2 id="temuan">{t('ind.findings')}</h2>
        {own.length === 0 ? <Empty>{t('ind.noFindings')}</Empty> : <FindingsTable findings={own} showCode />}
      </section>

      <HistoryPanel indicatorKey={ind.key} />
    </article>
  );
}
