// SQL for editing the structure of a version: result nodes, indicators and their placements.
import { and, eq, max } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { indikator, placement, resultNode } from '../../../db/schema.ts';
import type { Placement, ResultNode } from '../../../domain/roadmap/types.ts';

function nodeColumns(n: ResultNode) {
  return {
    key: n.key,
    kind: n.kind,
    parentKey: n.parentKey,
    number: n.number,
    sortOrder: n.order,
    name: n.name,
    element: n.element ?? null,
    formerName: n.formerName ?? null,
    nationalKegiatanCode: n.nationalKegiatanCode ?? null,
    digitalPolicyCode: n.digitalPolicyCode ?? null,
    validFrom: n.validFrom ?? null,
    validTo: n.validTo ?? null,
  };
}

export async function nextNodeOrder(tx: Tx, versionId: string): Promise<number> {
  const rows = await tx
    .select({ m: max(resultNode.sortOrder) })
    .from(resultNode)
    .where(eq(resultNode.versionId, versionId));
  return (rows[0]?.m ?? -1) + 1;
}

export async function insertNode(tx: Tx, instansiId: string, versionId: string, n: ResultNode) {
  await tx.insert(resultNode).values({ instansiId, versionId, ...nodeColumns(n) });
}

/** Optimistic update of a node; false when the row version no longer matches. */
export async function updateNode(
  tx: Tx,
  versionId: string,
  n: ResultNode,
  expectedRowVersion: number,
): Promise<boolean> {
  const rows = await tx
    .update(resultNode)
    .set({ ...nodeColumns(n), rowVersion: expectedRowVersion + 1 })
    .where(
      and(
        eq(resultNode.versionId, versionId),
        eq(resultNode.key, n.key),
        eq(resultNode.rowVersion, expectedRowVersion),
      ),
    )
    .returning({ id: resultNode.id });
  return rows.length === 1;
}

export async function deleteNode(tx: Tx, versionId: string, key: string) {
  await tx.delete(resultNode).where(and(eq(resultNode.versionId, versionId), eq(resultNode.key, key)));
}

export async function nextIndicatorOrder(tx: Tx, versionId: string): Promise<number> {
  const rows = await tx
    .select({ m: max(indikator.sortOrder) })
    .from(indikator)
    .where(eq(indikator.versionId, versionId));
  return (rows[0]?.m ?? -1) + 1;
}

export async function deleteIndicator(tx: Tx, versionId: string, key: string) {
  await tx.delete(placement).where(and(eq(placement.versionId, versionId), eq(placement.indicatorKey, key)));
  await tx.delete(indikator).where(and(eq(indikator.versionId, versionId), eq(indikator.key, key)));
}

export async function nextPlacementOrder(tx: Tx, versionId: string): Promise<number> {
  const rows = await tx
    .select({ m: max(placement.sortOrder) })
    .from(placement)
    .where(eq(placement.versionId, versionId));
  return (rows[0]?.m ?? -1) + 1;
}

export async function insertPlacement(tx: Tx, instansiId: string, versionId: string, p: Placement) {
  await tx.insert(placement).values({
    instansiId,
    versionId,
    tableCode: p.tableCode,
    nodeKey: p.nodeKey,
    indicatorKey: p.indicatorKey,
    sortOrder: p.order,
    printedName: p.printedName ?? null,
    printedUnit: p.printedUnit ?? null,
    printedBaseline: p.printedBaseline ?? null,
    printedTargets: p.printedTargets ?? null,
  });
}

export async function deletePlacement(
  tx: Tx,
  versionId: string,
  p: Pick<Placement, 'tableCode' | 'nodeKey' | 'indicatorKey'>,
) {
  await tx
    .delete(placement)
    .where(
      and(
        eq(placement.versionId, versionId),
        eq(placement.tableCode, p.tableCode),
        eq(placement.nodeKey, p.nodeKey),
        eq(placement.indicatorKey, p.indicatorKey),
      ),
    );
}

export async function deletePlacementsOfNode(tx: Tx, versionId: string, nodeKey: string) {
  await tx.delete(placement).where(and(eq(placement.versionId, versionId), eq(placement.nodeKey, nodeKey)));
}
