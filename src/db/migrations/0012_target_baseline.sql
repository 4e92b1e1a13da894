ALTER TABLE "indikator_target" ADD COLUMN "baseline_number" numeric;--> statement-breakpoint
ALTER TABLE "indikator_target" ADD COLUMN "baseline_level" text;