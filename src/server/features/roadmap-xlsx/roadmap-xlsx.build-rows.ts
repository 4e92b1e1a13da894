// First import pass: walks a table's rows, works out which root and child node each row hangs on
// (by the hidden keys when present, else by the No/name cells, continuing merged or blank cells),
// and which indicator and placement it shows. Values are read in the second pass.
import type { ResultNode } from '../../../domain/roadmap/types.ts';
import { sameText } from './roadmap-xlsx.cells.ts';
import type { TableRow, TableSheet } from './roadmap-xlsx.read-table.ts';
import type { Workspace } from './roadmap-xlsx.workspace.ts';

interface Cursor {
  no: string;
  rootName: string;
  root: ResultNode | null;
  childName: string;
  child: ResultNode | null;
}

function sight(
  ws: Workspace,
  node: ResultNode,
  name: string,
  number: string | null,
  sheet: string,
  row: number,
  column: string,
): void {
  const seen = ws.nodeSightings.get(node.key);
  if (!seen) {
    ws.nodeSightings.set(node.key, { name, number, sheet, row });
    return;
  }
  if (name !== '' && !sameText(name, seen.name)) {
    ws.warn(
      sheet,
      row,
      column,
      'VALUE_CONFLICT',
      `Nama "${name}" berbeda dengan baris ${seen.row} ("${seen.name}") untuk simpul yang sama; dipakai yang pertama.`,
      `Name "${name}" differs from row ${seen.row} ("${seen.name}") for the same node; the first is used.`,
    );
  }
  if (seen.number === null && number !== null) seen.number = number;
}

/** Nodes named by the hidden key column, when the key still points at a node of this table. */
function nodesFromKey(
  ws: Workspace,
  table: TableSheet,
  row: TableRow,
): { root: ResultNode; child: ResultNode | null } | null {
  const leafKey = row.key?.[0];
  if (leafKey === undefined) return null;
  const { rootKind, childKind, sheet } = table.layout;
  const leaf = ws.nodeByKey.get(leafKey);
  if (leaf?.kind === rootKind) return { root: leaf, child: null };
  if (leaf?.kind === childKind && leaf.parentKey !== null) {
    const parent = ws.nodeByKey.get(leaf.parentKey);
    if (parent?.kind === rootKind) return { root: parent, child: leaf };
  }
  ws.warn(
    sheet,
    row.row,
    null,
    'KEY_UNKNOWN',
    `Kunci tersembunyi "${leafKey}" tidak cocok dengan Metadata; baris dicocokkan menurut nama.`,
    `Hidden key "${leafKey}" does not match the Metadata; the row is matched by name.`,
  );
  return null;
}

export function readRows(ws: Workspace, table: TableSheet): void {
  const { layout } = table;
  const sheet = layout.sheet;
  const cur: Cursor = { no: '', rootName: '', root: null, childName: '', child: null };

  for (const row of table.rows) {
    let root: ResultNode;
    let child: ResultNode | null;
    const keyed = nodesFromKey(ws, table, row);
    const rootStarts =
      cur.root === null ||
      (row.no !== '' && row.no !== cur.no) ||
      (row.rootName !== '' && !sameText(row.rootName, cur.rootName));
    if (keyed) {
      ({ root, child } = keyed);
    } else {
      if (rootStarts) {
        if (row.rootName === '') {
          ws.error(
            sheet,
            row.row,
            'B',
            'CELL_REQUIRED',
            `Kolom ${layout.rootLabel.id} kosong pada baris pertama kelompok ini.`,
            `Column ${layout.rootLabel.en} is empty on the first row of this group.`,
          );
          continue;
        }
        root =
          ws.nodes.find((n) => n.kind === layout.rootKind && sameText(n.name, row.rootName)) ??
          ws.createNode({ kind: layout.rootKind, parentKey: null, number: row.no, name: row.rootName });
      } else root = cur.root!;
      const childStarts = rootStarts || (row.childName !== '' && !sameText(row.childName, cur.childName));
      if (!childStarts) child = cur.child;
      else if (row.childName === '') child = null;
      else {
        child =
          ws.nodes.find(
            (n) => n.kind === layout.childKind && n.parentKey === root.key && sameText(n.name, row.childName),
          ) ?? ws.createNode({ kind: layout.childKind, parentKey: root.key, number: '', name: row.childName });
      }
    }
    const newRoot = root !== cur.root;
    sight(ws, root, row.rootName, newRoot || row.no !== '' ? row.no : null, sheet, row.row, 'B');
    if (child) sight(ws, child, row.childName, null, sheet, row.row, 'C');
    cur.no = newRoot ? row.no : row.no || cur.no;
    cur.rootName = row.rootName || (newRoot ? root.name : cur.rootName);
    cur.childName = child !== cur.child ? row.childName || (child?.name ?? '') : row.childName || cur.childName;
    cur.root = root;
    cur.child = child;

    const hasValues =
      row.indicatorName !== '' ||
      row.unit !== '' ||
      row.baseline.raw !== null ||
      row.targets.some((t) => t.cell.raw !== null) ||
      (row.pd !== null && row.pd.raw !== null);
    if (!hasValues) continue; // a node printed without indicators
    if (row.indicatorName === '') {
      ws.error(sheet, row.row, 'D', 'CELL_REQUIRED', 'Nama indikator kosong.', 'The indicator name is empty.');
      continue;
    }
    const leaf = child ?? root;
    const keyedIndicator =
      keyed && row.key?.[1] !== undefined && ws.indicatorKeys.has(row.key[1]) && !ws.newIndicators.includes(row.key[1]);
    const indicatorKey = keyedIndicator ? row.key![1]! : ws.indicatorKeyFor(row.indicatorName);
    const fromMeta =
      ws.base.doc.placements.find(
        (p) =>
          p.tableCode === layout.code &&
          p.nodeKey === leaf.key &&
          p.indicatorKey === indicatorKey &&
          !ws.claimed.has(p),
      ) ?? null;
    let placement;
    if (fromMeta) {
      ws.claimed.add(fromMeta);
      placement = fromMeta;
    } else {
      placement = {
        tableCode: layout.code,
        nodeKey: leaf.key,
        indicatorKey,
        order: ws.nextPlacementOrder(layout.code, leaf.key),
      };
      ws.newPlacements.push(placement);
    }
    ws.observations.push({ table, row, placement, fromMeta, indicatorKey });
  }
}
