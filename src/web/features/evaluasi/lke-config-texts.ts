// The LKE configuration editor's form state, pure: each node's name, weight and range as the
// inputs hold them (Indonesian decimal comma), the definition with the edits applied (codes whose
// numbers do not read are listed), and the server's findings grouped by the code they concern.
import type { LkeComponent, LkeConfig, LkeNode } from '../../../domain/evaluasi/lke-types.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { numberToText, treeRows } from './lke-inputs.ts';

export interface NodeText {
  name: string;
  weight: string;
  min: string;
  max: string;
}

export function textsOf(config: LkeConfig): Record<string, NodeText> {
  const out: Record<string, NodeText> = {};
  for (const row of treeRows(config)) {
    if (row.kind === 'component')
      out[row.component.code] = {
        name: row.component.name,
        weight: numberToText(row.component.weight),
        min: '',
        max: '',
      };
    else
      out[row.line.code] = {
        name: row.line.name,
        weight: numberToText(row.line.weight),
        min: numberToText(row.line.min),
        max: numberToText(row.line.max),
      };
  }
  return out;
}

/** The definition with the edited texts applied; codes whose numbers do not read are listed. */
export function applyTexts(config: LkeConfig, label: string, texts: Record<string, NodeText>) {
  const bad = new Set<string>();
  const num = (code: string, text: string, fallback: number) => {
    const r = readNumberId(text);
    if (!r.ok) {
      bad.add(code);
      return fallback;
    }
    return r.value;
  };
  const mapNode = (n: LkeNode): LkeNode => {
    const x = texts[n.code];
    if (!x) return n;
    if (n.kind === 'component')
      return {
        ...n,
        name: x.name.trim() || n.name,
        weight: num(n.code, x.weight, n.weight),
        children: n.children.map(mapNode),
      };
    return {
      ...n,
      name: x.name.trim() || n.name,
      weight: num(n.code, x.weight, n.weight),
      min: num(n.code, x.min, n.min),
      max: num(n.code, x.max, n.max),
    };
  };
  const definition: LkeConfig = {
    ...config,
    label: label.trim() || config.label,
    general: mapNode(config.general) as LkeComponent,
    tematik: mapNode(config.tematik) as LkeComponent,
  };
  return { definition, bad };
}

/**
 * Findings by the code of the line, component or band: the server's refusal (fields
 * "definition.<code>") when there is one, else the stored configuration's own findings.
 */
export function findingsByCode(
  refused: readonly { field: string; message: string }[] | null,
  stored: readonly { where: string; message: string }[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (where: string, message: string) => out.set(where, [...(out.get(where) ?? []), message]);
  if (refused) for (const f of refused) add(f.field.replace(/^(body\.)?definition\./, ''), f.message);
  else for (const f of stored) add(f.where, f.message);
  return out;
}
