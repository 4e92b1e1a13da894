// Drizzle table definitions: the single source of the database schema. SQL migrations in
// src/db/migrations are generated from this file by drizzle-kit and committed (forward-only).
// Every row carries instansi_id so a deployment can host several instansi and, later, be
// distributed by instansi without a redesign.
import { sql } from 'drizzle-orm';
import type { BaselineOrigin, ScaleChange } from '../domain/roadmap/types.ts';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  unique,
  index,
  uuid,
  check,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const instansi = pgTable('instansi', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  region: text('region').notNull(),
  /** The province a kabupaten/kota is under (null: top level), for provincial reading. */
  parentId: uuid('parent_id').references((): AnyPgColumn => instansi.id),
  createdAt: createdAt(),
});

export const perangkatDaerah = pgTable(
  'perangkat_daerah',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    predecessorKey: text('predecessor_key'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('perangkat_daerah_instansi_key').on(t.instansiId, t.key)],
);

export const regulasi = pgTable(
  'regulasi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    key: text('key').notNull(),
    type: text('type').notNull(),
    number: text('number').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    enactedAt: date('enacted_at'),
    promulgatedAt: date('promulgated_at'),
    place: text('place'),
    gazette: text('gazette'),
    amendsKey: text('amends_key'),
    replacesKey: text('replaces_key'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('regulasi_instansi_key').on(t.instansiId, t.key)],
);

/** A road map series for a period (e.g. 2020–2024); its content lives in versions. */
export const roadMap = pgTable(
  'road_map',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    title: text('title').notNull(),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('road_map_instansi_period').on(t.instansiId, t.periodStart, t.periodEnd),
    check('road_map_period_order', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

export const roadMapVersion = pgTable(
  'road_map_version',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    roadMapId: uuid('road_map_id')
      .notNull()
      .references(() => roadMap.id),
    versionNo: integer('version_no').notNull(),
    versionLabel: text('version_label').notNull(),
    title: text('title').notNull(),
    regulasiKey: text('regulasi_key').notNull(),
    basedOnVersionId: uuid('based_on_version_id'),
    status: text('status').notNull(),
    legalBasis: jsonb('legal_basis').$type<string[]>().notNull().default([]),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('road_map_version_no').on(t.roadMapId, t.versionNo),
    check('road_map_version_status', sql`${t.status} in ('draft','active','superseded')`),
  ],
);

export const versionRegulasi = pgTable(
  'version_regulasi',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => roadMapVersion.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    regulasiKey: text('regulasi_key').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.regulasiKey] })],
);

export const versionScale = pgTable(
  'version_scale',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => roadMapVersion.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    definition: jsonb('definition').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.code] })],
);

export const narrativeSection = pgTable(
  'narrative_section',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => roadMapVersion.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.key] })],
);

export const versionPerangkatDaerah = pgTable(
  'version_perangkat_daerah',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => roadMapVersion.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    pdKey: text('pd_key').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.pdKey] })],
);

export const resultNode = pgTable(
  'result_node',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => roadMapVersion.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    parentKey: text('parent_key'),
    number: text('number').notNull().default(''),
    sortOrder: integer('sort_order').notNull(),
    name: text('name').notNull(),
    element: text('element'),
    formerName: text('former_name'),
    nationalKegiatanCode: text('national_kegiatan_code'),
    digitalPolicyCode: text('digital_policy_code'),
    /** Tema only: the years the theme applies (null: the whole road map period). */
    validFrom: integer('valid_from'),
    validTo: integer('valid_to'),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [uniqueIndex('result_node_version_key').on(t.versionId, t.key)],
);

export const indikator = pgTable(
  'indikator',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => roadMapVersion.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    scaleCode: text('scale_code').notNull(),
    unit: text('unit').notNull(),
    polarity: text('polarity').notNull(),
    sourceAgency: text('source_agency'),
    baselineYear: integer('baseline_year').notNull(),
    baselineStatus: text('baseline_status').notNull(),
    baselineNumber: numeric('baseline_number'),
    baselineLevel: text('baseline_level'),
    baselineReason: text('baseline_reason'),
    baselineNote: text('baseline_note'),
    nationalIndicatorCode: text('national_indicator_code'),
    note: text('note'),
    /** A carried-over baseline's origin (types.ts BaselineOrigin); null for a printed baseline. */
    baselineOrigin: jsonb('baseline_origin').$type<BaselineOrigin>(),
    /** Re-basings onto another scale from a year on (types.ts ScaleChange[]); null: none. */
    scaleChanges: jsonb('scale_changes').$type<ScaleChange[]>(),
    sortOrder: integer('sort_order').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('indikator_version_key').on(t.versionId, t.key),
    check('indikator_polarity', sql`${t.polarity} in ('higher_is_better','lower_is_better','target_band','ordinal')`),
    check('indikator_baseline_status', sql`${t.baselineStatus} in ('value','not_available')`),
  ],
);

export const indikatorTarget = pgTable(
  'indikator_target',
  {
    indikatorId: uuid('indikator_id')
      .notNull()
      .references(() => indikator.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    year: integer('year').notNull(),
    type: text('type').notNull(),
    valueNumber: numeric('value_number'),
    valueLevel: text('value_level'),
    bandMin: numeric('band_min'),
    bandMax: numeric('band_max'),
    note: text('note'),
    /** The baseline of this target year (Portal RB since July 2025); null: the indicator's applies. */
    baselineNumber: numeric('baseline_number'),
    baselineLevel: text('baseline_level'),
  },
  (t) => [
    primaryKey({ columns: [t.indikatorId, t.year] }),
    check('indikator_target_type', sql`${t.type} in ('point','band')`),
  ],
);

export const indikatorPd = pgTable(
  'indikator_pd',
  {
    indikatorId: uuid('indikator_id')
      .notNull()
      .references(() => indikator.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    pdKey: text('pd_key').notNull(),
    role: text('role').notNull(),
    /** The name the regulation printed when it is not the PD's own (kept as printed, flagged). */
    printedName: text('printed_name'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indikatorId, t.pdKey] }),
    check('indikator_pd_role', sql`${t.role} in ('lead','supporting')`),
  ],
);

export const placement = pgTable(
  'placement',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => roadMapVersion.id, { onDelete: 'cascade' }),
    tableCode: text('table_code').notNull(),
    nodeKey: text('node_key').notNull(),
    indicatorKey: text('indicator_key').notNull(),
    sortOrder: integer('sort_order').notNull(),
    printedName: text('printed_name'),
    printedUnit: text('printed_unit'),
    printedBaseline: jsonb('printed_baseline'),
    printedTargets: jsonb('printed_targets'),
  },
  (t) => [
    uniqueIndex('placement_unique').on(t.versionId, t.tableCode, t.nodeKey, t.indicatorKey),
    index('placement_indicator').on(t.versionId, t.indicatorKey),
  ],
);

/**
 * Append-only record of every change (who, when, before, after); UPDATE/DELETE are refused by a trigger,
 * `at`, `id` and the hash chain are set by the database (see docs/security.md).
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    instansiId: uuid('instansi_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
    /** The perangkat daerah the change concerns, when there is one (for the audit log's PD filter). */
    pdKey: text('pd_key'),
    /**
     * Hash chain (migration 0007): set by a BEFORE INSERT trigger, never by the app. prev_hash is the
     * previous event's hash ('' for the first); hash = sha256 of the canonical text of this row.
     */
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('audit_event_entity').on(t.entityType, t.entityId),
    index('audit_event_at').on(t.at),
    index('audit_event_actor').on(t.actor),
    // The audit log is always read for one instansi, newest first, often by PD (issue #14).
    index('audit_event_instansi_pd').on(t.instansiId, t.pdKey, t.id),
    index('audit_event_instansi_id').on(t.instansiId, t.id),
  ],
);

/** A person who signs in. instansi_id null: a deployment-wide administrator. */
export const userAccount = pgTable(
  'user_account',
  {
    id: id(),
    instansiId: uuid('instansi_id').references(() => instansi.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** Where notifications are also sent when SMTP is configured; optional. */
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('user_account_username').on(t.username)],
);

export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    pdKey: text('pd_key'),
  },
  (t) => [
    unique('role_assignment_unique').on(t.userId, t.role, t.pdKey).nullsNotDistinct(),
    check(
      'role_assignment_role',
      sql`${t.role} in ('admin','koordinator_stu','operator_pd','kepala_pd','evaluator_apip','pimpinan','super_admin')`,
    ),
  ],
);

/** A signed-in browser. The id is the sha256 of the cookie token, so a leaked table grants nothing. */
export const userSession = pgTable(
  'user_session',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('user_session_user').on(t.userId)],
);

// ---------------------------------------------------------------- monitoring (issue #4)

/** A reporting period of a year (semester, or quarter where configured) with its entry window. */
export const periode = pgTable(
  'periode',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    opensAt: date('opens_at').notNull(),
    deadline: date('deadline').notNull(),
    /** Set by an approved reopening: entries are accepted again until this day (inclusive, WITA). */
    reopenedUntil: date('reopened_until'),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('periode_instansi_year_code').on(t.instansiId, t.year, t.code),
    check('periode_code', sql`${t.code} in ('S1','S2','TW1','TW2','TW3','TW4')`),
  ],
);

/** An action plan of a perangkat daerah under a kegiatan utama or sasaran tematik, for one year. */
export const rencanaAksi = pgTable(
  'rencana_aksi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    roadMapId: uuid('road_map_id')
      .notNull()
      .references(() => roadMap.id),
    /** Key of the kegiatan_utama or sasaran_tematik node (stable across versions). */
    nodeKey: text('node_key').notNull(),
    year: integer('year').notNull(),
    rincianKegiatan: text('rincian_kegiatan').notNull(),
    indikatorOutput: text('indikator_output').notNull(),
    satuan: text('satuan').notNull(),
    targetTotal: numeric('target_total').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    pagu: numeric('pagu'),
    pelaksanaPdKey: text('pelaksana_pd_key').notNull(),
    koordinatorPdKey: text('koordinator_pd_key'),
    penanggungJawab: text('penanggung_jawab').notNull(),
    permasalahan: text('permasalahan'),
    /** Foci addressed (RB Tematik), in the national order; empty for RB General. */
    fokusIntervensi: text('fokus_intervensi')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sortOrder: integer('sort_order').notNull().default(0),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('rencana_aksi_node').on(t.roadMapId, t.year, t.nodeKey),
    index('rencana_aksi_pd').on(t.instansiId, t.year, t.pelaksanaPdKey),
    check('rencana_aksi_dates', sql`${t.startDate} <= ${t.endDate}`),
  ],
);

export const rencanaAksiTarget = pgTable(
  'rencana_aksi_target',
  {
    rencanaAksiId: uuid('rencana_aksi_id')
      .notNull()
      .references(() => rencanaAksi.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    periodCode: text('period_code').notNull(),
    target: numeric('target').notNull(),
  },
  (t) => [primaryKey({ columns: [t.rencanaAksiId, t.periodCode] })],
);

/**
 * A reported value for a period: of a road-map indicator (subject_key = indicator key) or of an
 * action plan's output (subject_key = rencana aksi id), entered by one perangkat daerah.
 */
export const realisasi = pgTable(
  'realisasi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    periodeId: uuid('periode_id')
      .notNull()
      .references(() => periode.id),
    roadMapId: uuid('road_map_id')
      .notNull()
      .references(() => roadMap.id),
    subjectType: text('subject_type').notNull(),
    subjectKey: text('subject_key').notNull(),
    pdKey: text('pd_key').notNull(),
    valueNumber: numeric('value_number'),
    valueLevel: text('value_level'),
    numerator: numeric('numerator'),
    denominator: numeric('denominator'),
    anggaranRealisasi: numeric('anggaran_realisasi'),
    narrative: text('narrative').notNull().default(''),
    /** The PD's obstacles in the period and what it does about them (read by the on-going review). */
    kendala: text('kendala').notNull().default(''),
    solusi: text('solusi').notNull().default(''),
    status: text('status').notNull().default('draft'),
    returnReason: text('return_reason'),
    updatedBy: text('updated_by').notNull(),
    /** Who last entered the value and who submitted it: neither may verify it (issue #12). */
    enteredBy: text('entered_by'),
    submittedBy: text('submitted_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('realisasi_subject').on(t.periodeId, t.subjectType, t.subjectKey, t.pdKey),
    check('realisasi_subject_type', sql`${t.subjectType} in ('indikator','rencana_aksi')`),
    check('realisasi_status', sql`${t.status} in ('draft','submitted','verified','returned')`),
  ],
);

export const realisasiComment = pgTable(
  'realisasi_comment',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    realisasiId: uuid('realisasi_id')
      .notNull()
      .references(() => realisasi.id, { onDelete: 'cascade' }),
    author: text('author').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('realisasi_comment_realisasi').on(t.realisasiId)],
);

/** A stored evidence file, addressed by the sha256 of its content (the same file is stored once). */
export const evidenceFile = pgTable('evidence_file', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: integer('size_bytes').notNull(),
  mime: text('mime').notNull(),
  kind: text('kind').notNull(),
  createdAt: createdAt(),
});

export const realisasiEvidence = pgTable(
  'realisasi_evidence',
  {
    realisasiId: uuid('realisasi_id')
      .notNull()
      .references(() => realisasi.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFile.sha256),
    instansiId: uuid('instansi_id').notNull(),
    fileName: text('file_name').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.realisasiId, t.sha256] }), index('realisasi_evidence_sha').on(t.sha256)],
);

/** In-app notifications to the people responsible (per user, or to everyone acting for a PD). */
export const notification = pgTable(
  'notification',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    userId: uuid('user_id').references(() => userAccount.id, { onDelete: 'cascade' }),
    pdKey: text('pd_key'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notification_user').on(t.userId), index('notification_pd').on(t.pdKey)],
);

// ---------------------------------------------------------------- evaluation (issue #5)

/** An LKE worksheet configuration for a year and instansi kind (the tree lives in `definition`). */
export const lkeConfig = pgTable(
  'lke_config',
  {
    id: id(),
    year: integer('year').notNull(),
    instansiKind: text('instansi_kind').notNull(),
    label: text('label').notNull(),
    definition: jsonb('definition').notNull(),
    /** The configuration this one was cloned from. */
    clonedFromId: uuid('cloned_from_id'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('lke_config_year_kind').on(t.year, t.instansiKind)],
);

/** The internal evaluation of one instansi for one year, scored on one LKE configuration. */
export const evaluasi = pgTable(
  'evaluasi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    configId: uuid('config_id')
      .notNull()
      .references(() => lkeConfig.id),
    status: text('status').notNull().default('open'),
    koefisien: numeric('koefisien'),
    /** Answers to the rencana aksi quality criteria: { [criterion]: {percent} | {yes} }. */
    renaksiAnswers: jsonb('renaksi_answers').notNull().default({}),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('evaluasi_instansi_year').on(t.instansiId, t.year),
    check('evaluasi_status', sql`${t.status} in ('open','closed')`),
  ],
);

/** One worksheet line of an evaluation: the raw value, where it came from, notes and status. */
export const evaluasiLine = pgTable(
  'evaluasi_line',
  {
    evaluasiId: uuid('evaluasi_id')
      .notNull()
      .references(() => evaluasi.id, { onDelete: 'cascade' }),
    lineCode: text('line_code').notNull(),
    instansiId: uuid('instansi_id').notNull(),
    rawNumber: numeric('raw_number'),
    rawLevel: text('raw_level'),
    /** null: the configuration's default applicability. */
    applicable: boolean('applicable'),
    source: text('source').notNull().default('manual'),
    sourceDocument: text('source_document'),
    notes: text('notes').notNull().default(''),
    status: text('status').notNull().default('draft'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.evaluasiId, t.lineCode] }),
    check('evaluasi_line_source', sql`${t.source} in ('manual','realisasi','renaksi')`),
    check('evaluasi_line_status', sql`${t.status} in ('draft','final')`),
  ],
);

/** Evidence an evaluator reviewed for a line: monitoring evidence reused, or a new upload. */
export const evaluasiLineEvidence = pgTable(
  'evaluasi_line_evidence',
  {
    evaluasiId: uuid('evaluasi_id')
      .notNull()
      .references(() => evaluasi.id, { onDelete: 'cascade' }),
    lineCode: text('line_code').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFile.sha256),
    instansiId: uuid('instansi_id').notNull(),
    fileName: text('file_name').notNull(),
    addedBy: text('added_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.evaluasiId, t.lineCode, t.sha256] }),
    index('evaluasi_line_evidence_sha').on(t.sha256),
  ],
);

/** Indeks RB and predikat of past years: from the regulation, the national result, or our own. */
export const indeksHistory = pgTable(
  'indeks_history',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    indeks: numeric('indeks').notNull(),
    predikat: text('predikat').notNull(),
    rbGeneral: numeric('rb_general'),
    rbTematik: numeric('rb_tematik'),
    note: text('note').notNull().default(''),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('indeks_history_year_source').on(t.instansiId, t.year, t.source),
    check('indeks_history_source', sql`${t.source} in ('regulasi','nasional','internal')`),
  ],
);

/** A recommendation of the internal evaluation, for one PD, with a due date and a follow-up status. */
export const rekomendasi = pgTable(
  'rekomendasi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    evaluasiId: uuid('evaluasi_id')
      .notNull()
      .references(() => evaluasi.id),
    /** The worksheet line it concerns; null for a general recommendation. */
    lineCode: text('line_code'),
    body: text('body').notNull(),
    pdKey: text('pd_key').notNull(),
    dueDate: date('due_date').notNull(),
    status: text('status').notNull().default('open'),
    /** The next year's action plan that carries it (rencana aksi id). */
    rencanaAksiId: uuid('rencana_aksi_id').references(() => rencanaAksi.id),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    index('rekomendasi_evaluasi').on(t.evaluasiId),
    index('rekomendasi_pd').on(t.instansiId, t.pdKey),
    check('rekomendasi_status', sql`${t.status} in ('open','in_progress','done','closed')`),
  ],
);

/** A follow-up action on a recommendation (by the PD) or an evaluator's decision on it. */
export const tindakLanjut = pgTable(
  'tindak_lanjut',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    rekomendasiId: uuid('rekomendasi_id')
      .notNull()
      .references(() => rekomendasi.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().default('action'),
    body: text('body').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('tindak_lanjut_rekomendasi').on(t.rekomendasiId),
    check('tindak_lanjut_kind', sql`${t.kind} in ('action','start','complete','close','reopen')`),
  ],
);

export const tindakLanjutEvidence = pgTable(
  'tindak_lanjut_evidence',
  {
    tindakLanjutId: uuid('tindak_lanjut_id')
      .notNull()
      .references(() => tindakLanjut.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFile.sha256),
    instansiId: uuid('instansi_id').notNull(),
    fileName: text('file_name').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tindakLanjutId, t.sha256] }), index('tindak_lanjut_evidence_sha').on(t.sha256)],
);

/**
 * Outgoing email, written in the same transaction as the notification it carries (so a notification
 * is never mailed without being stored, nor stored and silently not mailed); a dispatcher sends the
 * pending rows over SMTP and records the result.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    instansiId: uuid('instansi_id'),
    notificationId: uuid('notification_id').references(() => notification.id, { onDelete: 'set null' }),
    userId: uuid('user_id').references(() => userAccount.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('email_outbox_status').on(t.status, t.createdAt),
    check('email_outbox_status', sql`${t.status} in ('pending','sent','failed')`),
  ],
);

// ---------------------------------------------------------------- complaint register (issue #11)

/**
 * A complaint (pengaduan) of the public, from any channel, in the register of the PD answering for
 * it. A LAPOR complaint is identified by its tracking number: re-importing an export updates it.
 */
export const pengaduan = pgTable(
  'pengaduan',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    nomorTiket: text('nomor_tiket'),
    kanal: text('kanal').notNull(),
    tanggalDiterima: date('tanggal_diterima').notNull(),
    kategori: text('kategori'),
    ringkasan: text('ringkasan').notNull(),
    pdKey: text('pd_key').notNull(),
    status: text('status').notNull(),
    /** The day the current status began: the working-day deadline runs from it. */
    statusSejak: date('status_sejak').notNull(),
    alasanStatus: text('alasan_status'),
    tanggalTanggapan: date('tanggal_tanggapan'),
    tanggapan: text('tanggapan'),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('pengaduan_tiket')
      .on(t.instansiId, t.nomorTiket)
      .where(sql`${t.nomorTiket} is not null`),
    index('pengaduan_received').on(t.instansiId, t.tanggalDiterima),
    index('pengaduan_pd').on(t.instansiId, t.pdKey),
    check('pengaduan_kanal', sql`${t.kanal} in ('lapor','langsung','telepon','media_sosial','surat')`),
    check(
      'pengaduan_status',
      sql`${t.status} in ('diterima','diproses','ditindaklanjuti','selesai','ditolak','bukan_kewenangan')`,
    ),
    check(
      'pengaduan_response_date',
      sql`${t.tanggalTanggapan} is null or ${t.tanggalTanggapan} >= ${t.tanggalDiterima}`,
    ),
  ],
);

/** What happened to a complaint, in order: status changes and dispositions between PDs. */
export const pengaduanRiwayat = pgTable(
  'pengaduan_riwayat',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pengaduanId: uuid('pengaduan_id')
      .notNull()
      .references(() => pengaduan.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    kind: text('kind').notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value').notNull(),
    note: text('note'),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pengaduan_riwayat_of').on(t.pengaduanId, t.id),
    check('pengaduan_riwayat_kind', sql`${t.kind} in ('status','disposisi')`),
  ],
);

/** The indicators of an instansi whose realisasi is computed from the complaint register. */
export const pengaduanIndikator = pgTable(
  'pengaduan_indikator',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    indikatorKey: text('indikator_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.instansiId, t.indikatorKey] })],
);

// ---------------------------------------------------------------- STU, pokja and meetings (issue #11)

/** The STU of one year (set up by the Sekda's decree); its people and pokja hang from it. */
export const stuStruktur = pgTable(
  'stu_struktur',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    skNomor: text('sk_nomor'),
    skTanggal: date('sk_tanggal'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('stu_struktur_year').on(t.instansiId, t.year)],
);

/** A person of a year's structure: in the STU (ketua, sekretaris, anggota) and/or in pokja. */
export const stuOrang = pgTable(
  'stu_orang',
  {
    id: id(),
    strukturId: uuid('struktur_id')
      .notNull()
      .references(() => stuStruktur.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    nama: text('nama').notNull(),
    jabatan: text('jabatan').notNull(),
    pdKey: text('pd_key'),
    userId: uuid('user_id').references(() => userAccount.id, { onDelete: 'set null' }),
    peranStu: text('peran_stu'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    index('stu_orang_struktur').on(t.strukturId),
    check('stu_orang_peran', sql`${t.peranStu} is null or ${t.peranStu} in ('ketua','sekretaris','anggota')`),
  ],
);

export const pokja = pgTable(
  'pokja',
  {
    id: id(),
    strukturId: uuid('struktur_id')
      .notNull()
      .references(() => stuStruktur.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    nama: text('nama').notNull(),
    ketuaId: uuid('ketua_id').references(() => stuOrang.id, { onDelete: 'set null' }),
    /** Member ids (stu_orang), the ketua included. */
    anggotaIds: uuid('anggota_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Keys of the sasaran, kegiatan utama or tema it answers for. */
    lingkup: text('lingkup')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('pokja_struktur').on(t.strukturId)],
);

/** A meeting: of a pokja, the pleno of all pokja, or a PD-internal one; minutes final once finalised. */
export const rapat = pgTable(
  'rapat',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    jenis: text('jenis').notNull(),
    pokjaId: uuid('pokja_id').references(() => pokja.id, { onDelete: 'set null' }),
    /** The pokja's name when held (kept if the pokja is later renamed or removed). */
    pokjaNama: text('pokja_nama'),
    pdKey: text('pd_key'),
    judul: text('judul').notNull(),
    tanggal: date('tanggal').notNull(),
    waktu: text('waktu'),
    tempat: text('tempat'),
    tautanDaring: text('tautan_daring'),
    agenda: text('agenda').notNull().default(''),
    notulen: text('notulen').notNull().default(''),
    status: text('status').notNull().default('draf'),
    finalizedBy: text('finalized_by'),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('rapat_instansi_tanggal').on(t.instansiId, t.tanggal),
    check('rapat_jenis', sql`${t.jenis} in ('pokja','pleno','internal_pd')`),
    check('rapat_status', sql`${t.status} in ('draf','final')`),
  ],
);

/** Attendance, with the person's name and jabatan as they were: a member leaving erases nothing. */
export const rapatHadir = pgTable(
  'rapat_hadir',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    rapatId: uuid('rapat_id')
      .notNull()
      .references(() => rapat.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    orangId: uuid('orang_id').references(() => stuOrang.id, { onDelete: 'set null' }),
    nama: text('nama').notNull(),
    jabatan: text('jabatan').notNull(),
    status: text('status').notNull(),
    alasan: text('alasan'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    index('rapat_hadir_of').on(t.rapatId),
    check('rapat_hadir_status', sql`${t.status} in ('hadir','tidak_hadir','tamu')`),
  ],
);

/** A correction of finalised minutes: appended, never edited. */
export const rapatAddendum = pgTable(
  'rapat_addendum',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    rapatId: uuid('rapat_id')
      .notNull()
      .references(() => rapat.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    isi: text('isi').notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rapat_addendum_of').on(t.rapatId)],
);

/** A meeting's decision that becomes a follow-up item, owned by a PD or a person, with a due date. */
export const keputusanRapat = pgTable(
  'keputusan_rapat',
  {
    id: id(),
    rapatId: uuid('rapat_id')
      .notNull()
      .references(() => rapat.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    uraian: text('uraian').notNull(),
    pemilikPdKey: text('pemilik_pd_key'),
    pemilikNama: text('pemilik_nama'),
    tenggat: date('tenggat').notNull(),
    tautanJenis: text('tautan_jenis'),
    tautanId: text('tautan_id'),
    status: text('status').notNull().default('terbuka'),
    catatan: text('catatan'),
    sortOrder: integer('sort_order').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('keputusan_rapat_of').on(t.rapatId),
    index('keputusan_rapat_open').on(t.instansiId, t.status, t.tenggat),
    check('keputusan_rapat_status', sql`${t.status} in ('terbuka','selesai','terverifikasi')`),
    check('keputusan_rapat_owner', sql`${t.pemilikPdKey} is not null or ${t.pemilikNama} is not null`),
  ],
);

/** Evidence of a follow-up item (files in the content-addressed evidence store). */
export const keputusanBukti = pgTable(
  'keputusan_bukti',
  {
    keputusanId: uuid('keputusan_id')
      .notNull()
      .references(() => keputusanRapat.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFile.sha256),
    instansiId: uuid('instansi_id').notNull(),
    fileName: text('file_name').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.keputusanId, t.sha256] }), index('keputusan_bukti_sha').on(t.sha256)],
);

/**
 * A semester progress report (laporan kemajuan) of a pokja, a PD or the instansi. Its figures are
 * compiled from the data while it is a draft; on submission the compiled content is kept as `isi`
 * (what was presented), with the narrative typed by its owner, and it may be linked to the pleno
 * meeting where it was presented.
 */
export const laporanKemajuan = pgTable(
  'laporan_kemajuan',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    periodeId: uuid('periode_id')
      .notNull()
      .references(() => periode.id),
    jenis: text('jenis').notNull(),
    pokjaId: uuid('pokja_id').references(() => pokja.id, { onDelete: 'set null' }),
    pdKey: text('pd_key'),
    /** "pokja:<id>", "pd:<key>" or "instansi": one report per scope and period. */
    lingkupKey: text('lingkup_key').notNull(),
    /** The pokja's name when the report was started (the pokja may later be renamed or removed). */
    lingkupNama: text('lingkup_nama').notNull(),
    status: text('status').notNull().default('draf'),
    narasi: text('narasi').notNull().default(''),
    isi: jsonb('isi'),
    rapatId: uuid('rapat_id').references(() => rapat.id, { onDelete: 'set null' }),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('laporan_kemajuan_lingkup').on(t.periodeId, t.lingkupKey),
    index('laporan_kemajuan_instansi').on(t.instansiId, t.periodeId),
    check('laporan_kemajuan_jenis', sql`${t.jenis} in ('pokja','pd','instansi')`),
    check('laporan_kemajuan_status', sql`${t.status} in ('draf','diajukan')`),
  ],
);

/** Attachments of a meeting (invitation, materials, photos), in the content-addressed evidence store. */
export const rapatLampiran = pgTable(
  'rapat_lampiran',
  {
    rapatId: uuid('rapat_id')
      .notNull()
      .references(() => rapat.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFile.sha256),
    instansiId: uuid('instansi_id').notNull(),
    fileName: text('file_name').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.rapatId, t.sha256] }), index('rapat_lampiran_sha').on(t.sha256)],
);

/** The Tim Evaluasi Internal of a year (PermenPANRB 9/2023): saved whole, like the STU structure. */
export const timEvaluasi = pgTable(
  'tim_evaluasi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    skNomor: text('sk_nomor'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('tim_evaluasi_year').on(t.instansiId, t.year)],
);

export const timEvaluasiAnggota = pgTable(
  'tim_evaluasi_anggota',
  {
    timId: uuid('tim_id')
      .notNull()
      .references(() => timEvaluasi.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    peran: text('peran').notNull(),
    pdKey: text('pd_key'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.timId, t.userId] }),
    check('tim_evaluasi_peran', sql`${t.peran} in ('ketua','pengendali_teknis','anggota')`),
  ],
);

/** Who evaluates which PD or sasaran in the year. */
export const timEvaluasiTugas = pgTable(
  'tim_evaluasi_tugas',
  {
    timId: uuid('tim_id')
      .notNull()
      .references(() => timEvaluasi.id, { onDelete: 'cascade' }),
    instansiId: uuid('instansi_id').notNull(),
    userId: uuid('user_id').notNull(),
    jenis: text('jenis').notNull(),
    key: text('key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.timId, t.jenis, t.key] }),
    check('tim_evaluasi_tugas_jenis', sql`${t.jenis} in ('pd','sasaran')`),
  ],
);

/** The review dimensions a year configured (none: the default four of src/domain/evaluasi/reviu.ts). */
export const reviuDimensi = pgTable(
  'reviu_dimensi',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    pertanyaan: text('pertanyaan').notNull(),
    kriteriaLke: text('kriteria_lke'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.instansiId, t.year, t.code] })],
);

/** One review of a subject: ex-ante of a rencana aksi, or on-going of a plan or indicator in a period. */
export const reviu = pgTable(
  'reviu',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    tahap: text('tahap').notNull(),
    /** The period of an on-going review (null: ex-ante). */
    periodeId: uuid('periode_id').references(() => periode.id),
    subjectType: text('subject_type').notNull(),
    subjectKey: text('subject_key').notNull(),
    pdKey: text('pd_key').notNull(),
    status: text('status').notNull().default('draft'),
    putaran: integer('putaran').notNull().default(1),
    penilaian: jsonb('penilaian').$type<{ dimensi: string; sesuai: boolean | null; catatan: string }[]>().notNull(),
    rekomendasi: text('rekomendasi').notNull().default(''),
    /** The PD's answer to a returned review. */
    tanggapan: text('tanggapan'),
    /** The plan's row version the current round judged (rencana aksi subjects). */
    planRowVersion: integer('plan_row_version'),
    /** Earlier rounds, oldest first (each as it stood when the PD answered). */
    riwayat: jsonb('riwayat').$type<unknown[]>().notNull().default([]),
    evaluatorId: uuid('evaluator_id').references(() => userAccount.id),
    finalAt: timestamp('final_at', { withTimezone: true }),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    unique('reviu_subject')
      .on(t.instansiId, t.year, t.tahap, t.periodeId, t.subjectType, t.subjectKey, t.pdKey)
      .nullsNotDistinct(),
    index('reviu_year').on(t.instansiId, t.year, t.tahap),
    check('reviu_tahap', sql`${t.tahap} in ('ex_ante','on_going')`),
    check('reviu_status', sql`${t.status} in ('draft','dikembalikan','ditanggapi','final')`),
    check('reviu_subject_type', sql`${t.subjectType} in ('indikator','rencana_aksi')`),
    check('reviu_periode', sql`(${t.tahap} = 'ex_ante') = (${t.periodeId} is null)`),
  ],
);

/** A PD's appeal against a final review (the whole line, or one dimension), and the team's answer. */
export const sanggah = pgTable(
  'sanggah',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    reviuId: uuid('reviu_id')
      .notNull()
      .references(() => reviu.id, { onDelete: 'cascade' }),
    pdKey: text('pd_key').notNull(),
    /** The contested dimension (null: the whole line). */
    dimensi: text('dimensi'),
    alasan: text('alasan').notNull(),
    status: text('status').notNull().default('diajukan'),
    jawaban: text('jawaban'),
    /** The judgement before and after an accepted sanggah. */
    penilaianSebelum: jsonb('penilaian_sebelum'),
    penilaianSesudah: jsonb('penilaian_sesudah'),
    diajukanOleh: text('diajukan_oleh').notNull(),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }).notNull().defaultNow(),
    dijawabOleh: text('dijawab_oleh'),
    dijawabAt: timestamp('dijawab_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    index('sanggah_reviu').on(t.reviuId),
    check('sanggah_status', sql`${t.status} in ('diajukan','diterima','ditolak')`),
  ],
);

/** Evidence a PD attaches to its sanggah (the shared content-addressed store). */
export const sanggahBukti = pgTable(
  'sanggah_bukti',
  {
    sanggahId: uuid('sanggah_id')
      .notNull()
      .references(() => sanggah.id, { onDelete: 'cascade' }),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFile.sha256),
    instansiId: uuid('instansi_id').notNull(),
    fileName: text('file_name').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sanggahId, t.sha256] }), index('sanggah_bukti_sha').on(t.sha256)],
);

/** The year's Laporan Hasil Evaluasi Internal: its narrative and signer while a draft, frozen when final. */
export const lhei = pgTable(
  'lhei',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draf'),
    narasi: text('narasi').notNull(),
    inspekturNama: text('inspektur_nama'),
    inspekturNip: text('inspektur_nip'),
    /** The compiled content as it was when the report became final (null while a draft: compiled on read). */
    isi: jsonb('isi'),
    finalAt: timestamp('final_at', { withTimezone: true }),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('lhei_year').on(t.instansiId, t.year),
    check('lhei_status', sql`${t.status} in ('draf','final')`),
  ],
);
