// "Kirim pengingat": the STU sends every PD that is behind in the period (not entered, drafts,
// returned items) a reminder, in the app and by email where configured.
import { useMutation } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { useCan } from '../auth/auth.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { monitoringApi } from './monitoring-api.ts';

export function RemindButton({ periodeId, locked }: { periodeId: string; locked: boolean }) {
  const { t } = useT();
  const canManage = useCan('periode:manage');
  const m = useMutation({
    mutationFn: () => monitoringApi.remind(periodeId),
  });
  if (!canManage || locked) return null;
  return (
    <div className="remind">
      <button type="button" onClick={() => m.mutate()} disabled={m.isPending}>
        {m.isPending ? t('state.working') : t('mon.remind')}
      </button>
      {m.isSuccess && (
        <p role="status" className="hint">
          {m.data.reminded.length ? t('mon.reminded', { n: m.data.reminded.length }) : t('mon.remindedNone')}
        </p>
      )}
      {m.isError && <ErrorBox error={m.error} />}
    </div>
  );
}
