// The tables a backup carries, read from the Drizzle schema: name, primary-key columns (the order
// rows are exported and checksummed in) and the tables each one references, sorted so a table comes
// after every table it points to (the order a restore inserts in).
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema.ts';

export interface TableInfo {
  name: string;
  primaryKey: string[];
  references: string[];
}

function describe(table: PgTable): TableInfo {
  const config = getTableConfig(table);
  const single = config.columns.filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  const primaryKey = single.length ? single : composite;
  if (!primaryKey.length) throw new Error(`Tabel ${config.name} tanpa primary key tidak dapat dicadangkan.`);
  const references = [...new Set(config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name))];
  return { name: config.name, primaryKey, references: references.filter((r) => r !== config.name) };
}

/** Every table of the schema, referenced tables first. */
export function backupTables(): TableInfo[] {
  const all = (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map(describe)
    .sort((a, b) => a.name.localeCompare(b.name));
  const byName = new Map(all.map((t) => [t.name, t]));
  const sorted: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: TableInfo) => {
    if (state.get(t.name) === 'done') return;
    if (state.get(t.name) === 'visiting') throw new Error(`Siklus foreign key pada tabel ${t.name}`);
    state.set(t.name, 'visiting');
    for (const r of t.references) visit(byName.get(r)!);
    state.set(t.name, 'done');
    sorted.push(t);
  };
  all.forEach(visit);
  return sorted;
}
