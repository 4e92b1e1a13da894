// The STU's choice of which indicators of the road map in force get their realisasi from the
// complaint register: the indicators of the year's governing version as checkboxes, saved at once.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRoadMaps, useVersion, useYearGovernance } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { pengaduanApi, pengaduanKeys } from './pengaduan-api.ts';

function useGoverningVersionId(year: number): string | undefined {
  const gov = useYearGovernance();
  const maps = useRoadMaps();
  const roadMapId = gov.data?.find((g) => g.year === year)?.roadMapId;
  const map = maps.data?.find((m) => m.id === roadMapId);
  return map?.versions.filter((v) => v.status === 'active').at(-1)?.id;
}

export function RegisterIndicators({ year, chosen }: { year: number; chosen: string[] }) {
  const { t } = useT();
  const qc = useQueryClient();
  const version = useVersion(useGoverningVersionId(year));
  const [keys, setKeys] = useState<Set<string>>(() => new Set(chosen));
  const save = useMutation({
    mutationFn: () => pengaduanApi.setIndikator([...keys]),
    onSuccess: () => qc.invalidateQueries({ queryKey: pengaduanKeys.all }),
  });
  const indicators = version.data?.document.indicators ?? [];
  if (!indicators.length) return null;
  const toggle = (key: string, on: boolean) =>
    setKeys((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <details className="card pg-config">
      <summary>{t('pg.cfg.title')}</summary>
      <p className="muted small">{t('pg.cfg.intro')}</p>
      <fieldset>
        <legend className="visually-hidden">{t('pg.cfg.title')}</legend>
        {indicators.map((i) => (
          <label key={i.key} className="check block">
            <input type="checkbox" checked={keys.has(i.key)} onChange={(e) => toggle(i.key, e.target.checked)} />{' '}
            {i.name} <span className="muted small">({i.unit})</span>
          </label>
        ))}
      </fieldset>
      {save.isError && <ErrorBox error={save.error} />}
      <div className="actions">
        <button type="button" className="primary" disabled={save.isPending} onClick={() => save.mutate()}>
          {save.isPending ? t('state.working') : t('pg.cfg.save')}
        </button>
        {save.isSuccess && (
          <span className="muted small" role="status">
            {t('pg.cfg.saved')}
          </span>
        )}
      </div>
    </details>
  );
}
