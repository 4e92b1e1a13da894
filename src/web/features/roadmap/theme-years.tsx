// "Tahun berlaku tema" under Tabel 3: which years each RB Tematik theme applies (a theme can start or
// end within the period; monitoring and plans of a year see only its themes). On a draft, a reader
// who may edit the road map sets them per theme; on an enacted version they are shown read-only.
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, keys } from '../../api/endpoints.ts';
import type { ResultNode } from '../../../domain/roadmap/types.ts';
import { isVersionEditable } from '../../../domain/roadmap/version-rules.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useErrorText } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { useCan } from '../auth/auth.tsx';
import { periodYears, withYears, yearProblems } from './theme-years-state.ts';

function ThemeRow({ node, editable }: { node: ResultNode; editable: boolean }) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const errorText = useErrorText();
  const { doc, version } = useVersionView();
  const [from, setFrom] = useState(node.validFrom?.toString() ?? '');
  const [to, setTo] = useState(node.validTo?.toString() ?? '');
  const [saved, setSaved] = useState(false);
  const m = useMutation({
    mutationFn: () =>
      api.updateNode(version.id, node.key, {
        rowVersion: version.nodeRowVersions[node.key] ?? 1,
        node: withYears(node, from, to),
      }),
    onSuccess: () => {
      setSaved(true);
      void qc.invalidateQueries({ queryKey: keys.version(version.id) });
    },
  });
  const problems = yearProblems(node, from, to, doc.roadMap);
  const years = periodYears(doc.roadMap);
  const label = (y: number | undefined, whole: string) => (y === undefined ? whole : String(y));
  if (!editable)
    return (
      <tr>
        <th scope="row">{node.name}</th>
        <td>{label(node.validFrom, t('ty.fromStart'))}</td>
        <td>{label(node.validTo, t('ty.toEnd'))}</td>
      </tr>
    );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (problems.length === 0) m.mutate();
  };
  const select = (id: string, value: string, set: (v: string) => void, whole: string, labelText: string) => (
    <select id={id} aria-label={`${labelText}: ${node.name}`} value={value} onChange={(e) => set(e.target.value)}>
      <option value="">{whole}</option>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
  return (
    <tr>
      <th scope="row">{node.name}</th>
      <td>{select(`${uid}-from`, from, setFrom, t('ty.fromStart'), t('ty.from'))}</td>
      <td>{select(`${uid}-to`, to, setTo, t('ty.toEnd'), t('ty.to'))}</td>
      <td>
        <form onSubmit={onSubmit}>
          <button type="submit" disabled={m.isPending} aria-label={`${t('ty.save')}: ${node.name}`}>
            {t('ty.save')}
          </button>
          {problems.map((p) => (
            <p key={p.code} className="field-error" role="alert">
              {p.message}
            </p>
          ))}
          {m.isError && (
            <p className="field-error" role="alert">
              {errorText(m.error)}
            </p>
          )}
          {saved && !m.isPending && (
            <span className="small" role="status">
              {t('ty.saved')}
            </span>
          )}
        </form>
      </td>
    </tr>
  );
}

export function ThemeYears() {
  const { t } = useT();
  const { doc, version } = useVersionView();
  const mayEdit = useCan('roadmap:update') && isVersionEditable(version.status);
  const themes = doc.nodes.filter((n) => n.kind === 'tema').sort((a, b) => a.order - b.order);
  if (themes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="theme-years-title">
      <h2 id="theme-years-title">{t('ty.title')}</h2>
      <p className="hint">{t(mayEdit ? 'ty.leadEdit' : 'ty.lead')}</p>
      <div className="table-wrap">
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">{t('ty.theme')}</th>
              <th scope="col">{t('ty.from')}</th>
              <th scope="col">{t('ty.to')}</th>
              {mayEdit && <th scope="col">{t('form.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {themes.map((n) => (
              // Keyed by the theme alone: a save refetches the version, and the row (with its
              // "Disimpan." status) must survive that refetch.
              <ThemeRow key={n.key} node={n} editable={mayEdit} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
