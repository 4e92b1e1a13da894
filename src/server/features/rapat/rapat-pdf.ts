// The minutes of a meeting as a signed-ready A4 PDF: heading, day/time (WITA)/place, agenda, the
// attendance list with a column to sign, the minutes, the decisions with owner and due date, the
// names of its attachments, the addenda of finalised minutes, the signature block of the chair and
// the note-taker, and "Halaman x dari y". Unfinalised minutes are marked DRAF.
import type { Db } from '../../../db/client.ts';
import { formatDate, formatDayDate, formatDateTime } from '../../../domain/format/date.ts';
import { JENIS_RAPAT_LABELS, STATUS_TL_LABELS, type JenisRapat } from '../../../domain/rapat/rapat.ts';
import { heading, MARGIN, renderPortraitPdf, tableRow as row, type Doc } from '../../pdf-portrait.ts';
import { findInstansi, listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import type { RapatDetail } from '../../../domain/contracts/rapat.ts';
import { detail, loadVisible } from './rapat.service.ts';
import type { RapatActor } from './rapat-rights.ts';

const KEHADIRAN = { hadir: 'Hadir', tidak_hadir: 'Tidak hadir', tamu: 'Tamu' } as const;

function render(doc: Doc, d: RapatDetail, instansi: string, pdName: (k: string | null) => string) {
  const r = d.rapat;
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(13).text('NOTULEN RAPAT', { align: 'center' });
  doc.font('regular').fontSize(10).text(instansi, { align: 'center' });
  if (r.status === 'draf')
    doc.fillColor('#b00000').text('DRAF — belum final', { align: 'center' }).fillColor('#000000');
  doc.moveDown();
  const label = JENIS_RAPAT_LABELS[r.jenis as JenisRapat].id;
  const lines: [string, string][] = [
    ['Rapat', `${label}${r.pokjaNama ? ` — ${r.pokjaNama}` : ''}${r.pdKey ? ` — ${pdName(r.pdKey)}` : ''}`],
    ['Acara', r.judul],
    ['Hari, tanggal', formatDayDate(r.tanggal)],
    ['Waktu', r.waktu ? `${r.waktu} WITA` : '–'],
    ['Tempat', [r.tempat, r.tautanDaring].filter(Boolean).join(' · ') || '–'],
  ];
  for (const [k, v] of lines) {
    const y = doc.y;
    doc.font('regular').fontSize(10).text(k, MARGIN, y, { width: 100 });
    doc.text(`: ${v}`, MARGIN + 100, y, { width: width - 100 });
  }
  heading(doc, 'Agenda');
  doc.text(r.agenda || '–', { width });
  heading(doc, 'Daftar hadir');
  const hw = [28, 130, 130, 130, width - 418];
  row(doc, hw, ['No', 'Nama', 'Jabatan', 'Keterangan', 'Tanda tangan'], true);
  d.hadir.forEach((h, i) =>
    row(doc, hw, [
      String(i + 1),
      h.nama,
      h.jabatan,
      `${KEHADIRAN[h.status]}${h.alasan ? `: ${h.alasan}` : ''}`,
      h.status === 'tidak_hadir' ? '' : `${i + 1}.`,
    ]),
  );
  heading(doc, 'Notulen');
  doc.text(r.notulen || '–', { width });
  heading(doc, 'Keputusan dan tindak lanjut');
  const kw = [28, width - 28 - 110 - 80 - 70, 110, 80, 70];
  row(doc, kw, ['No', 'Keputusan', 'Pemilik', 'Tenggat', 'Status'], true);
  d.keputusan.forEach((k, i) =>
    row(doc, kw, [
      String(i + 1),
      k.uraian,
      k.pemilikPdKey ? pdName(k.pemilikPdKey) : (k.pemilikNama ?? ''),
      formatDate(k.tenggat),
      STATUS_TL_LABELS[k.status].id,
    ]),
  );
  if (d.lampiran.length) {
    heading(doc, 'Lampiran');
    d.lampiran.forEach((l, i) => doc.text(`${i + 1}. ${l.fileName}`, { width }));
  }
  if (d.addendum.length) {
    heading(doc, 'Addendum');
    d.addendum.forEach((a, i) =>
      doc.text(`${i + 1}. ${a.isi} (${a.actor}, ${formatDateTime(a.at, 'id', { timeZone: 'Asia/Makassar' })} WITA)`, {
        width,
      }),
    );
  }
  if (doc.y > doc.page.height - MARGIN - 130) doc.addPage();
  doc.moveDown(2);
  const y = doc.y;
  const half = width / 2;
  doc.text('Pimpinan rapat,', MARGIN, y, { width: half, align: 'center' });
  doc.text('Notulis,', MARGIN + half, y, { width: half, align: 'center' });
  doc.text('(................................................)', MARGIN, y + 70, { width: half, align: 'center' });
  doc.text('(................................................)', MARGIN + half, y + 70, {
    width: half,
    align: 'center',
  });
}

export async function notulenPdf(db: Db, actor: RapatActor, id: string) {
  const r = await loadVisible(db, actor.roles, id);
  const d = await detail(db, r, false);
  const inst = await findInstansi(db, r.instansiId);
  const pds = await listPerangkatDaerahOf(db, r.instansiId);
  const pdName = (k: string | null) => (k ? (pds.find((p) => p.key === k)?.name ?? k) : '');
  const buf = await renderPortraitPdf(`Notulen ${r.judul}`, (doc) => render(doc, d, inst?.name ?? '', pdName));
  return { buf, fileName: `notulen-${r.tanggal}-${r.id.slice(0, 8)}.pdf` };
}
