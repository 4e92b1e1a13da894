// The 409 view of the action-plan form: what another user changed since the form was opened, with
// "load the current plan" and "keep my changes".
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import type { RencanaAksi } from './rencana-aksi-api.ts';
import { FOKUS_LABEL } from './plan-labels.ts';

/** The fields that differ between two versions of a plan, as label and the new value shown. */
function usePlanChanges(doc: RoadMapDocument) {
  const { t } = useT();
  const fmt = useFormat();
  const pdName = (key: string | null) => (key ? (doc.perangkatDaerah.find((p) => p.key === key)?.name ?? key) : '—');
  return (before: RencanaAksi, now: RencanaAksi) => {
    const rows: [MessageKey, string][] = [];
    const cmp = (label: MessageKey, a: unknown, b: unknown, show: string) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) rows.push([label, show]);
    };
    cmp('ra.field.rincian', before.rincianKegiatan, now.rincianKegiatan, now.rincianKegiatan);
    cmp('ra.field.output', before.indikatorOutput, now.indikatorOutput, now.indikatorOutput);
    cmp('ra.field.satuan', before.satuan, now.satuan, now.satuan);
    cmp('ra.field.target', before.targetTotal, now.targetTotal, fmt.number(now.targetTotal));
    cmp(
      'ra.field.targets',
      before.targets,
      now.targets,
      now.targets.map((x) => `${x.periodCode} ${fmt.number(x.target)}`).join(', '),
    );
    cmp('ra.field.start', before.startDate, now.startDate, fmt.date(now.startDate));
    cmp('ra.field.end', before.endDate, now.endDate, fmt.date(now.endDate));
    cmp('ra.field.pagu', before.pagu, now.pagu, now.pagu === null ? '—' : fmt.rupiah(now.pagu));
    cmp('ra.field.pelaksana', before.pelaksanaPdKey, now.pelaksanaPdKey, pdName(now.pelaksanaPdKey));
    cmp('ra.field.koordinator', before.koordinatorPdKey, now.koordinatorPdKey, pdName(now.koordinatorPdKey));
    cmp('ra.field.pj', before.penanggungJawab, now.penanggungJawab, now.penanggungJawab);
    cmp('ra.field.permasalahan', before.permasalahan, now.permasalahan, now.permasalahan ?? '—');
    cmp(
      'ra.field.fokus',
      before.fokusIntervensi.join(','),
      now.fokusIntervensi.join(','),
      now.fokusIntervensi.map((f) => t(FOKUS_LABEL[f])).join(', ') || '—',
    );
    return rows;
  };
}

export function PlanConflictNotice({
  base,
  current,
  doc,
  onReload,
  onKeep,
}: {
  base: RencanaAksi;
  current: RencanaAksi;
  doc: RoadMapDocument;
  onReload(): void;
  onKeep(): void;
}) {
  const { t } = useT();
  const changes = usePlanChanges(doc);
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>{t('ra.conflict.title')}</strong> {t('ra.conflict.text')}
      </p>
      <dl className="facts conflict-changes">
        {changes(base, current).map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={onReload}>
          {t('ra.conflict.reload')}
        </button>
        <button type="button" onClick={onKeep}>
          {t('ra.conflict.keep')}
        </button>
      </div>
    </div>
  );
}
