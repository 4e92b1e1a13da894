// The report's content as compiled from the data: the summary figures, then each section (indicators,
// rencana aksi with budget, meetings and follow-ups, open recommendations, and for the instansi the
// pokja reports). Numbers are shown as the server computed them.
import { STATUS_LABELS } from '../../../domain/capaian/status.ts';
import { JENIS_RAPAT_LABELS, type JenisRapat } from '../../../domain/rapat/rapat.ts';
import { STATUS_LAPORAN_LABELS } from '../../../domain/laporan/laporan.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import type { LaporanDetail } from './laporan-api.ts';
import { LaporanTable } from './laporan-table.tsx';

export function LaporanSections({ d }: { d: LaporanDetail }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const pd = (k: string | null) => (k ? (d.pdNames[k] ?? k) : '–');
  const r = d.ringkasan;
  const n = (x: number | null) => (x === null ? '–' : fmt.number(x, { maxDecimals: 2 }));
  const pct = (x: number | null) => (x === null ? '–' : fmt.percent(x, { maxDecimals: 2 }));
  const rp = (x: number | null) => (x === null ? '–' : fmt.rupiah(x));
  const facts: [string, string][] = [
    [t('lk.f.indikator'), `${r.indikator.jumlah} (${t('lk.f.terisi', { n: r.indikator.terisi })})`],
    [t('lk.f.rata'), pct(r.indikator.rataCapaian)],
    [t('lk.f.peringatan'), n(r.indikator.peringatanDini)],
    [t('lk.f.rencana'), `${r.rencanaAksi.jumlah} (${t('lk.f.tertinggal', { n: r.rencanaAksi.tertinggal })})`],
    [
      t('lk.f.anggaran'),
      `${rp(r.rencanaAksi.anggaranRealisasi)} / ${rp(r.rencanaAksi.pagu)} (${pct(r.rencanaAksi.serapan)})`,
    ],
    [
      t('lk.f.rapat'),
      `${r.rapat.jumlah} · ${t('lk.f.keputusan', { n: r.rapat.keputusan, open: r.rapat.terbuka, late: r.rapat.terlambat })}`,
    ],
    [t('lk.f.pengaduan'), `${r.pengaduan.ditindaklanjuti} / ${r.pengaduan.diterima} (${pct(r.pengaduan.tingkat)})`],
    [t('lk.f.rekomendasi'), n(r.rekomendasiTerbuka)],
  ];
  return (
    <div className="lk-sections">
      <section className="card" aria-labelledby="lk-sum-h">
        <h2 id="lk-sum-h">{t('lk.ringkasan')}</h2>
        <dl className="lk-facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <LaporanTable
        title={t('lk.s.indikator')}
        empty={t('lk.s.indikatorEmpty')}
        header={[
          t('lk.c.indikator'),
          t('lk.c.pd'),
          t('lk.c.target'),
          t('lk.c.realisasi'),
          t('lk.c.capaian'),
          t('lk.c.status'),
        ]}
        rows={d.isi.indikator.map((i) => [
          i.name,
          pd(i.pdKey),
          i.target ?? '–',
          i.realisasi ?? '–',
          pct(i.capaian),
          `${pick(STATUS_LABELS[i.status])}${i.earlyWarning ? ` — ${i.earlyWarning}` : ''}`,
        ])}
      />
      <LaporanTable
        title={t('lk.s.rencana')}
        empty={t('lk.s.rencanaEmpty')}
        header={[
          t('lk.c.kegiatan'),
          t('lk.c.pd'),
          t('lk.c.target'),
          t('lk.c.realisasi'),
          t('lk.c.capaian'),
          t('lk.c.anggaran'),
        ]}
        rows={d.isi.rencanaAksi.map((a) => [
          `${a.rincianKegiatan} (${a.indikatorOutput})${a.tertinggal ? ` — ${t('lk.tertinggal')}` : ''}`,
          pd(a.pdKey),
          `${n(a.target)} ${a.satuan}`,
          n(a.realisasi),
          pct(a.capaian),
          `${rp(a.anggaranRealisasi)} / ${rp(a.pagu)}`,
        ])}
      />
      <LaporanTable
        title={t('lk.s.rapat')}
        empty={t('lk.s.rapatEmpty')}
        header={[
          t('lk.c.tanggal'),
          t('lk.c.rapat'),
          t('lk.c.keputusan'),
          t('lk.c.terbuka'),
          t('lk.c.terverifikasi'),
          t('lk.c.terlambat'),
        ]}
        rows={d.isi.rapat.map((m) => [
          fmt.date(m.tanggal),
          `${m.judul} (${pick(JENIS_RAPAT_LABELS[m.jenis as JenisRapat] ?? { id: m.jenis, en: m.jenis })})`,
          String(m.keputusan.jumlah),
          String(m.keputusan.terbuka),
          String(m.keputusan.terverifikasi),
          String(m.keputusan.terlambat),
        ])}
      />
      <LaporanTable
        title={t('lk.s.rekomendasi')}
        empty={t('lk.s.rekomendasiEmpty')}
        header={[t('lk.c.rekomendasi'), t('lk.c.pd'), t('lk.c.tenggat')]}
        rows={d.isi.rekomendasi.map((x) => [
          x.body,
          pd(x.pdKey),
          `${fmt.date(x.dueDate)}${x.overdue ? ` (${t('lk.terlambat')})` : ''}`,
        ])}
      />
      {d.laporan.jenis === 'instansi' && (
        <LaporanTable
          title={t('lk.s.bagian')}
          empty={t('lk.s.bagianEmpty')}
          header={[t('lk.c.pokja'), t('lk.c.status'), t('lk.c.narasi')]}
          rows={d.isi.bagian.map((b) => [
            b.nama,
            b.status === 'belum' ? t('lk.belum') : pick(STATUS_LAPORAN_LABELS[b.status]),
            b.narasi || '–',
          ])}
        />
      )}
    </div>
  );
}
