// Walking the LKE tree: every line with its section and ancestors, looked up by code. Shared by
// the validator, the scoring engine and the priorities so they agree on what a line is.
import type { LkeComponent, LkeConfig, LkeLine, LkeSection } from './lke-types.ts';

export interface LineEntry {
  line: LkeLine;
  section: LkeSection;
  /** Component codes from the section root down to the line's parent. */
  ancestors: string[];
}

export function linesOf(config: LkeConfig): LineEntry[] {
  const out: LineEntry[] = [];
  const walk = (c: LkeComponent, section: LkeSection, ancestors: string[]) => {
    for (const child of c.children) {
      if (child.kind === 'line') out.push({ line: child, section, ancestors: [...ancestors, c.code] });
      else walk(child, section, [...ancestors, c.code]);
    }
  };
  walk(config.general, 'general', []);
  walk(config.tematik, 'tematik', []);
  return out;
}

export function componentsOf(config: LkeConfig): { component: LkeComponent; section: LkeSection }[] {
  const out: { component: LkeComponent; section: LkeSection }[] = [];
  const walk = (c: LkeComponent, section: LkeSection) => {
    out.push({ component: c, section });
    for (const child of c.children) if (child.kind === 'component') walk(child, section);
  };
  walk(config.general, 'general');
  walk(config.tematik, 'tematik');
  return out;
}

export function lineMap(config: LkeConfig): Map<string, LineEntry> {
  return new Map(linesOf(config).map((e) => [e.line.code, e]));
}
