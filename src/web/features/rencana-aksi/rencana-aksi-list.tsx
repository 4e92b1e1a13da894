// The year's action plans grouped as the road map is: RB General by kegiatan utama, RB Tematik by
// sasaran tematik, each plan with its five minimum fields, budget, PDs, latest realisasi, and — for
// those who may — edit and delete (delete asks first; the server refuses plans with realisasi).
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResultNode, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty, ErrorBox } from '../../shared/states.tsx';
import { RealisasiBadge } from '../monitoring/entry-card.tsx';
import { planApi, planKeys, type PlanProgress, type RencanaAksi } from './rencana-aksi-api.ts';
import { FOKUS_LABEL } from './plan-labels.ts';
import type { PlanRights } from './rencana-aksi-rights.ts';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';

interface NodeGroup {
  node: ResultNode | null;
  nodeKey: string;
  plans: RencanaAksi[];
}

/** Plans per node in the road map's order; plans under a node this version lacks come last. */
export function groupByNode(
  doc: RoadMapDocument,
  plans: RencanaAksi[],
): { general: NodeGroup[]; tematik: NodeGroup[] } {
  const byNode = new Map<string, RencanaAksi[]>();
  for (const p of plans) byNode.set(p.nodeKey, [...(byNode.get(p.nodeKey) ?? []), p]);
  const general: NodeGroup[] = [];
  const tematik: NodeGroup[] = [];
  for (const n of doc.nodes) {
    const list = byNode.get(n.key);
    if (!list) continue;
    byNode.delete(n.key);
    (n.kind === 'sasaran_tematik' ? tematik : general).push({ node: n, nodeKey: n.key, plans: list });
  }
  for (const [nodeKey, list] of byNode) general.push({ node: null, nodeKey, plans: list });
  return { general, tematik };
}

function PlanRow({
  plan,
  doc,
  progress,
  tematik,
  canEdit,
  onEdit,
}: {
  plan: RencanaAksi;
  doc: RoadMapDocument;
  progress: PlanProgress | undefined;
  tematik: boolean;
  canEdit: boolean;
  onEdit(): void;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => planApi.remove(plan.id),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.all }),
  });
  const pdName = (key: string) => doc.perangkatDaerah.find((p) => p.key === key)?.name ?? key;
  return (
    <tr data-plan={plan.id}>
      <th scope="row">
        {plan.rincianKegiatan}
        {remove.isError && <ErrorBox error={remove.error} />}
      </th>
      <td>{plan.indikatorOutput}</td>
      <td className="num">
        {fmt.number(plan.targetTotal)} {plan.satuan}
        {plan.targets.length > 0 && (
          <span className="muted small block">
            {plan.targets.map((x) => `${x.periodCode}: ${fmt.number(x.target)}`).join(' · ')}
          </span>
        )}
      </td>
      <td>
        {fmt.date(plan.startDate)} – {fmt.date(plan.endDate)}
      </td>
      <td className="num">
        {plan.pagu === null ? '—' : fmt.rupiah(plan.pagu)}
        {progress?.anggaranRealisasi != null && (
          <span className="muted small block">
            {t('ra.list.realised', { amount: fmt.rupiah(progress.anggaranRealisasi) })}
          </span>
        )}
      </td>
      <td>
        {pdName(plan.pelaksanaPdKey)}
        {plan.koordinatorPdKey && (
          <span className="muted small block">{t('ra.list.coordinator', { pd: pdName(plan.koordinatorPdKey) })}</span>
        )}
      </td>
      <td>{plan.penanggungJawab}</td>
      {tematik && (
        <td>
          {plan.permasalahan && <span className="block">{plan.permasalahan}</span>}
          <span className="muted small">{plan.fokusIntervensi.map((f) => t(FOKUS_LABEL[f])).join(', ')}</span>
        </td>
      )}
      <td>
        <RealisasiBadge status={progress?.status ?? null} />
        {progress?.percent != null && (
          <span className="small block">
            {t('ra.list.progress', { period: progress.periodCode, percent: fmt.percent(progress.percent) })}
          </span>
        )}
      </td>
      {canEdit ? (
        <td className="actions-cell">
          {confirming ? (
            <ConfirmDialog
              question={t('ra.list.confirmDelete')}
              confirmLabel={t('ra.list.deleteYes')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate()}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <>
              <button type="button" onClick={onEdit} aria-label={t('ra.list.editOf', { name: plan.rincianKegiatan })}>
                {t('action.edit')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => setConfirming(true)}
                aria-label={t('ra.list.deleteOf', { name: plan.rincianKegiatan })}
              >
                {t('action.remove')}
              </button>
            </>
          )}
        </td>
      ) : (
        <td />
      )}
    </tr>
  );
}

function NodeSection({
  group,
  doc,
  progress,
  tematik,
  rights,
  onEdit,
}: {
  group: NodeGroup;
  doc: RoadMapDocument;
  progress: Map<string, PlanProgress>;
  tematik: boolean;
  rights: PlanRights;
  onEdit(p: RencanaAksi): void;
}) {
  const { t } = useT();
  const parent = group.node?.parentKey ? doc.nodes.find((n) => n.key === group.node!.parentKey) : undefined;
  const title = group.node?.name ?? t('ra.list.unknownNode', { key: group.nodeKey });
  return (
    <section className="plan-node" data-node={group.nodeKey} aria-label={title}>
      <h3>
        {title} <span className="muted small">{t('ra.list.count', { n: group.plans.length })}</span>
      </h3>
      {parent && <p className="muted small">{parent.name}</p>}
      <div className="table-wrap">
        <table className="data compact plans">
          <thead>
            <tr>
              <th scope="col">{t('ra.field.rincian')}</th>
              <th scope="col">{t('ra.field.output')}</th>
              <th scope="col">{t('ra.field.target')}</th>
              <th scope="col">{t('ra.list.when')}</th>
              <th scope="col">{t('ra.list.budget')}</th>
              <th scope="col">{t('ra.field.pelaksana')}</th>
              <th scope="col">{t('ra.field.pj')}</th>
              {tematik && <th scope="col">{t('ra.list.tematik')}</th>}
              <th scope="col">{t('ra.list.realisasi')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ra.list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {group.plans.map((p) => (
              <PlanRow
                key={p.id}
                plan={p}
                doc={doc}
                progress={progress.get(p.id)}
                tematik={tematik}
                canEdit={rights.mayEdit(p.pelaksanaPdKey)}
                onEdit={() => onEdit(p)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function PlanList({
  plans,
  doc,
  progress,
  rights,
  onEdit,
}: {
  plans: RencanaAksi[];
  doc: RoadMapDocument;
  progress: Map<string, PlanProgress>;
  rights: PlanRights;
  onEdit(p: RencanaAksi): void;
}) {
  const { t } = useT();
  if (!plans.length) return <Empty>{t('ra.list.empty')}</Empty>;
  const { general, tematik } = groupByNode(doc, plans);
  const part = (title: string, groups: NodeGroup[], isTematik: boolean) =>
    groups.length > 0 && (
      <section className="plan-part" aria-label={title}>
        <h2>{title}</h2>
        {groups.map((g) => (
          <NodeSection
            key={g.nodeKey}
            group={g}
            doc={doc}
            progress={progress}
            tematik={isTematik}
            rights={rights}
            onEdit={onEdit}
          />
        ))}
      </section>
    );
  return (
    <div className="plan-list">
      {part(t('ra.rbGeneral'), general, false)}
      {part(t('ra.rbTematik'), tematik, true)}
    </div>
  );
}
