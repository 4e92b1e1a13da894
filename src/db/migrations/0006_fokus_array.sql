-- Fokus intervensi becomes a set: one RB Tematik plan may address several aspects. Earlier rows held
-- one code, or several joined by commas; both become arrays, and no focus becomes the empty array.
ALTER TABLE "rencana_aksi" ALTER COLUMN "fokus_intervensi" SET DATA TYPE text[] USING coalesce(string_to_array("fokus_intervensi", ','), '{}'::text[]);--> statement-breakpoint
UPDATE "rencana_aksi" SET "fokus_intervensi" = '{}'::text[] WHERE "fokus_intervensi" IS NULL;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ALTER COLUMN "fokus_intervensi" SET DEFAULT '{}'::text[];--> statement-breakpoint
ALTER TABLE "rencana_aksi" ALTER COLUMN "fokus_intervensi" SET NOT NULL;
