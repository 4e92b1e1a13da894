CREATE TABLE "evaluasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"config_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"koefisien" numeric,
	"renaksi_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluasi_status" CHECK ("evaluasi"."status" in ('open','closed'))
);
--> statement-breakpoint
CREATE TABLE "evaluasi_line" (
	"evaluasi_id" uuid NOT NULL,
	"line_code" text NOT NULL,
	"instansi_id" uuid NOT NULL,
	"raw_number" numeric,
	"raw_level" text,
	"applicable" boolean,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_document" text,
	"notes" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "evaluasi_line_evaluasi_id_line_code_pk" PRIMARY KEY("evaluasi_id","line_code"),
	CONSTRAINT "evaluasi_line_source" CHECK ("evaluasi_line"."source" in ('manual','realisasi','renaksi')),
	CONSTRAINT "evaluasi_line_status" CHECK ("evaluasi_line"."status" in ('draft','final'))
);
--> statement-breakpoint
CREATE TABLE "evaluasi_line_evidence" (
	"evaluasi_id" uuid NOT NULL,
	"line_code" text NOT NULL,
	"sha256" text NOT NULL,
	"instansi_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluasi_line_evidence_evaluasi_id_line_code_sha256_pk" PRIMARY KEY("evaluasi_id","line_code","sha256")
);
--> statement-breakpoint
CREATE TABLE "indeks_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"indeks" numeric NOT NULL,
	"predikat" text NOT NULL,
	"rb_general" numeric,
	"rb_tematik" numeric,
	"note" text DEFAULT '' NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indeks_history_source" CHECK ("indeks_history"."source" in ('regulasi','nasional','internal'))
);
--> statement-breakpoint
CREATE TABLE "lke_config" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"instansi_kind" text NOT NULL,
	"label" text NOT NULL,
	"definition" jsonb NOT NULL,
	"cloned_from_id" uuid,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rekomendasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"line_code" text,
	"body" text NOT NULL,
	"pd_key" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"rencana_aksi_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rekomendasi_status" CHECK ("rekomendasi"."status" in ('open','in_progress','done','closed'))
);
--> statement-breakpoint
CREATE TABLE "tindak_lanjut" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"rekomendasi_id" uuid NOT NULL,
	"kind" text DEFAULT 'action' NOT NULL,
	"body" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tindak_lanjut_kind" CHECK ("tindak_lanjut"."kind" in ('action','start','complete','close','reopen'))
);
--> statement-breakpoint
CREATE TABLE "tindak_lanjut_evidence" (
	"tindak_lanjut_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"instansi_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tindak_lanjut_evidence_tindak_lanjut_id_sha256_pk" PRIMARY KEY("tindak_lanjut_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_config_id_lke_config_id_fk" FOREIGN KEY ("config_id") REFERENCES "public"."lke_config"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_line" ADD CONSTRAINT "evaluasi_line_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_line_evidence" ADD CONSTRAINT "evaluasi_line_evidence_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_line_evidence" ADD CONSTRAINT "evaluasi_line_evidence_sha256_evidence_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indeks_history" ADD CONSTRAINT "indeks_history_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekomendasi" ADD CONSTRAINT "rekomendasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekomendasi" ADD CONSTRAINT "rekomendasi_evaluasi_id_evaluasi_id_fk" FOREIGN KEY ("evaluasi_id") REFERENCES "public"."evaluasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekomendasi" ADD CONSTRAINT "rekomendasi_rencana_aksi_id_rencana_aksi_id_fk" FOREIGN KEY ("rencana_aksi_id") REFERENCES "public"."rencana_aksi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tindak_lanjut" ADD CONSTRAINT "tindak_lanjut_rekomendasi_id_rekomendasi_id_fk" FOREIGN KEY ("rekomendasi_id") REFERENCES "public"."rekomendasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tindak_lanjut_evidence" ADD CONSTRAINT "tindak_lanjut_evidence_tindak_lanjut_id_tindak_lanjut_id_fk" FOREIGN KEY ("tindak_lanjut_id") REFERENCES "public"."tindak_lanjut"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tindak_lanjut_evidence" ADD CONSTRAINT "tindak_lanjut_evidence_sha256_evidence_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluasi_instansi_year" ON "evaluasi" USING btree ("instansi_id","year");--> statement-breakpoint
CREATE INDEX "evaluasi_line_evidence_sha" ON "evaluasi_line_evidence" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "indeks_history_year_source" ON "indeks_history" USING btree ("instansi_id","year","source");--> statement-breakpoint
CREATE UNIQUE INDEX "lke_config_year_kind" ON "lke_config" USING btree ("year","instansi_kind");--> statement-breakpoint
CREATE INDEX "rekomendasi_evaluasi" ON "rekomendasi" USING btree ("evaluasi_id");--> statement-breakpoint
CREATE INDEX "rekomendasi_pd" ON "rekomendasi" USING btree ("instansi_id","pd_key");--> statement-breakpoint
CREATE INDEX "tindak_lanjut_rekomendasi" ON "tindak_lanjut" USING btree ("rekomendasi_id");--> statement-breakpoint
CREATE INDEX "tindak_lanjut_evidence_sha" ON "tindak_lanjut_evidence" USING btree ("sha256");