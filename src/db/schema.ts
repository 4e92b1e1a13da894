// Drizzle table definitions: the single source of the database schema. SQL migrations in
// src/db/migrations are generated from this file by drizzle-kit and committed (forward-only).
// Every row carries instansi_id so a deployment can host several instansi and, later, be
// distributed by instansi without a redesign.
import { sql } from 'drizzle-orm';
import {
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
    printedBaseline: jsonb('printed_baseline'),
    printedTargets: jsonb('printed_targets'),
  },
  (t) => [
    uniqueIndex('placement_unique').on(t.versionId, t.tableCode, t.nodeKey, t.indicatorKey),
    index('placement_indicator').on(t.versionId, t.indicatorKey),
  ],
);

/** Append-only record of every change (who, when, before, after); UPDATE/DELETE are refused by a trigger. */
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
  },
  (t) => [
    index('audit_event_entity').on(t.entityType, t.entityId),
    index('audit_event_at').on(t.at),
    index('audit_event_actor').on(t.actor),
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
      sql`${t.role} in ('admin','koordinator_stu','operator_pd','kepala_pd','evaluator_apip','pimpinan')`,
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
