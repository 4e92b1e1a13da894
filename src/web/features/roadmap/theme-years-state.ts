// Pure state of the theme-years editor (RB Tematik themes change per year since 2025): the year
// choices of a period, the node sent back with its new years, and the problems the server would
// name (the domain's nodeYearProblems), so the form refuses the same thing in the same words.
import type { NodeBody } from '../../../domain/contracts/roadmap.ts';
import type { FieldError } from '../../../domain/contracts/http.ts';
import { nodeYearProblems } from '../../../domain/roadmap/year-scope.ts';
import type { ResultNode } from '../../../domain/roadmap/types.ts';

/** The years a theme may start or end in: those of the road map's period. */
export function periodYears(period: { periodStart: number; periodEnd: number }): number[] {
  const out: number[] = [];
  for (let y = period.periodStart; y <= period.periodEnd; y++) out.push(y);
  return out;
}

/** "" (the whole period) or a year, as the select gives it. */
const yearOf = (text: string): number | undefined => (text === '' ? undefined : Number(text));

/** The node as the update sends it, with the chosen years (blank: from the start / to the end). */
export function withYears(node: ResultNode, from: string, to: string): NodeBody {
  const { key: _key, order: _order, validFrom: _f, validTo: _t, ...rest } = node;
  const validFrom = yearOf(from);
  const validTo = yearOf(to);
  return {
    ...rest,
    number: rest.number ?? '',
    ...(validFrom !== undefined ? { validFrom } : {}),
    ...(validTo !== undefined ? { validTo } : {}),
  };
}

export function yearProblems(
  node: ResultNode,
  from: string,
  to: string,
  period: { periodStart: number; periodEnd: number },
): FieldError[] {
  const f = yearOf(from);
  const t = yearOf(to);
  return nodeYearProblems(
    { kind: node.kind, ...(f !== undefined ? { validFrom: f } : {}), ...(t !== undefined ? { validTo: t } : {}) },
    period,
  );
}
