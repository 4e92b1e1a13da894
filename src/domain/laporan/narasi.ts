// The first draft of a progress report's narrative: sentences built only from the figures the
// system computed (ringkasan), in Indonesian, so the PD or pokja starts from the numbers and adds
// what the numbers cannot say. Nothing here invents a number.
import { formatNumber, formatRupiah } from '../format/number.ts';
import type { Ringkasan } from './laporan.ts';

const pct = (n: number) => `${formatNumber(n, 'id', { maxDecimals: 2 })}%`;

export function draftNarasi(r: Ringkasan, lingkup: string, periode: string): string {
  const s: string[] = [];
  const i = r.indikator;
  if (i.jumlah === 0) s.push(`Tidak ada indikator road map dalam lingkup ${lingkup}.`);
  else {
    s.push(
      `Pada ${periode}, ${lingkup} memantau ${i.jumlah} indikator; ${i.terisi} telah dilaporkan realisasinya dan ${i.dinilai} dapat dinilai` +
        (i.rataCapaian === null ? '.' : ` dengan rata-rata capaian ${pct(i.rataCapaian)}.`),
    );
    const st = r.statusIndikator;
    s.push(
      `${st.tercapai} indikator tercapai, ${st.on_track} sesuai jalur, ${st.berisiko} berisiko, ${st.tidak_tercapai} tidak tercapai, dan ${st.tidak_dinilai} tidak dinilai.`,
    );
    if (i.peringatanDini)
      s.push(`${i.peringatanDini} indikator diberi peringatan dini karena proyeksi akhir tahun di bawah target.`);
  }
  const ra = r.rencanaAksi;
  if (ra.jumlah) {
    s.push(
      `Dari ${ra.jumlah} rencana aksi, ${ra.terisi} telah dilaporkan outputnya dan ${ra.tertinggal} tertinggal dari target periode.` +
        (ra.serapan === null
          ? ''
          : ` Realisasi anggaran ${formatRupiah(ra.anggaranRealisasi)} dari pagu ${formatRupiah(ra.pagu)} (${pct(ra.serapan)}).`),
    );
  }
  const m = r.rapat;
  s.push(
    m.jumlah
      ? `Telah diselenggarakan ${m.jumlah} rapat dengan ${m.keputusan} keputusan; ${m.terverifikasi} tindak lanjut terverifikasi, ${m.terbuka} masih terbuka` +
          (m.terlambat ? `, ${m.terlambat} di antaranya melewati tenggat.` : '.')
      : 'Belum ada rapat yang tercatat pada periode ini.',
  );
  const p = r.pengaduan;
  if (p.diterima)
    s.push(
      `Diterima ${p.diterima} pengaduan masyarakat; ${p.ditindaklanjuti} telah ditindaklanjuti (${pct(p.tingkat ?? 0)})` +
        (p.terlambat ? ` dan ${p.terlambat} melewati batas waktu layanan.` : '.'),
    );
  if (r.rekomendasiTerbuka) s.push(`${r.rekomendasiTerbuka} rekomendasi evaluasi masih dalam tindak lanjut.`);
  return s.join(' ');
}
