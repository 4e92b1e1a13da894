// Checks that the document holds together: the header's period and regulation, unique keys, sound
// scale definitions, a results tree whose nodes hang under the right kind of parent, placements that
// point at existing nodes and indicators in the right table, and no empty or duplicated nodes.

import { kindLabel, nodeLabel, PARENT_KIND, placementKey, TABLE_OF_KIND, tableLabel } from '../locate.ts';
import type { LocalizedText, ResultNode, Scale } from '../types.ts';
import type { CheckContext } from './context.ts';
import { normaliseName, pdPosition, ROAD_MAP_POSITION, ROAD_MAP_WHERE } from './context.ts';

const ROAD_MAP_KEY = 'roadMap';

function registryWhere(registry: LocalizedText, item: string): LocalizedText {
  return { id: `Road map › ${registry.id} › ${item}`, en: `Road map › ${registry.en} › ${item}` };
}

const REGULASI: LocalizedText = { id: 'Regulasi', en: 'Regulations' };
const SKALA: LocalizedText = { id: 'Skala', en: 'Scales' };
const NARASI: LocalizedText = { id: 'Narasi', en: 'Narrative' };

export function checkHeader(ctx: CheckContext): void {
  const { roadMap, regulasi, legalBasis } = ctx.doc;
  if (roadMap.periodStart > roadMap.periodEnd) {
    ctx.add('PERIOD_INVALID', ROAD_MAP_POSITION, {
      entityType: 'road_map',
      entityKey: ROAD_MAP_KEY,
      field: 'periodStart',
      where: ROAD_MAP_WHERE,
      why: {
        id: `Periode road map dimulai ${roadMap.periodStart} tetapi berakhir ${roadMap.periodEnd}.`,
        en: `The road-map period starts in ${roadMap.periodStart} but ends in ${roadMap.periodEnd}.`,
      },
      fix: { id: 'Tukar atau perbaiki tahun awal dan akhir periode.', en: 'Swap or correct the start and end years.' },
    });
  }
  const known = new Set(regulasi.map((r) => r.key));
  const unknown = (key: string, field: string, what: LocalizedText) => {
    if (known.has(key)) return;
    ctx.add('UNKNOWN_REGULASI', ROAD_MAP_POSITION, {
      entityType: 'road_map',
      entityKey: ROAD_MAP_KEY,
      field,
      where: field.startsWith('regulasi') ? registryWhere(REGULASI, field) : ROAD_MAP_WHERE,
      why: {
        id: `${what.id} merujuk regulasi "${key}" yang tidak ada di daftar regulasi dokumen.`,
        en: `${what.en} refers to regulation "${key}", which is not in the document's regulations.`,
      },
      fix: {
        id: 'Tambahkan regulasi tersebut ke daftar regulasi atau perbaiki kuncinya.',
        en: 'Add the regulation to the list of regulations or correct the key.',
      },
    });
  };
  unknown(roadMap.regulasiKey, 'regulasiKey', {
    id: 'Regulasi penetap road map',
    en: 'The regulation setting the road map',
  });
  legalBasis.forEach((key, i) =>
    unknown(key, `legalBasis[${i}]`, { id: `Dasar hukum ke-${i + 1}`, en: `Legal basis #${i + 1}` }),
  );
  for (const r of regulasi) {
    const label = `${r.type} ${r.number}/${r.year}`;
    if (r.amendsKey !== undefined) {
      unknown(r.amendsKey, `regulasi[${r.key}].amendsKey`, { id: `${label} (yang diubah)`, en: `${label} (amended)` });
    }
    if (r.replacesKey !== undefined) {
      unknown(r.replacesKey, `regulasi[${r.key}].replacesKey`, {
        id: `${label} (yang diganti)`,
        en: `${label} (replaced)`,
      });
    }
  }
}

export function checkDuplicateKeys(ctx: CheckContext): void {
  const doc = ctx.doc;
  const fix: LocalizedText = {
    id: 'Beri setiap entri kunci yang unik; perbandingan antarversi mencocokkan entri berdasarkan kunci.',
    en: 'Give every entry a unique key; comparing versions matches entries by key.',
  };
  const why = (what: LocalizedText, key: string): LocalizedText => ({
    id: `Kunci "${key}" dipakai lebih dari satu ${what.id}; hanya yang pertama dipakai.`,
    en: `Key "${key}" is used by more than one ${what.en}; only the first is used.`,
  });
  const scan = <T>(items: readonly T[], key: (t: T) => string, report: (item: T, i: number, k: string) => void) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) report(item, i, k);
      seen.add(k);
    });
  };
  scan(
    doc.nodes,
    (n) => n.key,
    (n, _i, k) => {
      const first = ctx.nodes.get(k);
      ctx.add('DUPLICATE_KEY', first ? ctx.nodePosition(first) : ROAD_MAP_POSITION, {
        entityType: 'node',
        entityKey: k,
        where: ctx.whereNode(n),
        why: why({ id: 'simpul', en: 'node' }, k),
        fix,
      });
    },
  );
  scan(
    doc.indicators,
    (ind) => ind.key,
    (ind, _i, k) => {
      const first = ctx.indicators.get(k) ?? ind;
      ctx.add('DUPLICATE_KEY', ctx.indicatorPosition(first), {
        entityType: 'indicator',
        entityKey: k,
        where: ctx.whereIndicator(first),
        why: why({ id: 'indikator', en: 'indicator' }, k),
        fix,
      });
    },
  );
  scan(
    doc.perangkatDaerah,
    (p) => p.key,
    (p, i, k) => {
      ctx.add('DUPLICATE_KEY', pdPosition(i), {
        entityType: 'perangkat_daerah',
        entityKey: k,
        where: { id: `Perangkat daerah › ${p.name}`, en: `Government units › ${p.name}` },
        why: why({ id: 'perangkat daerah', en: 'government unit' }, k),
        fix,
      });
    },
  );
  scan(doc.placements, placementKey, (p, _i, k) => {
    ctx.add('DUPLICATE_KEY', ctx.placementPosition(p), {
      entityType: 'placement',
      entityKey: k,
      where: ctx.wherePlacement(p),
      why: {
        id: `Indikator yang sama ditempatkan dua kali di bawah simpul yang sama pada ${tableLabel(p.tableCode).id}.`,
        en: `The same indicator is placed twice under the same node in ${tableLabel(p.tableCode).en}.`,
      },
      fix: { id: 'Hapus salah satu penempatan.', en: 'Remove one of the placements.' },
    });
  });
  const registry = <T>(items: readonly T[], key: (t: T) => string, label: LocalizedText, what: LocalizedText) =>
    scan(items, key, (_item, _i, k) =>
      ctx.add('DUPLICATE_KEY', ROAD_MAP_POSITION, {
        entityType: 'road_map',
        entityKey: k,
        field: `${label.en.toLowerCase()}[${k}]`,
        where: registryWhere(label, k),
        why: why(what, k),
        fix,
      }),
    );
  registry(doc.regulasi, (r) => r.key, REGULASI, { id: 'regulasi', en: 'regulation' });
  registry(doc.scales, (s) => s.code, SKALA, { id: 'skala', en: 'scale' });
  registry(doc.narrative, (n) => n.key, NARASI, { id: 'bagian narasi', en: 'narrative section' });
}

function scaleProblems(scale: Scale): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (scale.kind === 'ordinal') {
    const codes = new Set<string>();
    const ranks = new Set<number>();
    for (const l of scale.levels) {
      const c = l.code.trim().toLowerCase();
      if (codes.has(c))
        problems.push({ id: `kode tingkat "${l.code}" ganda`, en: `level code "${l.code}" is repeated` });
      if (ranks.has(l.rank))
        problems.push({ id: `urutan ${l.rank} dipakai dua tingkat`, en: `rank ${l.rank} is used by two levels` });
      codes.add(c);
      ranks.add(l.rank);
    }
    return problems;
  }
  if (scale.min !== null && scale.max !== null && scale.min > scale.max) {
    problems.push({
      id: `batas bawah ${scale.min} melebihi batas atas ${scale.max}`,
      en: `minimum ${scale.min} exceeds maximum ${scale.max}`,
    });
  }
  if (scale.kind === 'numeric') {
    for (const b of scale.bands ?? []) {
      if (b.min > b.max) {
        problems.push({
          id: `rentang predikat ${b.code} terbalik (${b.min} > ${b.max})`,
          en: `band ${b.code} is reversed (${b.min} > ${b.max})`,
        });
      }
    }
  }
  return problems;
}

export function checkScales(ctx: CheckContext): void {
  for (const scale of ctx.scales.values()) {
    for (const problem of scaleProblems(scale)) {
      ctx.add('SCALE_INVALID', ROAD_MAP_POSITION, {
        entityType: 'road_map',
        entityKey: scale.code,
        field: `scales[${scale.code}]`,
        where: registryWhere(SKALA, scale.name),
        why: { id: `Skala ${scale.name}: ${problem.id}.`, en: `Scale ${scale.name}: ${problem.en}.` },
        fix: {
          id: 'Perbaiki definisi skala sesuai regulasi sumbernya.',
          en: 'Correct the scale definition according to its source regulation.',
        },
      });
    }
  }
}

export function checkPerangkatDaerah(ctx: CheckContext): void {
  ctx.doc.perangkatDaerah.forEach((pd, i) => {
    if (pd.predecessorKey === undefined || ctx.pds.has(pd.predecessorKey)) return;
    ctx.add('UNKNOWN_PD', pdPosition(i), {
      entityType: 'perangkat_daerah',
      entityKey: pd.key,
      field: 'predecessorKey',
      where: { id: `Perangkat daerah › ${pd.name}`, en: `Government units › ${pd.name}` },
      why: {
        id: `Pendahulu "${pd.predecessorKey}" tidak ada di daftar perangkat daerah.`,
        en: `Predecessor "${pd.predecessorKey}" is not in the list of government units.`,
      },
      fix: {
        id: 'Tambahkan perangkat daerah pendahulu (dengan masa berlakunya) atau kosongkan rujukannya.',
        en: 'Add the predecessor unit (with its validity dates) or clear the reference.',
      },
    });
  });
}

function expectedParentText(node: ResultNode): LocalizedText {
  const parent = PARENT_KIND[node.kind];
  if (parent === null) {
    return {
      id: `${kindLabel(node.kind).id} adalah simpul teratas dan tidak boleh punya induk`,
      en: `a ${kindLabel(node.kind).en.toLowerCase()} is a top-level node and cannot have a parent`,
    };
  }
  return {
    id: `${kindLabel(node.kind).id} harus berada di bawah ${kindLabel(parent).id.toLowerCase()}`,
    en: `a ${kindLabel(node.kind).en.toLowerCase()} must hang under a ${kindLabel(parent).en.toLowerCase()}`,
  };
}

export function checkNodes(ctx: CheckContext): void {
  const children = ctx.ix.children;
  const placed = new Set(ctx.doc.placements.map((p) => p.nodeKey));
  const namesSeen = new Map<string, ResultNode>();

  for (const node of ctx.nodes.values()) {
    const pos = ctx.nodePosition(node);
    const where = () => ctx.whereNode(node);
    const expected = PARENT_KIND[node.kind];
    const parent = node.parentKey === null ? undefined : ctx.nodes.get(node.parentKey);
    if (node.parentKey !== null && !parent && expected !== null) {
      ctx.add('UNKNOWN_PARENT', pos, {
        entityType: 'node',
        entityKey: node.key,
        field: 'parentKey',
        where: where(),
        why: {
          id: `Induk "${node.parentKey}" tidak ada di dokumen; ${nodeLabel(node).id} tidak tercetak di tabel mana pun.`,
          en: `Parent "${node.parentKey}" does not exist; ${nodeLabel(node).en} is printed in no table.`,
        },
        fix: {
          id: `Pilih ${kindLabel(expected).id.toLowerCase()} yang ada sebagai induk.`,
          en: `Choose an existing ${kindLabel(expected).en.toLowerCase()} as parent.`,
        },
      });
    } else if ((expected === null) !== (node.parentKey === null) || (parent && parent.kind !== expected)) {
      const rule = expectedParentText(node);
      ctx.add('WRONG_PARENT_KIND', pos, {
        entityType: 'node',
        entityKey: node.key,
        field: 'parentKey',
        where: where(),
        why: {
          id: `Susunan salah: ${rule.id}${parent ? `, tetapi induknya ${kindLabel(parent.kind).id.toLowerCase()}` : ''}.`,
          en: `Wrong structure: ${rule.en}${parent ? `, but its parent is a ${kindLabel(parent.kind).en.toLowerCase()}` : ''}.`,
        },
        fix: {
          id:
            expected === null
              ? 'Kosongkan induk simpul ini.'
              : `Pindahkan simpul ke bawah ${kindLabel(expected).id.toLowerCase()} yang tepat.`,
          en:
            expected === null
              ? 'Clear the parent of this node.'
              : `Move the node under the right ${kindLabel(expected).en.toLowerCase()}.`,
        },
      });
    }

    const kids = children.get(node.key) ?? [];
    const empty =
      (node.kind === 'sasaran_general' && !kids.some((k) => k.kind === 'kegiatan_utama')) ||
      (node.kind === 'tema' && !kids.some((k) => k.kind === 'sasaran_tematik')) ||
      ((node.kind === 'kegiatan_utama' || node.kind === 'sasaran_tematik') && !placed.has(node.key)) ||
      (node.kind === 'tujuan' && kids.length === 0 && !placed.has(node.key));
    if (empty) {
      const missing: LocalizedText =
        node.kind === 'sasaran_general'
          ? { id: 'kegiatan utama', en: 'main activity' }
          : node.kind === 'tema'
            ? { id: 'sasaran tematik', en: 'thematic objective' }
            : node.kind === 'tujuan'
              ? { id: 'sasaran strategis maupun indikator', en: 'strategic objective or indicator' }
              : { id: 'indikator', en: 'indicator' };
      ctx.add('EMPTY_NODE', pos, {
        entityType: 'node',
        entityKey: node.key,
        where: where(),
        why: {
          id: `${nodeLabel(node).id} belum memiliki ${missing.id}; capaiannya tidak dapat diukur.`,
          en: `${nodeLabel(node).en} has no ${missing.en} yet; its achievement cannot be measured.`,
        },
        fix: {
          id: `Tambahkan ${missing.id} atau hapus simpul ini.`,
          en: `Add a ${missing.en} or remove this node.`,
        },
      });
    }

    const nameKey = `${node.kind}|${normaliseName(node.name)}`;
    const twin = namesSeen.get(nameKey);
    if (twin) {
      ctx.add('DUPLICATE_NODE_NAME', pos, {
        entityType: 'node',
        entityKey: node.key,
        field: 'name',
        where: where(),
        why: {
          id: `${kindLabel(node.kind).id} "${node.name}" juga tercantum di ${ctx.whereNode(twin).id}; baris tabel mungkin bergeser saat penyusunan.`,
          en: `${kindLabel(node.kind).en} "${node.name}" also appears at ${ctx.whereNode(twin).en}; table rows may have shifted when the table was drafted.`,
        },
        fix: {
          id: 'Periksa apakah simpul ini berada di bawah induk yang benar; gabungkan bila memang sama.',
          en: 'Check that this node sits under the right parent; merge the two if they are the same.',
        },
      });
    } else {
      namesSeen.set(nameKey, node);
    }
  }
}

export function checkPlacements(ctx: CheckContext, only?: (indicatorKey: string) => boolean): void {
  for (const p of ctx.doc.placements) {
    if (only && !only(p.indicatorKey)) continue;
    const pos = ctx.placementPosition(p);
    const base = () => ({ entityType: 'placement' as const, entityKey: placementKey(p), where: ctx.wherePlacement(p) });
    const node = ctx.nodes.get(p.nodeKey);
    if (!node) {
      ctx.add('UNKNOWN_NODE', pos, {
        ...base(),
        field: 'nodeKey',
        why: {
          id: `Baris ${tableLabel(p.tableCode).id} merujuk simpul "${p.nodeKey}" yang tidak ada.`,
          en: `A ${tableLabel(p.tableCode).en} row refers to node "${p.nodeKey}", which does not exist.`,
        },
        fix: { id: 'Tempatkan indikator di bawah simpul yang ada.', en: 'Place the indicator under an existing node.' },
      });
    } else if (TABLE_OF_KIND[node.kind] !== p.tableCode) {
      ctx.add('PLACEMENT_WRONG_TABLE', pos, {
        ...base(),
        field: 'tableCode',
        why: {
          id: `${kindLabel(node.kind).id} dicetak di ${tableLabel(TABLE_OF_KIND[node.kind]).id}, tetapi penempatan ini menyebut ${tableLabel(p.tableCode).id}.`,
          en: `A ${kindLabel(node.kind).en.toLowerCase()} is printed in ${tableLabel(TABLE_OF_KIND[node.kind]).en}, but this placement says ${tableLabel(p.tableCode).en}.`,
        },
        fix: {
          id: `Ubah tabel penempatan menjadi ${tableLabel(TABLE_OF_KIND[node.kind]).id} atau pindahkan ke simpul yang sesuai.`,
          en: `Change the placement's table to ${tableLabel(TABLE_OF_KIND[node.kind]).en} or move it to a matching node.`,
        },
      });
    }
    if (!ctx.indicators.has(p.indicatorKey)) {
      ctx.add('UNKNOWN_INDICATOR', pos, {
        ...base(),
        field: 'indicatorKey',
        why: {
          id: `Baris ${tableLabel(p.tableCode).id} merujuk indikator "${p.indicatorKey}" yang tidak ada; baris ini tidak tercetak.`,
          en: `A ${tableLabel(p.tableCode).en} row refers to indicator "${p.indicatorKey}", which does not exist; the row is not printed.`,
        },
        fix: {
          id: 'Pilih indikator yang ada atau hapus penempatan ini.',
          en: 'Choose an existing indicator or remove this placement.',
        },
      });
    }
  }
}
