// The meeting's decisions, each a follow-up item: what is to be done, who owns it (a PD, or a named
// person), by when, and optionally what it concerns (an indicator, a rencana aksi, a recommendation).
import { TAUTAN_JENIS, type TautanJenis } from '../../../domain/rapat/rapat.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../shared/field.tsx';
import { usePdOptions } from '../users/users-api.ts';
import { useRapatTautan } from './rapat-api.ts';
import { addKeputusan, type KeputusanDraft, type RapatDraft } from './rapat-form-state.ts';

export function RapatKeputusanEditor({
  draft,
  onChange,
  msg,
}: {
  draft: RapatDraft;
  onChange: (d: RapatDraft) => void;
  msg: (field: string) => string | null;
}) {
  const { t } = useT();
  const pds = usePdOptions();
  const tautan = useRapatTautan(Number(draft.tanggal.slice(0, 4)) || new Date().getFullYear());
  const set = (i: number, patch: Partial<KeputusanDraft>) =>
    onChange({ ...draft, keputusan: draft.keputusan.map((k, j) => (j === i ? { ...k, ...patch } : k)) });
  return (
    <section className="card" aria-labelledby="rp-keputusan-h">
      <h2 id="rp-keputusan-h">{t('rp.keputusan')}</h2>
      <p className="muted">{t('rp.keputusanHint')}</p>
      {draft.keputusan.map((k, i) => {
        const id = (f: string) => `rp-k-${i}-${f}`;
        const err = (f: string) => msg(`keputusan.${i}.${f}`);
        return (
          <fieldset key={k.key} className="rp-keputusan-edit">
            <legend>{t('rp.keputusanN', { n: i + 1 })}</legend>
            <Field id={id('uraian')} label={t('rp.uraian')} error={err('uraian')}>
              {(c) => (
                <textarea {...c} rows={2} value={k.uraian} onChange={(e) => set(i, { uraian: e.target.value })} />
              )}
            </Field>
            <div className="field-row">
              <Field id={id('pd')} label={t('rp.pemilikPd')} error={err('pemilikPdKey')}>
                {(c) => (
                  <select {...c} value={k.pemilikPdKey} onChange={(e) => set(i, { pemilikPdKey: e.target.value })}>
                    <option value="">{t('rp.noPd')}</option>
                    {(pds.data ?? []).map((p) => (
                      <option key={p.key} value={p.key}>
                        {p.shortName}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={id('nama')} label={t('rp.pemilikNama')} error={err('pemilikNama')}>
                {(c) => (
                  <input {...c} value={k.pemilikNama} onChange={(e) => set(i, { pemilikNama: e.target.value })} />
                )}
              </Field>
              <Field id={id('tenggat')} label={t('rp.tenggat')} error={err('tenggat')}>
                {(c) => (
                  <input {...c} type="date" value={k.tenggat} onChange={(e) => set(i, { tenggat: e.target.value })} />
                )}
              </Field>
            </div>
            <div className="field-row">
              <Field id={id('tj')} label={t('rp.tautanJenis')} error={err('tautanJenis')}>
                {(c) => (
                  <select
                    {...c}
                    value={k.tautanJenis}
                    onChange={(e) => set(i, { tautanJenis: e.target.value as TautanJenis | '', tautanId: '' })}
                  >
                    <option value="">{t('rp.noTautan')}</option>
                    {TAUTAN_JENIS.map((j) => (
                      <option key={j} value={j}>
                        {t(`rp.tj.${j}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {k.tautanJenis && (
                <Field id={id('ti')} label={t(`rp.tj.${k.tautanJenis}`)} error={err('tautanId')}>
                  {(c) => (
                    <select {...c} value={k.tautanId} onChange={(e) => set(i, { tautanId: e.target.value })}>
                      <option value="">{t('rp.choose')}</option>
                      {(tautan.data?.[k.tautanJenis as TautanJenis] ?? []).map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
            </div>
            <button
              type="button"
              className="link"
              onClick={() => onChange({ ...draft, keputusan: draft.keputusan.filter((_, j) => j !== i) })}
            >
              {t('rp.removeKeputusan', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange(addKeputusan(draft))}>
        {t('rp.addKeputusan')}
      </button>
    </section>
  );
}
