// In the realisasi form of an indicator filled from the complaint register: the computed value of
// the period with its fraction, a button that fills the form with it (the user still saves), and,
// once saved, the list behind the number attached as evidence in one click.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { monitoringKeys } from '../monitoring/monitoring-api.ts';
import { pengaduanApi, type TindakLanjut } from './pengaduan-api.ts';

export interface RegisterFill {
  value: string;
  numerator: string;
  denominator: string;
  narrative: string;
}

export function RegisterPrefill({
  rate,
  realisasiId,
  onFill,
}: {
  rate: TindakLanjut;
  realisasiId: string | undefined;
  onFill: (fill: RegisterFill) => void;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const qc = useQueryClient();
  const attach = useMutation({
    mutationFn: () => pengaduanApi.attachBukti(realisasiId!),
    onSuccess: () => qc.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
  const number = (n: number) => fmt.number(n, { maxDecimals: 2 });
  return (
    <div className="notice pg-prefill" data-register-value={rate.value ?? ''}>
      <p>
        {rate.value === null
          ? t('pg.pre.none')
          : t('pg.pre.value', { value: number(rate.value), n: rate.numerator, d: rate.denominator })}
      </p>
      <div className="actions">
        {rate.value !== null && (
          <button
            type="button"
            onClick={() =>
              onFill({
                value: number(rate.value!),
                numerator: String(rate.numerator),
                denominator: String(rate.denominator),
                narrative: rate.narasi,
              })
            }
          >
            {t('pg.pre.fill')}
          </button>
        )}
        {realisasiId && (
          <button type="button" disabled={attach.isPending} onClick={() => attach.mutate()}>
            {attach.isPending ? t('state.working') : t('pg.pre.attach')}
          </button>
        )}
        {attach.isSuccess && (
          <span className="muted small" role="status">
            {attach.data.alreadyAttached ? t('pg.pre.already') : t('pg.pre.attached')}
          </span>
        )}
      </div>
      {attach.isError && <ErrorBox error={attach.error} />}
    </div>
  );
}
