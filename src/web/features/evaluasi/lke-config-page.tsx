// Konfigurasi LKE: the versioned LKE configurations (year, label, locked by a closed evaluation,
// used by which years), one configuration's tree with weights and ranges, cloning for a new year,
// and editing an unlocked clone's labels, weights and ranges (admin) with the server's validation
// findings shown by line or component code.
import { useCan } from '../auth/auth.tsx';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LkeComponent, LkeConfig, LkeNode } from '../../../domain/evaluasi/lke-types.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import { evaluasiApi, evaluasiKeys, useLkeConfigs, type LkeConfigRecord } from './evaluasi-api.ts';
import { numberToText, treeRows } from './lke-inputs.ts';
import './evaluasi.css';

export function LkeConfigPage() {
  const { t } = useT();
  const fmt = useFormat();
  usePageTitle(t('ev.cfg.title'));
  const q = useLkeConfigs();
  const canConfigure = useCan('lke:configure');
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('id');
  const select = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('id', id);
    setParams(next);
  };
  const selected = q.data?.find((c) => c.id === selectedId) ?? null;
  return (
    <div className="evaluasi lke-config">
      <div className="page-head">
        <p className="eyebrow">
          <Link to="/evaluasi">{t('ev.title')}</Link>
        </p>
        <h1>{t('ev.cfg.title')}</h1>
        <p className="lead">{t('ev.cfg.lead')}</p>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <Empty>{t('ev.cfg.none')}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data ev-cfg-list">
              <thead>
                <tr>
                  <th scope="col">{t('ev.cfg.year')}</th>
                  <th scope="col">{t('ev.cfg.label')}</th>
                  <th scope="col">{t('ev.cfg.state')}</th>
                  <th scope="col">{t('ev.cfg.usedBy')}</th>
                  <th scope="col">{t('ev.cfg.findings')}</th>
                  <th scope="col">{t('ev.ws.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {[...q.data]
                  .sort((a, b) => b.year - a.year)
                  .map((c) => (
                    <tr key={c.id} data-config={c.year} aria-current={c.id === selectedId ? 'true' : undefined}>
                      <th scope="row">{c.year}</th>
                      <td>{c.label}</td>
                      <td>
                        <span className={`badge ${c.locked ? 'sev-warning' : 'status-active'}`}>
                          {c.locked ? t('ev.cfg.locked') : t('ev.cfg.editable')}
                        </span>
                      </td>
                      <td>
                        {c.usedBy.length === 0
                          ? '—'
                          : c.usedBy
                              .map((u) => `${u.year} (${t(u.status === 'closed' ? 'ev.closedShort' : 'ev.openShort')})`)
                              .join(', ')}
                      </td>
                      <td>{c.findings.length === 0 ? t('ev.cfg.noFindings') : fmt.number(c.findings.length)}</td>
                      <td>
                        <button type="button" className="link" onClick={() => select(c.id)}>
                          {t('ev.cfg.open', { year: c.year })}
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {selected && (
            <ConfigDetail
              key={`${selected.id}:${selected.rowVersion}`}
              c={selected}
              canConfigure={canConfigure}
              onCloned={select}
            />
          )}
        </>
      )}
    </div>
  );
}

interface NodeText {
  name: string;
  weight: string;
  min: string;
  max: string;
}

function textsOf(config: LkeConfig): Record<string, NodeText> {
  const out: Record<string, NodeText> = {};
  for (const row of treeRows(config)) {
    if (row.kind === 'component')
      out[row.component.code] = {
        name: row.component.name,
        weight: numberToText(row.component.weight),
        min: '',
        max: '',
      };
    else
      out[row.line.code] = {
        name: row.line.name,
        weight: numberToText(row.line.weight),
        min: numberToText(row.line.min),
        max: numberToText(row.line.max),
      };
  }
  return out;
}

/** The definition with the edited texts applied; codes whose numbers do not read are listed. */
function applyTexts(config: LkeConfig, label: string, texts: Record<string, NodeText>) {
  const bad = new Set<string>();
  const num = (code: string, text: string, fallback: number) => {
    const r = readNumberId(text);
    if (!r.ok) {
      bad.add(code);
      return fallback;
    }
    return r.value;
  };
  const mapNode = (n: LkeNode): LkeNode => {
    const x = texts[n.code];
    if (!x) return n;
    if (n.kind === 'component')
      return {
        ...n,
        name: x.name.trim() || n.name,
        weight: num(n.code, x.weight, n.weight),
        children: n.children.map(mapNode),
      };
    return {
      ...n,
      name: x.name.trim() || n.name,
      weight: num(n.code, x.weight, n.weight),
      min: num(n.code, x.min, n.min),
      max: num(n.code, x.max, n.max),
    };
  };
  const definition: LkeConfig = {
    ...config,
    label: label.trim() || config.label,
    general: mapNode(config.general) as LkeComponent,
    tematik: mapNode(config.tematik) as LkeComponent,
  };
  return { definition, bad };
}

function ConfigDetail({
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
  const findings = new Map<string, string[]>();
  const addFinding = (where: string, message: string) => findings.set(where, [...(findings.get(where) ?? []), message]);
  if (save.error instanceof ApiError)
    for (const f of save.error.fields) addFinding(f.field.replace(/^(body\.)?definition\./, ''), f.message);
  else if (!editing) for (const f of c.findings) addFinding(f.where, f.message);
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
      <div className="table-wrap">
        <table className="data ev-cfg-tree">
          <thead>
            <tr>
              <th scope="col">{t('ev.ws.code')}</th>
              <th scope="col">{t('ev.cfg.name')}</th>
              <th scope="col" className="num">
                {t('ev.ws.weight')}
              </th>
              <th scope="col" className="num">
                {t('ev.cfg.min')}
              </th>
              <th scope="col" className="num">
                {t('ev.cfg.max')}
              </th>
              <th scope="col">{t('ev.cfg.more')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const code = row.kind === 'component' ? row.component.code : row.line.code;
              const msgs = findings.get(code);
              const name = row.kind === 'component' ? row.component.name : row.line.name;
              return (
                <tr
                  key={code}
                  data-cfg-row={code}
                  className={`${row.kind === 'component' ? 'lke-component' : 'lke-line'} depth-${Math.min(row.depth, 4)}`}
                >
                  <th scope="row">{code}</th>
                  <td className={`lke-name depth-${Math.min(row.depth, 4)}`}>
                    {cell(code, 'name', t('ev.cfg.name'), name)}
                    {msgs && (
                      <p className="field-error" role="alert">
                        {msgs.join(' ')}
                      </p>
                    )}
                  </td>
                  <td className="num">
                    {cell(
                      code,
                      'weight',
                      t('ev.ws.weight'),
                      fmt.number(row.kind === 'component' ? row.component.weight : row.line.weight),
                    )}
                  </td>
                  <td className="num">
                    {row.kind === 'line' ? cell(code, 'min', t('ev.cfg.min'), fmt.number(row.line.min)) : ''}
                  </td>
                  <td className="num">
                    {row.kind === 'line' ? cell(code, 'max', t('ev.cfg.max'), fmt.number(row.line.max)) : ''}
                  </td>
                  <td className="small">
                    {row.kind === 'line' &&
                      [
                        row.line.levels?.length ? row.line.levels.map((l) => l.code).join(' / ') : '',
                        row.line.multiplier ? t('ev.line.multiplier', { code: row.line.multiplier }) : '',
                        row.line.evaluator ?? '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
      <h3>{t('ev.cfg.bands')}</h3>
      <table className="data compact">
        <thead>
          <tr>
            <th scope="col">{t('ev.res.predikat')}</th>
            <th scope="col">{t('ev.cfg.bandRange')}</th>
          </tr>
        </thead>
        <tbody>
          {config.bands.map((b) => (
            <tr key={`${b.code}-${b.condition ?? ''}`}>
              <th scope="row">
                {b.code} <span className="muted small">{b.label}</span>
              </th>
              <td>
                {b.minInclusive ? '≥' : '>'} {fmt.number(b.min)} · {b.maxInclusive ? '≤' : '<'} {fmt.number(b.max)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CloneForm({ c, onCloned }: { c: LkeConfigRecord; onCloned: (id: string) => void }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(String(c.year + 1));
  const [label, setLabel] = useState('');
  const yearNum = Number(year);
  const yearOk = Number.isInteger(yearNum) && yearNum >= 2000 && yearNum <= 2100;
  const clone = useMutation({
    mutationFn: () => evaluasiApi.cloneConfig(c.id, yearNum, label.trim()),
    onSuccess: async (created) => {
      setOpen(false);
      await qc.invalidateQueries({ queryKey: evaluasiKeys.configs });
      onCloned(created.id);
    },
  });
  const yearErr =
    clone.error instanceof ApiError ? clone.error.fields.find((f) => f.field.endsWith('year'))?.message : undefined;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('ev.cfg.clone')}
      </button>
    );
  return (
    <form
      className="ev-clone-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (yearOk && label.trim()) clone.mutate();
      }}
    >
      <h3>{t('ev.cfg.cloneTitle', { label: c.label })}</h3>
      <div className="field-row">
        <div className="field narrow">
          <label htmlFor={`${uid}-y`}>{t('ev.cfg.year')}</label>
          <input
            id={`${uid}-y`}
            inputMode="numeric"
            value={year}
            aria-invalid={!yearOk || !!yearErr}
            onChange={(e) => setYear(e.target.value)}
          />
          {yearErr && <p className="field-error">{yearErr}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-l`}>{t('ev.cfg.label')}</label>
          <input id={`${uid}-l`} value={label} maxLength={300} onChange={(e) => setLabel(e.target.value)} />
        </div>
      </div>
      {clone.isError && !yearErr && <ErrorBox error={clone.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={clone.isPending || !yearOk || !label.trim()}>
          {t('ev.cfg.cloneSend')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
