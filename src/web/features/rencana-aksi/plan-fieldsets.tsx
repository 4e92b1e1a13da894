// The first fieldsets of the action-plan form: the kegiatan utama / sasaran tematik and the
// regulation's five minimum fields (with unit and targets). Budget, PDs and RB Tematik: plan-pd-fieldsets.tsx.
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { PlanFields } from './plan-fields.tsx';
import { PlanTargetsFieldset, targetsHintId } from './plan-targets-fieldset.tsx';

/** The kegiatan utama (RB General) or sasaran tematik (RB Tematik) the plan belongs to. */
export function KegiatanField({ f, doc }: { f: PlanFields; doc: RoadMapDocument }) {
  const { t } = useT();
  const general = doc.nodes.filter((n) => n.kind === 'sasaran_general');
  const temas = doc.nodes.filter((n) => n.kind === 'tema');
  const childrenOf = (key: string, kind: string) => doc.nodes.filter((n) => n.parentKey === key && n.kind === kind);
  return (
    <div className="field">
      <label htmlFor={f.fid('nodeKey')}>{t('ra.field.kegiatan')}</label>
      <select
        id={f.fid('nodeKey')}
        value={f.form.nodeKey}
        aria-invalid={f.invalid('nodeKey')}
        aria-describedby={f.describedBy('nodeKey')}
        onChange={(e) => f.set('nodeKey', { nodeKey: e.target.value })}
      >
        <option value="">{t('ra.form.chooseKegiatan')}</option>
        {general.map((s) => (
          <optgroup key={s.key} label={`${t('ra.rbGeneral')} · ${s.number ? `${s.number}. ` : ''}${s.name}`}>
            {childrenOf(s.key, 'kegiatan_utama').map((k) => (
              <option key={k.key} value={k.key}>
                {k.name}
              </option>
            ))}
          </optgroup>
        ))}
        {temas.map((s) => (
          <optgroup key={s.key} label={`${t('ra.rbTematik')} · ${s.name}`}>
            {childrenOf(s.key, 'sasaran_tematik').map((k) => (
              <option key={k.key} value={k.key}>
                {k.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {f.err('nodeKey')}
    </div>
  );
}

/** The regulation's five minimum fields, with the unit and the targets. */
export function MinimumFieldset({ f, year }: { f: PlanFields; year: number }) {
  const { t } = useT();
  const hintId = targetsHintId(f);
  return (
    <fieldset>
      <legend>{t('ra.form.minimum')}</legend>
      <div className="field">
        <label htmlFor={f.fid('rincianKegiatan')}>{t('ra.field.rincian')}</label>
        <textarea
          id={f.fid('rincianKegiatan')}
          rows={2}
          value={f.form.rincianKegiatan}
          aria-invalid={f.invalid('rincianKegiatan')}
          aria-describedby={f.describedBy('rincianKegiatan')}
          onChange={(e) => f.set('rincianKegiatan', { rincianKegiatan: e.target.value })}
        />
        {f.err('rincianKegiatan')}
      </div>
      <div className="field">
        <label htmlFor={f.fid('indikatorOutput')}>{t('ra.field.output')}</label>
        <textarea
          id={f.fid('indikatorOutput')}
          rows={2}
          value={f.form.indikatorOutput}
          aria-invalid={f.invalid('indikatorOutput')}
          aria-describedby={f.describedBy('indikatorOutput')}
          onChange={(e) => f.set('indikatorOutput', { indikatorOutput: e.target.value })}
        />
        {f.err('indikatorOutput')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={f.fid('satuan')}>{t('ra.field.satuan')}</label>
          <input
            id={f.fid('satuan')}
            list={`${f.uid}-units`}
            value={f.form.satuan}
            aria-invalid={f.invalid('satuan')}
            aria-describedby={f.describedBy('satuan')}
            onChange={(e) => f.set('satuan', { satuan: e.target.value })}
          />
          <datalist id={`${f.uid}-units`}>
            {['Dokumen', 'Laporan', 'Kegiatan', 'Orang', 'Persen', 'Unit Kerja', 'Aplikasi', 'Inovasi'].map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
          {f.err('satuan')}
        </div>
        <div className="field">
          <label htmlFor={f.fid('targetTotal')}>{t('ra.field.target')}</label>
          <input
            id={f.fid('targetTotal')}
            inputMode="decimal"
            autoComplete="off"
            value={f.form.targetTotal}
            aria-invalid={f.invalid('targetTotal')}
            aria-describedby={f.describedBy('targetTotal', hintId)}
            onChange={(e) => f.set('targetTotal', { targetTotal: e.target.value })}
          />
          {f.err('targetTotal')}
        </div>
      </div>
      <PlanTargetsFieldset f={f} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={f.fid('startDate')}>{t('ra.field.start')}</label>
          <input
            id={f.fid('startDate')}
            type="date"
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={f.form.startDate}
            aria-invalid={f.invalid('startDate')}
            aria-describedby={f.describedBy('startDate')}
            onChange={(e) => f.set('startDate', { startDate: e.target.value })}
          />
          {f.err('startDate')}
        </div>
        <div className="field">
          <label htmlFor={f.fid('endDate')}>{t('ra.field.end')}</label>
          <input
            id={f.fid('endDate')}
            type="date"
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={f.form.endDate}
            aria-invalid={f.invalid('endDate')}
            aria-describedby={f.describedBy('endDate')}
            onChange={(e) => f.set('endDate', { endDate: e.target.value })}
          />
          {f.err('endDate')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={f.fid('penanggungJawab')}>{t('ra.field.pj')}</label>
        <input
          id={f.fid('penanggungJawab')}
          value={f.form.penanggungJawab}
          aria-invalid={f.invalid('penanggungJawab')}
          aria-describedby={f.describedBy('penanggungJawab')}
          onChange={(e) => f.set('penanggungJawab', { penanggungJawab: e.target.value })}
        />
        {f.err('penanggungJawab')}
      </div>
    </fieldset>
  );
}
