// What each perangkat daerah answers for in a road map: its indicators (lead or supporting) with
// the table rows they appear in. Used by the PD list on the server and in the browser.
import type { PerangkatDaerah, ResponsibilityRole, RoadMapDocument, TableCode } from './types.ts';

export interface PdResponsibility {
  indicatorKey: string;
  indicatorName: string;
  role: ResponsibilityRole;
  tables: TableCode[];
  /** Names of the nodes the indicator is placed under (sasaran / kegiatan / tema). */
  nodes: string[];
}

export interface PdWithResponsibilities {
  pd: PerangkatDaerah;
  lead: number;
  supporting: number;
  items: PdResponsibility[];
}

export function responsibilitiesByPd(
  doc: RoadMapDocument,
  pds: PerangkatDaerah[] = doc.perangkatDaerah,
): PdWithResponsibilities[] {
  const nodeName = new Map(doc.nodes.map((n) => [n.key, n.name]));
  return pds.map((pd) => {
    const items: PdResponsibility[] = [];
    for (const ind of doc.indicators) {
      const r = ind.responsible.find((x) => x.pdKey === pd.key);
      if (!r) continue;
      const placements = doc.placements.filter((p) => p.indicatorKey === ind.key);
      items.push({
        indicatorKey: ind.key,
        indicatorName: ind.name,
        role: r.role,
        tables: [...new Set(placements.map((p) => p.tableCode))].sort(),
        nodes: placements.map((p) => nodeName.get(p.nodeKey) ?? p.nodeKey),
      });
    }
    return {
      pd,
      lead: items.filter((i) => i.role === 'lead').length,
      supporting: items.filter((i) => i.role === 'supporting').length,
      items,
    };
  });
}
