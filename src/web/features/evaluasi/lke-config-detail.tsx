// One LKE configuration: its meta, the tree with weights and ranges (editable labels, weights and
// ranges for an unlocked clone, admin), the validation findings beside their code, and the bands.
import { useId, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, type LkeConfigRecord } from './evaluasi-api.ts';
import { CloneForm } from './lke-config-clone.tsx';
import { applyTexts, findingsByCode, textsOf, type NodeText } from './lke-config-texts.ts';
import { BandsTable, ConfigTree } from './lke-config-tree.tsx';
import { treeRows } from './lke-inputs.ts';

export function ConfigDetail({
  c,
  canConfigure,
  onCloned,
}: {
  c: LkeConfigRecord;
  canConfigure: boolean;
  onCloned: (id: string) => void;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const config = c.definition;
  const rows = useMemo(() => treeRows(config), [config]);
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(c.label);
  const [texts, setTexts] = useState(() => textsOf(config));
  const { definition, bad } = applyTexts(config, label, texts);
  const save = useMutation({
    mutationFn: () => evaluasiApi.updateConfig(c.id, definition, c.rowVersion),
    onSuccess: () => {
      setEditing(false);
      return qc.invalidateQueries({ queryKey: evaluasiKeys.all });
    },
  });
  // Server findings arrive as fields "definition.<code>": shown beside that code's row.
  const findings = findingsByCode(save.error instanceof ApiError ? save.error.fields : null, editing ? [] : c.findings);
  const treeCodes = new Set(rows.map((r) => (r.kind === 'component' ? r.component.code : r.line.code)));
  const otherFindings = [...findings.entries()].filter(([where]) => !treeCodes.has(where));
  const editable = canConfigure && !c.locked;
  const set = (code: string, patch: Partial<NodeText>) => {
    save.reset();
    setTexts((x) => ({ ...x, [code]: { ...x[code]!, ...patch } }));
  };
  const cell = (code: string, field: keyof NodeText, label: string, text: string) =>
    editing ? (
      <input
        className={field === 'name' ? 'ev-cfg-name' : 'lke-raw'}
        aria-label={`${label} ${code}`}
        inputMode={field === 'name' ? undefined : 'decimal'}
        value={texts[code]?.[field] ?? ''}
        aria-invalid={field !== 'name' && bad.has(code)}
        onChange={(e) => set(code, { [field]: e.target.value })}
      />
    ) : (
      text
    );

  return (
    <section className="card ev-cfg-detail" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{c.label}</h2>
      <p className="small">
        {t('ev.cfg.meta', {
          year: c.year,
          rule: config.predikatRule,
          koef: `${fmt.number(config.koefisien.min)}…${fmt.number(config.koefisien.max)}`,
        })}
      </p>
      {c.locked && (
        <p className="notice notice-warning" role="note">
          {t('ev.cfg.lockedNote')}
        </p>
      )}
      {canConfigure && <CloneForm c={c} onCloned={onCloned} />}
      {editable && !editing && (
        <button type="button" onClick={() => setEditing(true)}>
          {t('ev.cfg.edit')}
        </button>
      )}
      {editing && (
        <div className="field">
          <label htmlFor={`${uid}-label`}>{t('ev.cfg.label')}</label>
          <input id={`${uid}-label`} value={label} maxLength={300} onChange={(e) => setLabel(e.target.value)} />
        </div>
      )}
      {save.isError && <ErrorBox error={save.error} title={t('ev.cfg.saveRefused')} />}
      {otherFindings.length > 0 && (
        <ul className="ev-cfg-findings">
          {otherFindings.map(([where, msgs]) => (
            <li key={where}>
              <strong>{where}</strong>: {msgs.join(' ')}
            </li>
          ))}
        </ul>
      )}
      <ConfigTree rows={rows} findings={findings} cell={cell} />
      {editing && (
        <div className="actions">
          {bad.size > 0 && <p className="field-error">{t('ev.cfg.badNumbers', { codes: [...bad].join(', ') })}</p>}
          <button
            type="button"
            className="primary"
            disabled={save.isPending || bad.size > 0}
            onClick={() => save.mutate()}
          >
            {save.isPending ? t('state.working') : t('ev.cfg.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setTexts(textsOf(config));
              setLabel(c.label);
              save.reset();
            }}
          >
            {t('action.cancel')}
          </button>
        </div>
      )}
      <BandsTable bands={config.bands} />
    </section>
  );
}
