// The rules one complaint must satisfy, whoever writes it (the form, the API, a LAPOR import row):
// dates in order and not in the future, what a status requires, a tracking number for LAPOR. Each
// problem names its field with a stable code and an Indonesian message.
import { NEEDS_REASON, NEEDS_RESPONSE, STATUS_LABELS, type Kanal, type StatusPengaduan } from './status.ts';

export interface PengaduanFacts {
  kanal: Kanal;
  nomorTiket: string | null;
  tanggalDiterima: string;
  status: StatusPengaduan;
  alasanStatus: string | null;
  tanggalTanggapan: string | null;
  tanggapan: string | null;
}

export interface PengaduanProblem {
  field: keyof PengaduanFacts;
  code: string;
  message: string;
}

const blank = (s: string | null) => s === null || s.trim() === '';

export function pengaduanProblems(p: PengaduanFacts, today: string): PengaduanProblem[] {
  const out: PengaduanProblem[] = [];
  if (p.kanal === 'lapor' && blank(p.nomorTiket))
    out.push({
      field: 'nomorTiket',
      code: 'TRACKING_REQUIRED',
      message: 'Pengaduan dari SP4N-LAPOR! wajib mencantumkan nomor tracking.',
    });
  if (p.tanggalDiterima > today)
    out.push({
      field: 'tanggalDiterima',
      code: 'DATE_IN_FUTURE',
      message: 'Tanggal diterima tidak boleh di masa depan.',
    });
  if (p.tanggalTanggapan !== null) {
    if (p.tanggalTanggapan < p.tanggalDiterima)
      out.push({
        field: 'tanggalTanggapan',
        code: 'RESPONSE_BEFORE_RECEIVED',
        message: `Tanggal tanggapan (${p.tanggalTanggapan}) tidak boleh sebelum tanggal diterima (${p.tanggalDiterima}).`,
      });
    else if (p.tanggalTanggapan > today)
      out.push({
        field: 'tanggalTanggapan',
        code: 'DATE_IN_FUTURE',
        message: 'Tanggal tanggapan tidak boleh di masa depan.',
      });
  }
  const label = STATUS_LABELS[p.status].id;
  if (NEEDS_RESPONSE.has(p.status)) {
    if (p.tanggalTanggapan === null)
      out.push({
        field: 'tanggalTanggapan',
        code: 'RESPONSE_REQUIRED',
        message: `Status "${label}" memerlukan tanggal tanggapan.`,
      });
    if (blank(p.tanggapan))
      out.push({
        field: 'tanggapan',
        code: 'RESPONSE_REQUIRED',
        message: `Status "${label}" memerlukan isi tanggapan.`,
      });
  }
  if (NEEDS_REASON.has(p.status) && blank(p.alasanStatus))
    out.push({ field: 'alasanStatus', code: 'REASON_REQUIRED', message: `Status "${label}" memerlukan alasan.` });
  return out;
}
