// Versions (Versi): every version of the road map with its status and regulation; create an
// amendment version ("Buat versi perubahan"), put a draft into force ("Berlakukan"), and pick two
// versions to compare ("Bandingkan").
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegulasiType } from '../../../domain/roadmap/types.ts';
import { ApiError } from '../../api/client.ts';
import { api, keys, useRoadMaps } from '../../api/endpoints.ts';
import type { AmendmentBody, RoadMapSummary, VersionSummary } from '../../../domain/contracts/roadmap.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { REGULASI_TYPES, REGULASI_TYPE_CODES, regulasiCitation } from '../../shared/regulasi.ts';
import { StatusBadge } from '../../shared/severity.tsx';
import { Empty, ErrorBox, Loading, usePageTitle, useErrorText } from '../../shared/states.tsx';
import { useVersionView, versionHref } from '../../shared/version-context.tsx';
import { useCan } from '../auth/auth.tsx';

function versionName(v: VersionSummary): string {
  return `${v.versionLabel} (v${v.versionNo})`;
}

function ActivateButton({ version }: { version: VersionSummary }) {
  const { t } = useT();
  const qc = useQueryClient();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const m = useMutation({
    mutationFn: () => api.activate(version.id),
    onSuccess: () => {
      setConfirming(false);
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void qc.invalidateQueries({ queryKey: ['version'] });
      void qc.invalidateQueries({ queryKey: ['perangkat-daerah'] });
    },
  });
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        {t('versions.activate')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={t('versions.activateConfirm', { name: versionName(version) })}>
      <span className="small">{t('versions.activateConfirm', { name: versionName(version) })}</span>{' '}
      <button type="button" className="primary" disabled={m.isPending} onClick={() => m.mutate()}>
        {m.isPending ? t('state.working') : t('versions.activateYes')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)} disabled={m.isPending}>
        {t('action.cancel')}
      </button>
      {m.isError && (
        <span className="field-error" role="alert">
          {errorText(m.error)}
        </span>
      )}
    </span>
  );
}

interface AmendForm {
  basedOnVersionId: string;
  versionLabel: string;
  labelTouched: boolean;
  type: RegulasiType;
  number: string;
  year: string;
  title: string;
  enactedAt: string;
  promulgatedAt: string;
  place: string;
}

const SHORT_TYPE: Partial<Record<RegulasiType, string>> = {
  perbup: 'Perbup',
  perwali: 'Perwali',
  pergub: 'Pergub',
  perda: 'Perda',
};

function suggestedLabel(f: AmendForm): string {
  if (!f.number.trim() || !f.year.trim()) return '';
  return `${SHORT_TYPE[f.type] ?? REGULASI_TYPES[f.type].id} ${f.number.trim()}/${f.year.trim()}`;
}

function AmendmentForm({ roadMap }: { roadMap: RoadMapSummary }) {
  const { t, pick } = useT();
  const { version, doc } = useVersionView();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [f, setF] = useState<AmendForm>(() => ({
    basedOnVersionId: version.id,
    versionLabel: '',
    labelTouched: false,
    type: doc.regulasi.find((r) => r.key === doc.roadMap.regulasiKey)?.type ?? 'perbup',
    number: '',
    year: String(new Date().getFullYear()),
    title: '',
    enactedAt: '',
    promulgatedAt: '',
    place: doc.regulasi.find((r) => r.key === doc.roadMap.regulasiKey)?.place ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const label = f.labelTouched ? f.versionLabel : suggestedLabel(f);

  const errors: Record<string, string> = {};
  if (!f.number.trim()) errors.number = t('amend.errNumber');
  if (!/^\d{4}$/.test(f.year.trim()) || Number(f.year) < 1945 || Number(f.year) > 2100)
    errors.year = t('amend.errYear');
  if (!f.title.trim()) errors.title = t('amend.errTitle');
  if (!label.trim()) errors.versionLabel = t('amend.errLabel');
  if (f.enactedAt && f.promulgatedAt && f.promulgatedAt < f.enactedAt) errors.promulgatedAt = t('amend.errDates');

  const m = useMutation({
    mutationFn: (body: AmendmentBody) => api.createAmendment(roadMap.id, body),
    onSuccess: (res) => {
      void qc.invalidateQueries({ queryKey: keys.roadMaps });
      void navigate(versionHref(res.versionId));
    },
    onError: (err) => {
      if (err instanceof ApiError) {
        const byField: Record<string, string> = {};
        for (const fe of err.fields) {
          const name = fe.field.replace(/^body\./, '').replace(/^regulasi\./, '');
          byField[name] ??= fe.message;
        }
        setServerFields(byField);
      }
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const first = Object.keys(errors)[0];
    if (first) {
      document.getElementById(`am-${first}`)?.focus();
      return;
    }
    const body: AmendmentBody = {
      basedOnVersionId: f.basedOnVersionId,
      versionLabel: label.trim(),
      regulasi: {
        type: f.type,
        number: f.number.trim(),
        year: Number(f.year),
        title: f.title.trim(),
        ...(f.enactedAt ? { enactedAt: f.enactedAt } : {}),
        ...(f.promulgatedAt ? { promulgatedAt: f.promulgatedAt } : {}),
        ...(f.place.trim() ? { place: f.place.trim() } : {}),
      },
    };
    m.mutate(body);
  };

  const set = (name: keyof AmendForm, value: string) => {
    setF((x) => ({ ...x, [name]: value, ...(name === 'versionLabel' ? { labelTouched: true } : {}) }));
    setServerFields((s) => {
      const { [name]: _gone, ...rest } = s;
      return rest;
    });
  };
  const err = (name: string) => (submitted ? errors[name] : undefined) ?? serverFields[name];
  const fieldProps = (name: string) => ({
    id: `am-${name}`,
    'aria-invalid': !!err(name),
    'aria-describedby': err(name) ? `am-${name}-err` : undefined,
  });
  const msg = (name: string) =>
    err(name) ? (
      <p className="field-error" id={`am-${name}-err`}>
        <span aria-hidden="true">✖ </span>
        {err(name)}
      </p>
    ) : null;

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="amend-title">
      <h2 id="amend-title">{t('amend.title')}</h2>
      <p className="muted small">{t('amend.intro')}</p>
      {m.isError && <ErrorBox error={m.error} title={t('amend.failed')} />}
      <div className="field-row">
        <div className="field">
          <label htmlFor="am-basedOnVersionId">{t('amend.basedOn')}</label>
          <select
            {...fieldProps('basedOnVersionId')}
            value={f.basedOnVersionId}
            onChange={(e) => set('basedOnVersionId', e.target.value)}
          >
            {roadMap.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {`${versionName(v)} · ${t(`status.${v.status}`)}`}
              </option>
            ))}
          </select>
          {msg('basedOnVersionId')}
        </div>
      </div>
      <fieldset>
        <legend>{t('amend.regulasi')}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor="am-type">{t('amend.type')}</label>
            <select {...fieldProps('type')} value={f.type} onChange={(e) => set('type', e.target.value)}>
              {REGULASI_TYPE_CODES.map((c) => (
                <option key={c} value={c}>
                  {pick(REGULASI_TYPES[c])}
                </option>
              ))}
            </select>
            {msg('type')}
          </div>
          <div className="field narrow">
            <label htmlFor="am-number">{t('amend.number')}</label>
            <input
              {...fieldProps('number')}
              type="text"
              value={f.number}
              onChange={(e) => set('number', e.target.value)}
            />
            {msg('number')}
          </div>
          <div className="field narrow">
            <label htmlFor="am-year">{t('amend.year')}</label>
            <input
              {...fieldProps('year')}
              type="text"
              inputMode="numeric"
              value={f.year}
              onChange={(e) => set('year', e.target.value)}
            />
            {msg('year')}
          </div>
        </div>
        <div className="field">
          <label htmlFor="am-title">{t('amend.regTitle')}</label>
          <textarea {...fieldProps('title')} rows={2} value={f.title} onChange={(e) => set('title', e.target.value)} />
          {msg('title')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="am-enactedAt">{t('amend.enactedAt')}</label>
            <input
              {...fieldProps('enactedAt')}
              type="date"
              value={f.enactedAt}
              onChange={(e) => set('enactedAt', e.target.value)}
            />
            {msg('enactedAt')}
          </div>
          <div className="field">
            <label htmlFor="am-promulgatedAt">{t('amend.promulgatedAt')}</label>
            <input
              {...fieldProps('promulgatedAt')}
              type="date"
              value={f.promulgatedAt}
              onChange={(e) => set('promulgatedAt', e.target.value)}
            />
            {msg('promulgatedAt')}
          </div>
          <div className="field">
            <label htmlFor="am-place">{t('amend.place')}</label>
            <input
              {...fieldProps('place')}
              type="text"
              value={f.place}
              onChange={(e) => set('place', e.target.value)}
            />
            {msg('place')}
          </div>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="am-versionLabel">{t('amend.versionLabel')}</label>
        <input
          {...fieldProps('versionLabel')}
          type="text"
          value={label}
          placeholder="Perbup 5/2025"
          onChange={(e) => set('versionLabel', e.target.value)}
        />
        <p className="hint">{t('amend.versionLabelHint')}</p>
        {msg('versionLabel')}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={m.isPending}>
          {m.isPending ? t('state.working') : t('amend.submit')}
        </button>
      </div>
    </form>
  );
}

function CompareForm({ roadMap }: { roadMap: RoadMapSummary }) {
  const { t } = useT();
  const { version, href } = useVersionView();
  const navigate = useNavigate();
  const versions = [...roadMap.versions].sort((a, b) => a.versionNo - b.versionNo);
  const base =
    version.basedOnVersionId ??
    versions.find((v) => v.status === 'active' && v.id !== version.id)?.id ??
    versions[0]?.id ??
    '';
  const [from, setFrom] = useState(base);
  const [to, setTo] = useState(version.id);
  return (
    <form
      className="card"
      aria-labelledby="compare-title"
      onSubmit={(e) => {
        e.preventDefault();
        void navigate(href(`versi/bandingkan?dari=${encodeURIComponent(from)}&ke=${encodeURIComponent(to)}`));
      }}
    >
      <h2 id="compare-title">{t('compare.title')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="cmp-from">{t('compare.from')}</label>
          <select id="cmp-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {`${versionName(v)} · ${t(`status.${v.status}`)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cmp-to">{t('compare.to')}</label>
          <select id="cmp-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {`${versionName(v)} · ${t(`status.${v.status}`)}`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {from === to && <p className="hint">{t('compare.same')}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!from || !to || from === to}>
          {t('compare.submit')}
        </button>
      </div>
    </form>
  );
}

export function VersionsPage() {
  const { t, locale } = useT();
  const fmt = useFormat();
  const { version, doc } = useVersionView();
  usePageTitle(t('nav.versions'));
  const mayAmend = useCan('roadmap:amend');
  const q = useRoadMaps();
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const roadMap = q.data.find((rm) => rm.id === version.roadMapId);
  if (!roadMap) return <Empty>{t('versions.none')}</Empty>;
  const versions = [...roadMap.versions].sort((a, b) => b.versionNo - a.versionNo);
  const byId = new Map(roadMap.versions.map((v) => [v.id, v]));

  return (
    <article>
      <header className="page-head">
        <h1>{t('versions.title')}</h1>
        <p className="lead">
          {roadMap.title} · {fmt.period(roadMap.periodStart, roadMap.periodEnd)}
        </p>
      </header>
      <div className="table-wrap">
        <table className="data versions">
          <thead>
            <tr>
              <th scope="col">{t('versions.no')}</th>
              <th scope="col">{t('versions.label')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.regulasi')}</th>
              <th scope="col">{t('versions.basedOn')}</th>
              <th scope="col">{t('versions.created')}</th>
              <th scope="col">{t('form.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => {
              const basedOn = v.basedOnVersionId ? byId.get(v.basedOnVersionId) : undefined;
              return (
                <tr key={v.id} data-version={v.id} aria-current={v.id === version.id ? 'true' : undefined}>
                  <td className="num">v{v.versionNo}</td>
                  <th scope="row">
                    <Link to={versionHref(v.id)}>{v.versionLabel}</Link>
                    {v.id === version.id && <span className="muted small"> ({t('versions.viewing')})</span>}
                  </th>
                  <td>
                    <StatusBadge status={v.status} />
                  </td>
                  <td>
                    {v.regulasi ? regulasiCitation(v.regulasi, doc.instansi, locale) : <span className="muted">–</span>}
                  </td>
                  <td>{basedOn ? versionName(basedOn) : <span className="muted">–</span>}</td>
                  <td>{fmt.date(v.createdAt)}</td>
                  <td className="actions-cell">
                    {v.status === 'draft' && mayAmend && <ActivateButton version={v} />}
                    {basedOn && (
                      <Link
                        className="button"
                        to={versionHref(
                          version.id,
                          `versi/bandingkan?dari=${encodeURIComponent(basedOn.id)}&ke=${encodeURIComponent(v.id)}`,
                        )}
                      >
                        {t('versions.compareWithBase')}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {roadMap.versions.length > 1 && <CompareForm roadMap={roadMap} />}
      {mayAmend ? <AmendmentForm roadMap={roadMap} /> : <p className="muted">{t('auth.noAmend')}</p>}
    </article>
  );
}
