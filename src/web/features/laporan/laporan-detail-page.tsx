// One progress report: what it covers and its state, the downloads (PDF, XLSX), the narrative (edited
// while a draft, startable from the system's draft), submitting, the STU's reopening and pleno link,
// and the content compiled from the data.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { STATUS_LAPORAN_LABELS } from '../../../domain/laporan/laporan.ts';
import { periodLabelOf } from '../../../domain/periods/periods.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../../shared/confirm-dialog.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox, Loading, usePageTitle } from '../../shared/states.tsx';
import {
  laporanApi,
  laporanKeys,
  laporanPdfHref,
  laporanXlsxHref,
  useLaporan,
  type LaporanDetail,
} from './laporan-api.ts';
import { LaporanNarasi } from './laporan-narasi.tsx';
import { LaporanPleno } from './laporan-pleno.tsx';
import { LaporanSections } from './laporan-sections.tsx';
import './laporan.css';

export function LaporanDetailPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const q = useLaporan(id);
  usePageTitle(q.data ? `${t('lk.title')} — ${q.data.laporan.lingkupNama}` : t('lk.title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  return <LaporanView d={q.data} />;
}

function LaporanView({ d }: { d: LaporanDetail }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const l = d.laporan;
  const [asking, setAsking] = useState<'ajukan' | 'buka' | null>(null);
  const step = useMutation({
    mutationFn: (what: 'ajukan' | 'buka') =>
      what === 'ajukan' ? laporanApi.submit(l.id, l.rowVersion) : laporanApi.reopen(l.id, l.rowVersion),
    onSuccess: async (out) => {
      setAsking(null);
      qc.setQueryData(laporanKeys.one(l.id), out);
      await qc.invalidateQueries({ queryKey: laporanKeys.all, predicate: (x) => x.queryKey[1] !== 'one' });
    },
  });
  const period = pick(periodLabelOf(d.periode.year, d.periode.code));
  return (
    <div className="laporan lk-detail">
      <p>
        <Link to={`/laporan?tahun=${d.periode.year}&periode=${l.periodeId}`}>{t('lk.back')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('lk.heading', { name: l.lingkupNama })}</h1>
        <p className="lead">
          {t(`lk.j.${l.jenis}`)} · {period}{' '}
          <span className={`badge lk-${l.status}`}>{pick(STATUS_LAPORAN_LABELS[l.status])}</span>
        </p>
        {l.submittedAt && (
          <p className="muted">{t('lk.submittedBy', { by: l.submittedBy ?? '', at: fmt.dateTime(l.submittedAt) })}</p>
        )}
        <p className="lk-downloads">
          <a href={laporanPdfHref(l.id)} download>
            {t('lk.pdf')}
          </a>{' '}
          <a href={laporanXlsxHref(l.id)} download>
            {t('lk.xlsx')}
          </a>
        </p>
      </div>
      <LaporanNarasi d={d} />
      <div className="actions">
        {d.mayManage &&
          (asking === 'ajukan' ? (
            <ConfirmDialog
              question={t('lk.submitQuestion')}
              confirmLabel={t('lk.submit')}
              tone="primary"
              pending={step.isPending}
              onConfirm={() => step.mutate('ajukan')}
              onCancel={() => setAsking(null)}
            />
          ) : (
            <button type="button" className="primary" onClick={() => setAsking('ajukan')}>
              {t('lk.submit')}
            </button>
          ))}
        {d.mayReopen &&
          l.status === 'diajukan' &&
          (asking === 'buka' ? (
            <ConfirmDialog
              question={t('lk.reopenQuestion')}
              confirmLabel={t('lk.reopen')}
              tone="primary"
              pending={step.isPending}
              onConfirm={() => step.mutate('buka')}
              onCancel={() => setAsking(null)}
            />
          ) : (
            <button type="button" onClick={() => setAsking('buka')}>
              {t('lk.reopen')}
            </button>
          ))}
      </div>
      {step.isError && <ErrorBox error={step.error} />}
      {d.mayReopen && <LaporanPleno d={d} />}
      <LaporanSections d={d} />
    </div>
  );
}
