CREATE TABLE "laporan_kemajuan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"pokja_id" uuid,
	"pd_key" text,
	"lingkup_key" text NOT NULL,
	"lingkup_nama" text NOT NULL,
	"status" text DEFAULT 'draf' NOT NULL,
	"narasi" text DEFAULT '' NOT NULL,
	"isi" jsonb,
	"rapat_id" uuid,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "laporan_kemajuan_jenis" CHECK ("laporan_kemajuan"."jenis" in ('pokja','pd','instansi')),
	CONSTRAINT "laporan_kemajuan_status" CHECK ("laporan_kemajuan"."status" in ('draf','diajukan'))
);
--> statement-breakpoint
ALTER TABLE "laporan_kemajuan" ADD CONSTRAINT "laporan_kemajuan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_kemajuan" ADD CONSTRAINT "laporan_kemajuan_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_kemajuan" ADD CONSTRAINT "laporan_kemajuan_pokja_id_pokja_id_fk" FOREIGN KEY ("pokja_id") REFERENCES "public"."pokja"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "laporan_kemajuan" ADD CONSTRAINT "laporan_kemajuan_rapat_id_rapat_id_fk" FOREIGN KEY ("rapat_id") REFERENCES "public"."rapat"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "laporan_kemajuan_lingkup" ON "laporan_kemajuan" USING btree ("periode_id","lingkup_key");--> statement-breakpoint
CREATE INDEX "laporan_kemajuan_instansi" ON "laporan_kemajuan" USING btree ("instansi_id","periode_id");