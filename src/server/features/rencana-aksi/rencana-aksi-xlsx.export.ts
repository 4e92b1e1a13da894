// Writes a year's action plans as an .xlsx an Excel user recognises: one row per plan with Indonesian
// headers (the regulation's five minimum fields, unit, per-period targets, budget, PDs, RB Tematik
// fields), real dates and Rupiah numbers, drop-down lists for kegiatan and PD, and a sheet of guidance.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lazy-libs.ts';
import type { PeriodCode } from '../../../domain/periods/periods.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { FOKUS_INTERVENSI, FOKUS_LABELS, type FokusIntervensi } from '../../../domain/rencana-aksi/fokus.ts';
import { fokusCellText } from './rencana-aksi-fokus.ts';
import {
  FIRST_DATA_ROW,
  GUIDE_SHEET,
  HEADER_ROW,
  LIST_SHEET,
  PLAN_SHEET,
  colLetter,
  columnsFor,
  type ColumnKey,
} from './rencana-aksi-xlsx.layout.ts';
import { jenisOf, nodeLabels, pdLabels, planNodes, type PdName } from './rencana-aksi-xlsx.names.ts';

/** A plan as the API presents it, plus the budget realised so far (from the latest reported period). */
export interface PlanForExport {
  id: string;
  nodeKey: string;
  rincianKegiatan: string;
  indikatorOutput: string;
  satuan: string;
  targetTotal: number;
  targets: { periodCode: string; target: number }[];
  startDate: string;
  endDate: string;
  pagu: number | null;
  pelaksanaPdKey: string;
  koordinatorPdKey: string | null;
  penanggungJawab: string;
  permasalahan: string | null;
  fokusIntervensi: FokusIntervensi[];
  rowVersion: number;
  anggaranRealisasi: number | null;
}

export interface PlansWorkbookInput {
  year: number;
  doc: RoadMapDocument;
  pds: PdName[];
  plans: PlanForExport[];
  /** The scheme of the year's reporting periods: quarter columns are added for quarterly instansi. */
  quarterly: boolean;
  /** Shown under the title when the export is narrowed to one PD. */
  pdFilter?: string;
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9D9D9' } };
const TECH_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEDEDED' } };
/** Indonesian Excel shows this as "Rp 1.250.000" (its thousands separator is the dot). */
export const RUPIAH_FORMAT = '"Rp" #,##0';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Rows below the data that still get the drop-down lists, for plans added in Excel. */
const SPARE_ROWS = 200;

const toDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

function periodsShown(plans: PlanForExport[], quarterly: boolean): PeriodCode[] {
  const quarters = quarterly || plans.some((p) => p.targets.some((t) => t.periodCode.startsWith('TW')));
  return quarters ? ['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4'] : ['S1', 'S2'];
}

function writeGuide(wb: ExcelJS.Workbook, year: number) {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  const lines = [
    `Petunjuk pengisian Rencana Aksi Reformasi Birokrasi tahun ${year}`,
    '',
    `1. Isi lembar "${PLAN_SHEET}": satu baris untuk satu rencana aksi. Kolom bertanda * wajib diisi.`,
    '2. Kegiatan Utama / Sasaran Tematik dan PD dipilih dari daftar (lembar "Daftar Pilihan").',
    '3. Angka ditulis dengan koma desimal (12,5); rupiah tanpa desimal (Rp 1.250.000). Tanggal: dd/mm/yyyy.',
    '4. Target per periode bersifat kumulatif: target periode terakhir sama dengan kolom Target.',
    '   Isi target semester, atau target triwulan bila instansi melapor per triwulan — tidak keduanya.',
    '5. Permasalahan dan Fokus Intervensi hanya untuk RB Tematik. Beberapa fokus dipisah titik koma (;).',
    `   Pilihan fokus: ${FOKUS_INTERVENSI.map((f) => FOKUS_LABELS[f]).join('; ')}.`,
    '6. Kolom ID dan Versi jangan diubah: baris dengan ID mengubah rencana aksi itu, baris tanpa ID',
    '   ditambahkan sebagai rencana aksi baru. Menghapus baris tidak menghapus rencana aksi.',
    '7. Kolom Jenis RB, No dan Realisasi Anggaran hanya informasi; realisasi diisi di menu Pemantauan.',
    '8. Unggah di menu Rencana Aksi → Impor/Ekspor: pratinjau menunjukkan setiap kesalahan per baris dan',
    '   kolom; tidak ada yang disimpan sampai semua baris benar, lalu semuanya disimpan sekaligus.',
  ];
  lines.forEach((text, i) => (ws.getCell(i + 1, 1).value = text));
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  ws.getColumn(1).width = 110;
}

function writeLists(wb: ExcelJS.Workbook, nodes: string[], pds: string[]) {
  const ws = wb.addWorksheet(LIST_SHEET);
  const cols: [string, string[]][] = [
    ['Kegiatan Utama / Sasaran Tematik', nodes],
    ['Perangkat Daerah', pds],
    ['Fokus Intervensi', FOKUS_INTERVENSI.map((f) => FOKUS_LABELS[f])],
  ];
  cols.forEach(([title, values], c) => {
    ws.getCell(1, c + 1).value = title;
    ws.getCell(1, c + 1).font = { bold: true };
    values.forEach((v, r) => (ws.getCell(r + 2, c + 1).value = v));
    ws.getColumn(c + 1).width = 48;
  });
  const range = (col: number, n: number) =>
    `'${LIST_SHEET}'!$${colLetter(col)}$2:$${colLetter(col)}$${Math.max(2, n + 1)}`;
  return { nodes: range(1, nodes.length), pds: range(2, pds.length) };
}

/** Builds the workbook; resolves to the .xlsx bytes. */
export async function buildPlansWorkbook(input: PlansWorkbookInput): Promise<Buffer> {
  const { doc, year } = input;
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Peta RB';
  wb.title = `Rencana Aksi RB ${year}`;
  const ws = wb.addWorksheet(PLAN_SHEET);
  writeGuide(wb, year);

  const nodes = planNodes(doc);
  const nodeIndex = new Map(nodes.map((n, i) => [n.key, i]));
  const nodeKind = new Map(nodes.map((n) => [n.key, n.kind]));
  const nodeText = nodeLabels(doc);
  const pdText = pdLabels(input.pds);
  const lists = writeLists(
    wb,
    nodes.map((n) => nodeText.get(n.key)!),
    input.pds.map((p) => pdText.get(p.key)!),
  );

  const columns = columnsFor(periodsShown(input.plans, input.quarterly));
  const col = new Map(columns.map((c, i) => [c.key, i + 1]));
  const last = columns.length;

  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = `RENCANA AKSI REFORMASI BIROKRASI ${doc.instansi.name.toUpperCase()}`;
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = `Tahun ${year}${input.pdFilter ? ` — ${input.pdFilter}` : ''}`;
  for (const r of [1, 2]) {
    ws.getCell(r, 1).font = { bold: true, size: 12 };
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
  }
  ws.mergeCells(3, 1, 3, last);
  ws.getCell(3, 1).value = 'Kolom bertanda * wajib diisi. Kolom ID dan Versi jangan diubah (lihat lembar Petunjuk).';
  ws.getCell(3, 1).font = { italic: true, size: 9 };

  columns.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = c.required ? `${c.header} *` : c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = c.key === 'id' || c.key === 'versi' || c.readOnly ? TECH_FILL : HEADER_FILL;
    ws.getColumn(i + 1).width = c.width;
  });
  ws.getRow(HEADER_ROW).height = 32;

  // RB General before RB Tematik, each in the road map's order; plans keep the API's order within a node.
  const plans = input.plans
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (nodeIndex.get(a.p.nodeKey) ?? 1e9) - (nodeIndex.get(b.p.nodeKey) ?? 1e9) || a.i - b.i)
    .map((x) => x.p);

  plans.forEach((p, i) => {
    const r = FIRST_DATA_ROW + i;
    const set = (key: ColumnKey, value: ExcelJS.CellValue, numFmt?: string) => {
      const c = col.get(key);
      if (c === undefined) return;
      const cell = ws.getCell(r, c);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    };
    set('no', i + 1);
    set('jenis', jenisOf(nodeKind.get(p.nodeKey) ?? 'kegiatan_utama'));
    set('kegiatan', nodeText.get(p.nodeKey) ?? p.nodeKey);
    set('rincian', p.rincianKegiatan);
    set('output', p.indikatorOutput);
    set('satuan', p.satuan);
    set('target', p.targetTotal);
    for (const t of p.targets) set(t.periodCode as PeriodCode, t.target);
    set('mulai', toDate(p.startDate), DATE_FORMAT);
    set('selesai', toDate(p.endDate), DATE_FORMAT);
    set('pagu', p.pagu, RUPIAH_FORMAT);
    set('realisasiAnggaran', p.anggaranRealisasi, RUPIAH_FORMAT);
    set('pelaksana', pdText.get(p.pelaksanaPdKey) ?? p.pelaksanaPdKey);
    set('koordinator', p.koordinatorPdKey ? (pdText.get(p.koordinatorPdKey) ?? p.koordinatorPdKey) : null);
    set('penanggungJawab', p.penanggungJawab);
    set('permasalahan', p.permasalahan || null);
    set('fokus', fokusCellText(p.fokusIntervensi) || null);
    set('id', p.id);
    set('versi', p.rowVersion);
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    }
  });

  const lastRow = FIRST_DATA_ROW + plans.length + SPARE_ROWS - 1;
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
    const list = (key: ColumnKey, formula: string) => {
      const c = col.get(key);
      if (c !== undefined)
        ws.getCell(r, c).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: 'Pilihan tidak dikenal',
          error: `Pilih dari lembar "${LIST_SHEET}".`,
        };
    };
    list('kegiatan', lists.nodes);
    list('pelaksana', lists.pds);
    list('koordinator', lists.pds);
    for (const key of ['mulai', 'selesai'] as const) {
      const c = col.get(key);
      if (c !== undefined) ws.getCell(r, c).numFmt = DATE_FORMAT;
    }
    for (const key of ['pagu', 'realisasiAnggaran'] as const) {
      const c = col.get(key);
      if (c !== undefined) ws.getCell(r, c).numFmt = RUPIAH_FORMAT;
    }
  }

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${FIRST_DATA_ROW}` }];
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  };
  ws.headerFooter = { oddFooter: `&L${PLAN_SHEET} ${year}&RHalaman &P dari &N` };
  // The plan sheet opens first even though the guide was added after it.
  wb.views = [{ activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];

  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
