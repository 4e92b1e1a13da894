// What a year without a structure says: what to do first, and (for the STU) the two ways to begin,
// from nothing or from another year's structure.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox } from '../../shared/states.tsx';
import { stuApi, stuKeys } from './stu-api.ts';

export function StuEmpty({
  year,
  years,
  mayManage,
  onStart,
}: {
  year: number;
  years: readonly number[];
  mayManage: boolean;
  onStart: () => void;
}) {
  const { t } = useT();
  const qc = useQueryClient();
  const others = years.filter((y) => y !== year);
  const [from, setFrom] = useState(() => String(others.includes(year - 1) ? year - 1 : (others.at(-1) ?? '')));
  const copy = useMutation({
    mutationFn: () => stuApi.copy(Number(from), year),
    onSuccess: (s) => qc.setQueryData(stuKeys.year(year), s),
  });
  return (
    <div className="card stu-empty">
      <Empty>{t(mayManage ? 'stu.empty.manage' : 'stu.empty.read', { year })}</Empty>
      {mayManage && (
        <div className="actions">
          <button type="button" className="primary" onClick={onStart}>
            {t('stu.start')}
          </button>
          {others.length > 0 && (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                copy.mutate();
              }}
            >
              <label htmlFor="stu-copy-from">{t('stu.copyFrom')}</label>
              <select id="stu-copy-from" value={from} onChange={(e) => setFrom(e.target.value)}>
                {others.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
              <button type="submit" disabled={copy.isPending}>
                {t('stu.copy')}
              </button>
            </form>
          )}
        </div>
      )}
      {copy.isError && <ErrorBox error={copy.error} title={t('stu.copyFailed')} />}
    </div>
  );
}
