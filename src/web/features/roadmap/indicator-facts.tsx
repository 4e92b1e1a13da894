// The parts of the indicator page that show what the road map says about an indicator: its facts
// (scale with bounds or levels, unit, polarity in words, source, baseline, targets per year,
// responsible PDs) and where it is placed, with what each table printed when it differs.
import { Link } from 'react-router';
import type { Indikator, Scale } from '../../../domain/roadmap/types.ts';
import { scaleRangeText } from '../../../domain/roadmap/values.ts';
import { placementKey, placementsOfIndicator, wherePlacement } from '../../../domain/roadmap/locate.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { Empty } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { POLARITY, SCALE_KIND } from './indicator-text.ts';

/** Every attribute of the indicator, as a definition list. */
export function IndicatorFacts({ ind, scale }: { ind: Indikator; scale: Scale | undefined }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const { doc, href } = useVersionView();
  const sortedTargets = [...ind.targets].sort((a, b) => a.year - b.year);
  return (
    <section className="card" aria-labelledby="ind-facts">
      <h2 id="ind-facts">{t('ind.facts')}</h2>
      <dl className="facts">
        <dt>{t('ind.scale')}</dt>
        <dd>
          {scale ? (
            <>
              <strong>{scale.name}</strong> <span className="muted">({t(SCALE_KIND[scale.kind])})</span>
              {scale.kind === 'ordinal' ? (
                <ol className="levels">
                  {[...scale.levels]
                    .sort((a, b) => a.rank - b.rank)
                    .map((l) => (
                      <li key={l.code}>
                        <strong>{l.code}</strong>
                        {l.label && l.label !== l.code ? ` — ${l.label}` : ''}
                      </li>
                    ))}
                </ol>
              ) : (
                <div>
                  {t('ind.range', { range: pick(scaleRangeText(scale)) })}
                  {scale.kind === 'numeric' && scale.bands && scale.bands.length > 0 && (
                    <ul className="plain small">
                      {scale.bands.map((b) => (
                        <li key={b.code}>
                          <strong>{b.code}</strong> {b.label}: {fmt.number(b.min)}–{fmt.number(b.max)}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
              {scale.source && <div className="muted small">{t('ind.scaleSource', { source: scale.source })}</div>}
            </>
          ) : (
            <span className="muted">{ind.scaleCode}</span>
          )}
        </dd>
        <dt>{t('ind.unit')}</dt>
        <dd>{ind.unit || <span className="muted">–</span>}</dd>
        <dt>{t('ind.polarity')}</dt>
        <dd>{t(POLARITY[ind.polarity])}</dd>
        <dt>{t('ind.sourceAgency')}</dt>
        <dd>{ind.sourceAgency ?? <span className="muted">–</span>}</dd>
        <dt>{t('ind.baseline')}</dt>
        <dd>
          {ind.baseline.status === 'not_available' ? (
            <>
              {ind.baseline.year}: <strong>N/A</strong> — {ind.baseline.reason}
            </>
          ) : (
            <>
              {ind.baseline.year}: <strong>{fmt.baseline(ind.baseline, scale, ind.unit)}</strong>
              {ind.baseline.note && <div className="muted small">{ind.baseline.note}</div>}
            </>
          )}
        </dd>
        <dt>{t('ind.targets')}</dt>
        <dd>
          {sortedTargets.length === 0 ? (
            <span className="muted">–</span>
          ) : (
            <table className="data compact targets">
              <thead>
                <tr>
                  <th scope="col">{t('ind.year')}</th>
                  <th scope="col">{t('table.target')}</th>
                </tr>
              </thead>
              <tbody>
                {sortedTargets.map((tg) => (
                  <tr key={tg.year} data-year={tg.year}>
                    <th scope="row">{tg.year}</th>
                    <td className="value">
                      {fmt.target(tg, scale, ind.unit)}
                      {tg.note && <div className="muted small">{tg.note}</div>}
                      {tg.baseline && (
                        <div className="small">
                          {t('form.targetBaselineFor', { year: tg.year })}:{' '}
                          {fmt.valueWithUnit(tg.baseline, ind.unit, scale)}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </dd>
        <dt>{t('ind.responsible')}</dt>
        <dd>
          {ind.responsible.length === 0 ? (
            <span className="muted">{t('ind.noResponsible')}</span>
          ) : (
            <ul className="plain">
              {ind.responsible.map((r) => {
                const pd = doc.perangkatDaerah.find((p) => p.key === r.pdKey);
                return (
                  <li key={r.pdKey}>
                    <Link to={href(`perangkat-daerah#pd-${encodeURIComponent(r.pdKey)}`)}>{pd?.name ?? r.pdKey}</Link>{' '}
                    <span className={`badge role-${r.role}`}>
                      {t(r.role === 'lead' ? 'role.lead' : 'role.supporting')}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        {ind.nationalIndicatorCode && (
          <>
            <dt>{t('ind.nationalCode')}</dt>
            <dd>
              <code>{ind.nationalIndicatorCode}</code>
            </dd>
          </>
        )}
        {ind.note && (
          <>
            <dt>{t('ind.note')}</dt>
            <dd>{ind.note}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Where the indicator is placed, and what each table printed when it differs from the indicator. */
export function IndicatorPlacements({ ind, scale }: { ind: Indikator; scale: Scale | undefined }) {
  const { t, pick } = useT();
  const fmt = useFormat();
  const { doc, href } = useVersionView();
  const placements = placementsOfIndicator(doc, ind.key);
  return (
    <section className="card" aria-labelledby="ind-placements">
      <h2 id="ind-placements">{t('ind.placements')}</h2>
      {placements.length === 0 ? (
        <Empty>{t('ind.notPlaced')}</Empty>
      ) : (
        <ul className="placements">
          {placements.map((p) => {
            const printed: string[] = [];
            if (p.printedName) printed.push(`${t('ind.name')}: «${p.printedName}»`);
            if (p.printedUnit) printed.push(`${t('ind.unit')}: «${p.printedUnit}»`);
            if (p.printedBaseline)
              printed.push(
                `${t('ind.baseline')}: ${fmt.baseline(p.printedBaseline, scale, ind.unit)} (${p.printedBaseline.year})`,
              );
            if (p.printedTargets)
              printed.push(
                `${t('ind.targets')}: ${p.printedTargets.map((x) => `${x.year}: ${fmt.target(x, scale, ind.unit)}`).join('; ')}`,
              );
            return (
              <li key={placementKey(p)}>
                <Link to={href(`tabel/${p.tableCode.replace('tabel', '')}#node-${encodeURIComponent(p.nodeKey)}`)}>
                  {pick(wherePlacement(doc, p))}
                </Link>
                <div className="small">
                  {printed.length === 0 ? (
                    <span className="muted">{t('ind.printedSame')}</span>
                  ) : (
                    <>
                      <span>{t('ind.printedDiffers')}</span>
                      <ul className="plain">
                        {printed.map((x) => (
                          <li key={x}>{x}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
