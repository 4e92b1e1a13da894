CREATE TABLE "pengaduan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"nomor_tiket" text,
	"kanal" text NOT NULL,
	"tanggal_diterima" date NOT NULL,
	"kategori" text,
	"ringkasan" text NOT NULL,
	"pd_key" text NOT NULL,
	"status" text NOT NULL,
	"status_sejak" date NOT NULL,
	"alasan_status" text,
	"tanggal_tanggapan" date,
	"tanggapan" text,
	"created_by" text NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pengaduan_kanal" CHECK ("pengaduan"."kanal" in ('lapor','langsung','telepon','media_sosial','surat')),
	CONSTRAINT "pengaduan_status" CHECK ("pengaduan"."status" in ('diterima','diproses','ditindaklanjuti','selesai','ditolak','bukan_kewenangan')),
	CONSTRAINT "pengaduan_response_date" CHECK ("pengaduan"."tanggal_tanggapan" is null or "pengaduan"."tanggal_tanggapan" >= "pengaduan"."tanggal_diterima")
);
--> statement-breakpoint
CREATE TABLE "pengaduan_indikator" (
	"instansi_id" uuid NOT NULL,
	"indikator_key" text NOT NULL,
	CONSTRAINT "pengaduan_indikator_instansi_id_indikator_key_pk" PRIMARY KEY("instansi_id","indikator_key")
);
--> statement-breakpoint
CREATE TABLE "pengaduan_riwayat" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pengaduan_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_value" text,
	"to_value" text NOT NULL,
	"note" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pengaduan_riwayat_kind" CHECK ("pengaduan_riwayat"."kind" in ('status','disposisi'))
);
--> statement-breakpoint
ALTER TABLE "pengaduan" ADD CONSTRAINT "pengaduan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan_indikator" ADD CONSTRAINT "pengaduan_indikator_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan_riwayat" ADD CONSTRAINT "pengaduan_riwayat_pengaduan_id_pengaduan_id_fk" FOREIGN KEY ("pengaduan_id") REFERENCES "public"."pengaduan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pengaduan_tiket" ON "pengaduan" USING btree ("instansi_id","nomor_tiket") WHERE "pengaduan"."nomor_tiket" is not null;--> statement-breakpoint
CREATE INDEX "pengaduan_received" ON "pengaduan" USING btree ("instansi_id","tanggal_diterima");--> statement-breakpoint
CREATE INDEX "pengaduan_pd" ON "pengaduan" USING btree ("instansi_id","pd_key");--> statement-breakpoint
CREATE INDEX "pengaduan_riwayat_of" ON "pengaduan_riwayat" USING btree ("pengaduan_id","id");