ALTER TABLE "realisasi" ADD COLUMN "entered_by" text;--> statement-breakpoint
ALTER TABLE "realisasi" ADD COLUMN "submitted_by" text;