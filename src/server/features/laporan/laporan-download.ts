// The downloads of a progress report: its detail laid out by reportModel, as PDF or workbook, with
// the instansi's and PDs' names and a file name that says scope and period.
import type { Db } from '../../../db/client.ts';
import type { RapatActor } from '../rapat/rapat-rights.ts';
import { findInstansi } from '../roadmap/roadmap.service.ts';
import { reportPdfBuffer, reportXlsxBuffer } from '../../report-export.ts';
import { reportModel } from './laporan-export.model.ts';
import { detail, loadVisible, periodLabel } from './laporan.service.ts';

async function modelOf(db: Db, actor: RapatActor, id: string) {
  const r = await loadVisible(db, actor, id);
  const d = await detail(db, actor, r);
  const inst = await findInstansi(db, r.instansiId);
  const pdName = (k: string | null) => (k ? (d.pdNames[k] ?? k) : '–');
  const slug = r.lingkupNama
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    model: reportModel(d, inst?.name ?? '', pdName, periodLabel(d.periode)),
    base: `laporan-kemajuan-${d.periode.year}-${d.periode.code}-${slug || d.laporan.jenis}`,
  };
}

export async function laporanPdf(db: Db, actor: RapatActor, id: string) {
  const { model, base } = await modelOf(db, actor, id);
  return { buf: await reportPdfBuffer(model), fileName: `${base}.pdf` };
}

export async function laporanXlsx(db: Db, actor: RapatActor, id: string) {
  const { model, base } = await modelOf(db, actor, id);
  return { buf: await reportXlsxBuffer(model), fileName: `${base}.xlsx` };
}
