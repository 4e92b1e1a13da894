// The name a monitoring screen shows for a reporting PD: the road map's PD name, or "Tingkat
// instansi" (given by the caller in the reader's language) for the STU's instansi-wide indicators.
import { INSTANSI_PD_KEY } from '../../../domain/monitoring/reporting.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';

export function pdName(doc: Pick<RoadMapDocument, 'perangkatDaerah'>, key: string, instansiLabel: string): string {
  if (key === INSTANSI_PD_KEY) return instansiLabel;
  return doc.perangkatDaerah.find((p) => p.key === key)?.name ?? key;
}
