CREATE TABLE "evidence_file" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size_bytes" integer NOT NULL,
	"mime" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"user_id" uuid,
	"pd_key" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "periode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"opens_at" date NOT NULL,
	"deadline" date NOT NULL,
	"reopened_until" date,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "periode_code" CHECK ("periode"."code" in ('S1','S2','TW1','TW2','TW3','TW4'))
);
--> statement-breakpoint
CREATE TABLE "realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"road_map_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_key" text NOT NULL,
	"pd_key" text NOT NULL,
	"value_number" numeric,
	"value_level" text,
	"numerator" numeric,
	"denominator" numeric,
	"anggaran_realisasi" numeric,
	"narrative" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "realisasi_subject_type" CHECK ("realisasi"."subject_type" in ('indikator','rencana_aksi')),
	CONSTRAINT "realisasi_status" CHECK ("realisasi"."status" in ('draft','submitted','verified','returned'))
);
--> statement-breakpoint
CREATE TABLE "realisasi_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"realisasi_id" uuid NOT NULL,
	"author" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "realisasi_evidence" (
	"realisasi_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"instansi_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisasi_evidence_realisasi_id_sha256_pk" PRIMARY KEY("realisasi_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"road_map_id" uuid NOT NULL,
	"node_key" text NOT NULL,
	"year" integer NOT NULL,
	"rincian_kegiatan" text NOT NULL,
	"indikator_output" text NOT NULL,
	"satuan" text NOT NULL,
	"target_total" numeric NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"pagu" numeric,
	"pelaksana_pd_key" text NOT NULL,
	"koordinator_pd_key" text,
	"penanggung_jawab" text NOT NULL,
	"permasalahan" text,
	"fokus_intervensi" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rencana_aksi_dates" CHECK ("rencana_aksi"."start_date" <= "rencana_aksi"."end_date")
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi_target" (
	"rencana_aksi_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"period_code" text NOT NULL,
	"target" numeric NOT NULL,
	CONSTRAINT "rencana_aksi_target_rencana_aksi_id_period_code_pk" PRIMARY KEY("rencana_aksi_id","period_code")
);
--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_account_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periode" ADD CONSTRAINT "periode_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_road_map_id_road_map_id_fk" FOREIGN KEY ("road_map_id") REFERENCES "public"."road_map"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi_comment" ADD CONSTRAINT "realisasi_comment_realisasi_id_realisasi_id_fk" FOREIGN KEY ("realisasi_id") REFERENCES "public"."realisasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi_evidence" ADD CONSTRAINT "realisasi_evidence_realisasi_id_realisasi_id_fk" FOREIGN KEY ("realisasi_id") REFERENCES "public"."realisasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi_evidence" ADD CONSTRAINT "realisasi_evidence_sha256_evidence_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_road_map_id_road_map_id_fk" FOREIGN KEY ("road_map_id") REFERENCES "public"."road_map"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi_target" ADD CONSTRAINT "rencana_aksi_target_rencana_aksi_id_rencana_aksi_id_fk" FOREIGN KEY ("rencana_aksi_id") REFERENCES "public"."rencana_aksi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_user" ON "notification" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notification_pd" ON "notification" USING btree ("pd_key");--> statement-breakpoint
CREATE UNIQUE INDEX "periode_instansi_year_code" ON "periode" USING btree ("instansi_id","year","code");--> statement-breakpoint
CREATE UNIQUE INDEX "realisasi_subject" ON "realisasi" USING btree ("periode_id","subject_type","subject_key","pd_key");--> statement-breakpoint
CREATE INDEX "realisasi_comment_realisasi" ON "realisasi_comment" USING btree ("realisasi_id");--> statement-breakpoint
CREATE INDEX "realisasi_evidence_sha" ON "realisasi_evidence" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "rencana_aksi_node" ON "rencana_aksi" USING btree ("road_map_id","year","node_key");--> statement-breakpoint
CREATE INDEX "rencana_aksi_pd" ON "rencana_aksi" USING btree ("instansi_id","year","pelaksana_pd_key");