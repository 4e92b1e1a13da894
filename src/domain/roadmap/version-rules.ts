// What may happen to a road-map version in each status, used alike by the server (which refuses
// with VERSION_ENACTED) and the web (which hides the edit controls). The enacted text — a version
// that is or was in force — is what the regulation says, so only a draft can change or be deleted
// (docs/decisions/0011-enacted-text.md).
import type { RoadMapStatus } from './types.ts';

/** A draft's content can be edited (also by an erratum); an active or superseded version's cannot. */
export function isVersionEditable(status: RoadMapStatus | string): boolean {
  return status === 'draft';
}

/** Only a draft can be deleted: an enacted version stays, as the record of what was in force. */
export const isVersionDeletable = isVersionEditable;

/** The label of a version created by an import, so that it never passes for the enacted regulation. */
export function importVersionLabel(fileName: string, day: string): string {
  // A browser sends the base name; a path (from a CLI or an old browser) is cut to it.
  const name = (fileName.split(/[\\/]/).pop() ?? '').trim().slice(0, 120) || 'berkas';
  return `Impor ${name} ${day}`;
}
