// drizzle-kit configuration: generates SQL migrations from src/db/schema.ts (offline, no database needed).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
