// Realisasi of action-plan outputs in a period, per implementing PD: each plan shown as an entry card
// (output value in the plan's unit against the period's target, budget realised, evidence, workflow),
// beside the indicator cards. PD staff see their own PD's plans.
import { isPercentIndicator } from '../../../domain/monitoring/reporting.ts';
import type { Indikator, NumericScale, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../shared/states.tsx';
import { usePlans, type RencanaAksi } from '../rencana-aksi/rencana-aksi-api.ts';
import { EntryCard, type EntryPermissions } from './entry-card.tsx';
import type { Periode, RealisasiDetail } from './monitoring-api.ts';

/** The output's scale: a percentage is bounded by 100, any other unit only by 0. */
function outputScale(p: RencanaAksi): NumericScale {
  return isPercentIndicator(p.satuan)
    ? { code: 'persen', name: 'Persen', kind: 'numeric', min: 0, max: 100, decimals: 2, unitLabel: 'persen' }
    : { code: 'output', name: p.satuan, kind: 'numeric', min: 0, max: null, decimals: 2, unitLabel: p.satuan };
}

/** The plan as the entry card expects an indicator: its output, unit and the target of this period. */
function planAsIndicator(p: RencanaAksi, periode: Periode): Indikator {
  const target = p.targets.find((t) => t.periodCode === periode.code)?.target ?? p.targetTotal;
  return {
    key: p.id,
    name: `${p.rincianKegiatan} — ${p.indikatorOutput}`,
    scaleCode: outputScale(p).code,
    unit: p.satuan,
    polarity: 'higher_is_better',
    baseline: { year: p.year - 1, status: 'not_available', reason: 'Output rencana aksi' },
    targets: [{ year: p.year, type: 'point', value: { kind: 'number', value: target } }],
    responsible: [{ pdKey: p.pelaksanaPdKey, role: 'lead' }],
  };
}

export function PlanEntryGroups({
  periode,
  doc,
  rows,
  showPd,
  permsFor,
  isSelected,
  onSelect,
}: {
  periode: Periode;
  doc: RoadMapDocument;
  rows: RealisasiDetail[];
  showPd: (pdKey: string) => boolean;
  permsFor: (pdKey: string) => EntryPermissions;
  isSelected: (rowId: string) => boolean;
  onSelect: (rowId: string, on: boolean) => void;
}) {
  const { t } = useT();
  const q = usePlans(periode.year);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const byId = new Map(rows.filter((r) => r.subjectType === 'rencana_aksi').map((r) => [r.subjectKey, r]));
  const groups = new Map<string, RencanaAksi[]>();
  for (const p of q.data) {
    if (!showPd(p.pelaksanaPdKey)) continue;
    groups.set(p.pelaksanaPdKey, [...(groups.get(p.pelaksanaPdKey) ?? []), p]);
  }
  if (groups.size === 0) return null;
  const order = doc.perangkatDaerah.map((p) => p.key);
  return (
    <>
      {[...groups.entries()]
        .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
        .map(([pd, plans]) => {
          const name = doc.perangkatDaerah.find((x) => x.key === pd)?.name ?? pd;
          return (
            <section key={pd} className="entry-group plan-entries" aria-label={t('mon.planGroup', { pd: name })}>
              <h2>
                {t('mon.planGroup', { pd: name })}{' '}
                <span className="muted small">{t('mon.planCount', { n: plans.length })}</span>
              </h2>
              {plans.map((p) => {
                const row = byId.get(p.id);
                return (
                  <EntryCard
                    key={p.id}
                    subjectType="rencana_aksi"
                    indicator={planAsIndicator(p, periode)}
                    scale={outputScale(p)}
                    row={row}
                    periode={periode}
                    can={permsFor(pd)}
                    selected={!!row && isSelected(row.id)}
                    onSelect={(on) => row && onSelect(row.id, on)}
                  />
                );
              })}
            </section>
          );
        })}
    </>
  );
}
