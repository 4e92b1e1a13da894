// Generates a road map larger than Kupang's (many sasaran, kegiatan and indicators) from the Kupang
// document, for benchmarks at provincial/national size.
import type { Indikator, Placement, ResultNode, RoadMapDocument } from '../src/domain/roadmap/types.ts';

export function syntheticRoadMap(
  base: RoadMapDocument,
  sasaranCount: number,
  kegiatanPerSasaran: number,
  indicatorsPerKegiatan: number,
): RoadMapDocument {
  const nodes: ResultNode[] = base.nodes.filter((n) => n.kind !== 'sasaran_general' && n.kind !== 'kegiatan_utama');
  const indicators: Indikator[] = [];
  const placements: Placement[] = base.placements.filter((p) => p.tableCode !== 'tabel2');
  const template = base.indicators.find((i) => i.scaleCode === 'persen') ?? base.indicators[0]!;
  const pds = base.perangkatDaerah;
  let order = nodes.length;
  for (let s = 1; s <= sasaranCount; s++) {
    const sKey = `syn-s${s}`;
    nodes.push({
      key: sKey,
      kind: 'sasaran_general',
      parentKey: null,
      number: String(s),
      order: order++,
      name: `Sasaran sintetis ${s}`,
    });
    for (let k = 1; k <= kegiatanPerSasaran; k++) {
      const kKey = `${sKey}-k${k}`;
      nodes.push({
        key: kKey,
        kind: 'kegiatan_utama',
        parentKey: sKey,
        number: '',
        order: order++,
        name: `Kegiatan utama ${s}.${k}`,
      });
      for (let i = 1; i <= indicatorsPerKegiatan; i++) {
        const key = `${kKey}-i${i}`;
        indicators.push({
          ...template,
          key,
          name: `Indikator ${s}.${k}.${i}`,
          baseline: { year: 2023, status: 'value', value: { kind: 'number', value: (s * 7 + k * 3 + i) % 90 } },
          targets: [{ year: 2024, type: 'point', value: { kind: 'number', value: ((s * 7 + k * 3 + i) % 90) + 5 } }],
          responsible: [{ pdKey: pds[(s + k + i) % pds.length]!.key, role: 'lead' }],
        });
        placements.push({ tableCode: 'tabel2', nodeKey: kKey, indicatorKey: key, order: placements.length });
      }
    }
  }
  const kept = new Set(placements.map((p) => p.indicatorKey));
  return {
    ...base,
    roadMap: { ...base.roadMap, versionLabel: `Sintetis ${indicators.length}` },
    nodes,
    indicators: [...base.indicators.filter((i) => kept.has(i.key)), ...indicators],
    placements,
  };
}

/** A road map of exactly `indicators` indicators: Kupang's Tabel 1 and 3 ones plus generated ones in Tabel 2. */
export function roadMapOfSize(base: RoadMapDocument, indicators: number): RoadMapDocument {
  const perKegiatan = 3;
  const perSasaran = 10;
  const sasaran = Math.ceil(indicators / (perKegiatan * perSasaran));
  const doc = syntheticRoadMap(base, sasaran, perSasaran, perKegiatan);
  const isGenerated = (key: string) => key.startsWith('syn-');
  const baseCount = doc.indicators.filter((i) => !isGenerated(i.key)).length;
  const kept = new Set(
    doc.indicators
      .filter((i) => isGenerated(i.key))
      .map((i) => i.key)
      .slice(0, Math.max(0, indicators - baseCount)),
  );
  const keep = (key: string) => !isGenerated(key) || kept.has(key);
  return {
    ...doc,
    indicators: doc.indicators.filter((i) => keep(i.key)),
    placements: doc.placements.filter((p) => keep(p.indicatorKey)),
  };
}
