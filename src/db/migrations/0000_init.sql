CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"instansi_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"actor_role" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "indikator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"scale_code" text NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"source_agency" text,
	"baseline_year" integer NOT NULL,
	"baseline_status" text NOT NULL,
	"baseline_number" numeric,
	"baseline_level" text,
	"baseline_reason" text,
	"baseline_note" text,
	"national_indicator_code" text,
	"note" text,
	"sort_order" integer NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indikator_polarity" CHECK ("indikator"."polarity" in ('higher_is_better','lower_is_better','target_band','ordinal')),
	CONSTRAINT "indikator_baseline_status" CHECK ("indikator"."baseline_status" in ('value','not_available'))
);
--> statement-breakpoint
CREATE TABLE "indikator_pd" (
	"indikator_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pd_key" text NOT NULL,
	"role" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "indikator_pd_indikator_id_pd_key_pk" PRIMARY KEY("indikator_id","pd_key"),
	CONSTRAINT "indikator_pd_role" CHECK ("indikator_pd"."role" in ('lead','supporting'))
);
--> statement-breakpoint
CREATE TABLE "indikator_target" (
	"indikator_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"type" text NOT NULL,
	"value_number" numeric,
	"value_level" text,
	"band_min" numeric,
	"band_max" numeric,
	"note" text,
	CONSTRAINT "indikator_target_indikator_id_year_pk" PRIMARY KEY("indikator_id","year"),
	CONSTRAINT "indikator_target_type" CHECK ("indikator_target"."type" in ('point','band'))
);
--> statement-breakpoint
CREATE TABLE "instansi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "narrative_section" (
	"version_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "narrative_section_version_id_key_pk" PRIMARY KEY("version_id","key")
);
--> statement-breakpoint
CREATE TABLE "perangkat_daerah" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"predecessor_key" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"table_code" text NOT NULL,
	"node_key" text NOT NULL,
	"indicator_key" text NOT NULL,
	"sort_order" integer NOT NULL,
	"printed_name" text,
	"printed_baseline" jsonb,
	"printed_targets" jsonb
);
--> statement-breakpoint
CREATE TABLE "regulasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"enacted_at" date,
	"promulgated_at" date,
	"place" text,
	"gazette" text,
	"amends_key" text,
	"replaces_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_node" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"parent_key" text,
	"number" text DEFAULT '' NOT NULL,
	"sort_order" integer NOT NULL,
	"name" text NOT NULL,
	"element" text,
	"former_name" text,
	"national_kegiatan_code" text,
	"digital_policy_code" text,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "road_map" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "road_map_period_order" CHECK ("road_map"."period_start" <= "road_map"."period_end")
);
--> statement-breakpoint
CREATE TABLE "road_map_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"road_map_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"version_label" text NOT NULL,
	"title" text NOT NULL,
	"regulasi_key" text NOT NULL,
	"based_on_version_id" uuid,
	"status" text NOT NULL,
	"legal_basis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "road_map_version_status" CHECK ("road_map_version"."status" in ('draft','active','superseded'))
);
--> statement-breakpoint
CREATE TABLE "version_perangkat_daerah" (
	"version_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pd_key" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "version_perangkat_daerah_version_id_pd_key_pk" PRIMARY KEY("version_id","pd_key")
);
--> statement-breakpoint
CREATE TABLE "version_regulasi" (
	"version_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"regulasi_key" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "version_regulasi_version_id_regulasi_key_pk" PRIMARY KEY("version_id","regulasi_key")
);
--> statement-breakpoint
CREATE TABLE "version_scale" (
	"version_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"definition" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "version_scale_version_id_code_pk" PRIMARY KEY("version_id","code")
);
--> statement-breakpoint
ALTER TABLE "indikator" ADD CONSTRAINT "indikator_version_id_road_map_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."road_map_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_pd" ADD CONSTRAINT "indikator_pd_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator_target" ADD CONSTRAINT "indikator_target_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative_section" ADD CONSTRAINT "narrative_section_version_id_road_map_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."road_map_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perangkat_daerah" ADD CONSTRAINT "perangkat_daerah_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement" ADD CONSTRAINT "placement_version_id_road_map_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."road_map_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulasi" ADD CONSTRAINT "regulasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_node" ADD CONSTRAINT "result_node_version_id_road_map_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."road_map_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "road_map" ADD CONSTRAINT "road_map_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "road_map_version" ADD CONSTRAINT "road_map_version_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "road_map_version" ADD CONSTRAINT "road_map_version_road_map_id_road_map_id_fk" FOREIGN KEY ("road_map_id") REFERENCES "public"."road_map"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_perangkat_daerah" ADD CONSTRAINT "version_perangkat_daerah_version_id_road_map_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."road_map_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_regulasi" ADD CONSTRAINT "version_regulasi_version_id_road_map_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."road_map_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_scale" ADD CONSTRAINT "version_scale_version_id_road_map_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."road_map_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_entity" ON "audit_event" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_event_at" ON "audit_event" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "indikator_version_key" ON "indikator" USING btree ("version_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "perangkat_daerah_instansi_key" ON "perangkat_daerah" USING btree ("instansi_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_unique" ON "placement" USING btree ("version_id","table_code","node_key","indicator_key");--> statement-breakpoint
CREATE INDEX "placement_indicator" ON "placement" USING btree ("version_id","indicator_key");--> statement-breakpoint
CREATE UNIQUE INDEX "regulasi_instansi_key" ON "regulasi" USING btree ("instansi_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "result_node_version_key" ON "result_node" USING btree ("version_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "road_map_instansi_period" ON "road_map" USING btree ("instansi_id","period_start","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "road_map_version_no" ON "road_map_version" USING btree ("road_map_id","version_no");