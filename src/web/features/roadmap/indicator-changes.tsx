// The fields of an indicator that differ between two states, as a table of field / one side / the
// other: the history shows before and after of an audit event, the conflict alert what someone else
// changed since the form was opened. Nothing when no shown field differs.
import type { Indikator, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ATTRIBUTE_LABEL, attributeText } from './indicator-text.ts';

export function IndicatorChanges({
  from,
  to,
  doc,
  headers,
  caption,
}: {
  /** Either side may be missing (an audit event without a before or after): its cells stay empty. */
  from: Partial<Indikator> | null;
  to: Partial<Indikator> | null;
  doc: RoadMapDocument;
  headers: [MessageKey, MessageKey];
  caption?: string;
}) {
  const { t } = useT();
  const fmt = useFormat();
  const text = (f: string, ind: Partial<Indikator> | null) => (ind ? attributeText(f, ind, doc, fmt, t) : '');
  const fields = Object.keys(ATTRIBUTE_LABEL).filter((f) => text(f, from) !== text(f, to));
  if (fields.length === 0) return null;
  return (
    <table className="data compact">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('history.field')}</th>
          <th scope="col">{t(headers[0])}</th>
          <th scope="col">{t(headers[1])}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f}>
            <th scope="row">{t(ATTRIBUTE_LABEL[f] ?? 'ind.name')}</th>
            <td className="before">{text(f, from)}</td>
            <td className="after">{text(f, to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
