// "Reviu rencana aksi": the Tim Evaluasi Internal's ex-ante review of the year's plans and on-going
// review of each closed period's plans and indicators — the stage and period, the % Sesuai per
// dimension per PD (a table, readable without colour), and the subjects with their status; a row
// opens its judgement, the PD's answer and the sanggah (reviu-detail.tsx).
import { useState } from 'react';
import { STATUS_REVIU_LABELS, TAHAP_LABELS, TAHAP_REVIU, type TahapReviu } from '../../../domain/evaluasi/reviu.ts';
import { INSTANSI_PD_KEY } from '../../../domain/monitoring/reporting.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { usePdOptions } from '../users/users-api.ts';
import { usePeriods } from '../monitoring/monitoring-api.ts';
import { useReviu, type ReviuList } from './reviu-api.ts';
import { ReviuDetail } from './reviu-detail.tsx';
import { persenText } from './reviu-form-state.ts';

export function ReviuPanel({ year }: { year: number }) {
  const { t, pick } = useT();
  const [tahap, setTahap] = useState<TahapReviu>('ex_ante');
  const [periodeId, setPeriodeId] = useState('');
  const [pdKey, setPdKey] = useState('');
  const periodes = usePeriods(year);
  const q = useReviu({ year, tahap, ...(tahap === 'on_going' && periodeId ? { periodeId } : {}) });
  const pds = usePdOptions();
  const pdName = (key: string) =>
    key === INSTANSI_PD_KEY ? t('rv.instansi') : (pds.data?.find((p) => p.key === key)?.shortName ?? key);
  return (
    <section className="card reviu" aria-labelledby="rv-h">
      <h2 id="rv-h">{t('rv.title', { year })}</h2>
      <p className="muted">{t('rv.lead')}</p>
      <div className="filters">
        <fieldset className="rv-tahap">
          <legend>{t('rv.tahap')}</legend>
          {TAHAP_REVIU.map((x) => (
            <label key={x} className="choice">
              <input type="radio" name="rv-tahap" checked={tahap === x} onChange={() => setTahap(x)} />
              {pick(TAHAP_LABELS[x])}
            </label>
          ))}
        </fieldset>
        {tahap === 'on_going' && (
          <div className="field inline">
            <label htmlFor="rv-periode">{t('rv.periode')}</label>
            <select
              id="rv-periode"
              value={periodeId || q.data?.periode?.id || ''}
              onChange={(e) => setPeriodeId(e.target.value)}
            >
              {(periodes.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} {year}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field inline">
          <label htmlFor="rv-pd">{t('rv.pd')}</label>
          <select id="rv-pd" value={pdKey} onChange={(e) => setPdKey(e.target.value)}>
            <option value="">{t('rv.allPd')}</option>
            {[...new Set(q.data?.rows.map((r) => r.pdKey) ?? [])].map((k) => (
              <option key={k} value={k}>
                {pdName(k)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ReviuBody list={q.data} pdKey={pdKey} pdName={pdName} />
      )}
    </section>
  );
}

function ReviuBody({ list, pdKey, pdName }: { list: ReviuList; pdKey: string; pdName: (k: string) => string }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const [openKey, setOpenKey] = useState<string | null>(null);
  const rows = list.rows.filter((r) => !pdKey || r.pdKey === pdKey);
  return (
    <>
      {!list.timAda && <p className="notice notice-warning">{t('rv.noTim', { year: list.year })}</p>}
      {list.tahap === 'ex_ante' && list.exAnteSampai && (
        <p className="hint">{t('rv.exAnteDue', { date: fmt.date(list.exAnteSampai) })}</p>
      )}
      {list.tahap === 'on_going' && !list.periode && <p className="notice notice-info">{t('rv.noPeriode')}</p>}
      {list.periode && !list.periode.closed && <p className="notice notice-info">{t('rv.periodeOpen')}</p>}
      <SummaryTable list={list} pdName={pdName} />
      <h3>{t('rv.subjects')}</h3>
      {rows.length === 0 ? (
        <Empty>{t('rv.none')}</Empty>
      ) : (
        <ul className="rv-subjects">
          {rows.map((r) => {
            const key = `${r.subjectType}:${r.subjectKey}`;
            const open = openKey === key;
            return (
              <li key={key} className="rv-subject">
                <div className="rv-subject-head">
                  <span>
                    <span className="muted small block">
                      {t(`rv.kind.${r.subjectType}`)} · {pdName(r.pdKey)}
                    </span>
                    <strong>{r.label}</strong>
                  </span>
                  <span className={`badge rv-status-${r.reviu?.status ?? 'none'}`}>
                    {r.reviu ? pick(STATUS_REVIU_LABELS[r.reviu.status]) : t('rv.notReviewed')}
                    {r.sanggah.some((s) => s.status === 'diajukan') && ` · ${t('sg.status.diajukan')}`}
                  </span>
                  <button
                    type="button"
                    aria-expanded={open}
                    aria-label={`${t(open ? 'rv.close' : 'rv.open')}: ${r.label}`}
                    onClick={() => setOpenKey(open ? null : key)}
                  >
                    {t(open ? 'rv.close' : 'rv.open')}
                  </button>
                </div>
                {open && <ReviuDetail list={list} row={r} />}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function SummaryTable({ list, pdName }: { list: ReviuList; pdName: (k: string) => string }) {
  const { t } = useT();
  const rows = [...list.ringkasan.perPd, { ...list.ringkasan.total, pdKey: '' }];
  return (
    <div className="table-wrap">
      <table className="data rv-summary">
        <caption>
          {t('rv.summary')} <span className="muted small">{t('rv.summaryHint')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rv.pd')}</th>
            {list.dimensi.map((d) => (
              <th key={d.code} scope="col" className="num">
                {d.label}
              </th>
            ))}
            <th scope="col" className="num">
              {t('rv.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.pdKey || 'total'} className={r.pdKey ? undefined : 'total'}>
              <th scope="row">{r.pdKey ? pdName(r.pdKey) : t('rv.instansi')}</th>
              {list.dimensi.map((d) => {
                const s = r.perDimensi[d.code];
                return (
                  <td key={d.code} className="num">
                    {persenText(s?.persen ?? null)}
                    {s && s.dinilai > 0 && (
                      <span className="muted small block">
                        {s.sesuai}/{s.dinilai}
                      </span>
                    )}
                  </td>
                );
              })}
              <td className="num">{persenText(r.total.persen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
