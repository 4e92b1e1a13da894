// What a review needs to know about its year, shared by the list, the judgement and the sanggah:
// the configured dimensions (or the default four), the Tim Evaluasi Internal with the PDs its
// members belong to, and a subject resolved from the road map and the year's rencana aksi — its PD
// and the sasaran it serves, so the team's assignments and the own-PD rule can be applied.
import type { Db, Tx } from '../../../db/client.ts';
import { DEFAULT_DIMENSI, judgeRefusal, type DimensiReviu, type TahapReviu } from '../../../domain/evaluasi/reviu.ts';
import type { AnggotaTim, TimKnown, TugasTim } from '../../../domain/evaluasi/tim.ts';
import { INSTANSI_PD_KEY, reportingPdKey } from '../../../domain/monitoring/reporting.ts';
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { nodePath } from '../../../domain/roadmap/locate.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import type { AuditContext } from '../../audit-trail.repository.ts';
import { appError, invalidData, notFound } from '../../errors.ts';
import { notify } from '../email/notify.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import { getPeriode, presentPeriode } from '../monitoring/periode.service.ts';
import { findRencanaAksiRow, type RencanaAksiRow } from '../rencana-aksi/rencana-aksi.service.ts';
import * as repo from './reviu.repository.ts';
import { teamMembers } from './tim.service.ts';

export interface ReviuActor {
  audit: AuditContext;
  roles: readonly RoleAssignment[];
  userId: string;
}

export async function dimensiOfYear(db: Db | Tx, instansiId: string, year: number) {
  const rows = await repo.dimensiOf(db, instansiId, year);
  const dimensi: DimensiReviu[] = rows.length
    ? rows.map((r) => ({ code: r.code, label: r.label, pertanyaan: r.pertanyaan, kriteriaLke: r.kriteriaLke }))
    : DEFAULT_DIMENSI.map((d) => ({ ...d }));
  return { configured: rows.length > 0, dimensi };
}

export interface TeamContext {
  exists: boolean;
  skNomor: string | null;
  anggota: AnggotaTim[];
  tugas: TugasTim[];
  /** The evaluator accounts' PDs: a member never judges a PD they belong to. */
  known: Pick<TimKnown, 'users'>;
  names: Map<string, string>;
}

export async function teamOfYear(db: Db | Tx, instansiId: string, year: number): Promise<TeamContext> {
  const tim = await teamMembers(db, instansiId, year);
  return {
    exists: tim.exists,
    skNomor: tim.skNomor,
    anggota: tim.anggota,
    tugas: tim.tugas,
    known: { users: new Map(tim.akun.map((a) => [a.id, { pdKeys: a.pdKeys }])) },
    names: new Map(tim.akun.map((a) => [a.id, a.displayName])),
  };
}

const REFUSAL_CODE = {
  NOT_IN_TEAM: 'REVIU_NOT_IN_TEAM',
  EVALUATOR_OWN_PD: 'REVIU_OWN_PD',
  NOT_ASSIGNED: 'REVIU_NOT_ASSIGNED',
} as const;

/** Throws unless the actor may judge (or answer a sanggah on) the subject. */
export function requireJudge(team: TeamContext, actor: ReviuActor, s: { pdKey: string; sasaranKeys: string[] }) {
  if (!team.exists) throw appError('TIM_BELUM_ADA');
  const refusal = judgeRefusal(team, team.known, actor.userId, s);
  if (refusal) throw appError(REFUSAL_CODE[refusal]);
}

/** The sasaran (RB General or Tematik) above a node. */
export function sasaranAbove(doc: RoadMapDocument, nodeKey: string): string[] {
  return nodePath(doc, nodeKey)
    .filter((n) => n.kind === 'sasaran_general' || n.kind === 'sasaran_tematik')
    .map((n) => n.key);
}

export function sasaranOfIndicator(doc: RoadMapDocument, indicatorKey: string): string[] {
  const keys = doc.placements
    .filter((p) => p.indicatorKey === indicatorKey)
    .flatMap((p) => sasaranAbove(doc, p.nodeKey));
  return [...new Set(keys)];
}

export interface ResolvedSubject {
  pdKey: string;
  sasaranKeys: string[];
  plan: RencanaAksiRow | null;
  /** The plan's rincian kegiatan or the indicator's name (what a notification names). */
  label: string;
}

/** The subject of a judgement, checked against the year's road map and plans. */
export async function resolveSubject(
  db: Db | Tx,
  rm: { roadMapId: string; document: RoadMapDocument },
  year: number,
  tahap: TahapReviu,
  subjectType: 'indikator' | 'rencana_aksi',
  subjectKey: string,
): Promise<ResolvedSubject> {
  if (subjectType === 'rencana_aksi') {
    const plan = await findRencanaAksiRow(db, subjectKey);
    if (!plan || plan.roadMapId !== rm.roadMapId || plan.year !== year)
      throw notFound({ id: 'Rencana aksi', en: 'Action plan' }, subjectKey);
    return {
      pdKey: plan.pelaksanaPdKey,
      sasaranKeys: sasaranAbove(rm.document, plan.nodeKey),
      plan,
      label: plan.rincianKegiatan,
    };
  }
  if (tahap === 'ex_ante')
    throw invalidData([
      {
        field: 'subjectType',
        code: 'EX_ANTE_PLANS_ONLY',
        message: 'Reviu ex-ante menilai rencana aksi; indikator direviu pada reviu on-going.',
      },
    ]);
  const ind = rm.document.indicators.find((i) => i.key === subjectKey);
  if (!ind) throw notFound({ id: 'Indikator', en: 'Indicator' }, subjectKey);
  return {
    pdKey: reportingPdKey(ind),
    sasaranKeys: sasaranOfIndicator(rm.document, ind.key),
    plan: null,
    label: ind.name,
  };
}

/** The period of an on-going review: the instansi's, of the year, and closed for entry. */
export async function closedPeriode(db: Db | Tx, instansiId: string, year: number, periodeId: string | null) {
  if (!periodeId)
    throw invalidData([
      { field: 'periodeId', code: 'PERIODE_REQUIRED', message: 'Reviu on-going memerlukan periode.' },
    ]);
  const p = await getPeriode(db, periodeId);
  if (p.instansiId !== instansiId || p.year !== year) throw notFound({ id: 'Periode', en: 'Period' }, periodeId);
  if (presentPeriode(p).state !== 'terkunci') throw appError('PERIODE_BELUM_DITUTUP');
  return p;
}

/**
 * A stored review checked for a judging step (judge again, return, finalise, answer its sanggah):
 * its subject resolved again and the actor held to the team's rule for it.
 */
export async function judgeOfReviu(
  db: Db,
  actor: ReviuActor,
  instansiId: string,
  r: { year: number; tahap: string; subjectType: string; subjectKey: string },
) {
  const rm = await roadMapForYear(db, instansiId, r.year);
  const subject = await resolveSubject(
    db,
    rm,
    r.year,
    r.tahap as TahapReviu,
    r.subjectType as 'indikator' | 'rencana_aksi',
    r.subjectKey,
  );
  const team = await teamOfYear(db, instansiId, r.year);
  requireJudge(team, actor, subject);
  return { team, label: subject.label };
}

/**
 * Tells the subject's PD in the same transaction (in-app, and by email when SMTP is set), naming
 * the entry and linking to its review. Instansi-level subjects have no PD to tell.
 */
export async function notifyPd(
  tx: Tx,
  r: { instansiId: string; year: number; pdKey: string },
  n: { kind: string; title: string; body: string },
) {
  if (r.pdKey === INSTANSI_PD_KEY) return;
  await notify(tx, { instansiId: r.instansiId, pdKey: r.pdKey, ...n, link: `/evaluasi?tahun=${r.year}&tab=reviu` });
}
