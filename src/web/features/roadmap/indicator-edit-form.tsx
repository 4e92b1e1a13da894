// The indicator edit form ("Ubah"): every field with inline validation as the user types
// (Indonesian number reading, scale levels as a select, bounds, and the road-map check run on the
// edited document), server field errors next to their fields, and the two ways out of a
// conflicting save: load the current data, or re-apply my change on top of it; an edit may be
// marked as an erratum. Only drafts are edited (the page hides the form on an enacted version).
// The state lives in indicator-edit-state.tsx, the fieldsets in indicator-*-fieldset.tsx.
import type { Indikator } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FindingsTable } from '../../shared/findings-table.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { BaselineFieldset } from './indicator-baseline-fieldset.tsx';
import { ConflictAlert } from './indicator-conflict.tsx';
import { ErratumFieldset } from './indicator-erratum-fieldset.tsx';
import { useIndicatorEdit } from './indicator-edit-state.tsx';
import { IdentityFieldset } from './indicator-identity-fieldset.tsx';
import { ResponsibleFieldset } from './indicator-responsible-fieldset.tsx';
import { TargetsFieldset } from './indicator-targets-fieldset.tsx';

export function IndicatorEditForm({
  indicator,
  onCancel,
  onSaved,
}: {
  indicator: Indikator;
  onCancel(): void;
  onSaved(): void;
}) {
  const { t } = useT();
  const s = useIndicatorEdit(indicator, onSaved);
  const { doc, kit, conflict } = s;

  return (
    <form className="card edit-form" onSubmit={s.onSubmit} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">{t('form.title')}</h2>
      <p className="muted small">{t('form.intro')}</p>

      <div ref={s.alertRef} tabIndex={-1} className="form-alerts">
        {conflict && (
          <ConflictAlert
            conflict={conflict}
            original={s.base.indicator}
            doc={doc}
            onReload={() => s.loadCurrent(conflict)}
            onReapply={() => s.reapplyMine(conflict)}
          />
        )}
        {s.notice && (
          <p className="notice notice-info" role="status">
            {s.notice}
          </p>
        )}
        {s.topError !== null && !conflict && <ErrorBox error={s.topError} title={t('form.saveFailed')} />}
        {s.otherServerErrors.length > 0 && (
          <ul className="field-error">
            {s.otherServerErrors.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        )}
      </div>

      <IdentityFieldset kit={kit} scales={doc.scales} />
      <BaselineFieldset kit={kit} />
      <TargetsFieldset kit={kit} periodStart={doc.roadMap.periodStart} />
      <ResponsibleFieldset kit={kit} perangkatDaerah={doc.perangkatDaerah} />
      <ErratumFieldset value={s.erratum} onChange={s.setErratum} error={s.erratumError} />

      <section aria-labelledby="live-check" className="live-check">
        <h3 id="live-check">{t('form.liveCheck')}</h3>
        {s.liveFindings === null ? (
          <p className="muted">{t('form.liveCheckBlocked')}</p>
        ) : s.liveFindings.length === 0 ? (
          <p>{t('form.liveCheckClean')}</p>
        ) : (
          <FindingsTable findings={s.liveFindings} showCode={false} />
        )}
      </section>

      <div className="form-actions">
        {s.submitted && s.errorCount > 0 && (
          <p className="field-error" role="alert">
            {t('form.fixErrors', { n: s.errorCount })}
          </p>
        )}
        <button type="submit" className="primary" disabled={s.saving}>
          {s.saving ? t('form.saving') : t('action.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={s.saving}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
