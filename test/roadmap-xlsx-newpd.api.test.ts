// Issue #9 defect 8 through the API: a PD name no PD has is refused by preview and commit (with a
// "did you mean" suggestion) until the `newPd` form field lists it; then it is created.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRoadMapXlsx } from '../src/server/features/roadmap-xlsx/roadmap-xlsx.export.ts';
import { kupang2024 } from '../src/server/seed/kupang-2024.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

async function withPdCell(value: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportRoadMapXlsx(kupang2024())) as unknown as ArrayBuffer);
  wb.getWorksheet('Tabel 3')!.getCell('H7').value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(skipDb())('road-map import: unknown PDs', () => {
  let t: TestApp;
  let stu: Session;
  beforeAll(async () => {
    t = await createTestApp();
    stu = await login(t.app, 'stu');
  });
  afterAll(async () => t?.close());
  const post = (what: 'preview' | 'commit', file: Buffer, fields: Record<string, string> = {}) =>
    stu.request({
      method: 'POST',
      url: `/api/imports/road-map/${what}`,
      ...multipart(file, { fileName: 'rm.xlsx', fields }),
    });

  it('refuses a typo with a suggestion, and creates a PD only when newPd lists it', async () => {
    const typo = await post('preview', await withPdCell('Badan Pengelolaan Keuangan dan Aset Daerh'));
    expect(typo.statusCode, typo.body).toBe(200);
    expect(typo.json()).toMatchObject({ ok: false, unknownPd: ['Badan Pengelolaan Keuangan dan Aset Daerh'] });
    const err = typo.json().problems.find((p: { code: string }) => p.code === 'UNKNOWN_PD');
    expect(err.message.id).toContain('Maksud Anda "Badan Pengelolaan Keuangan dan Aset Daerah"?');

    const file = await withPdCell('Dinas Baru Sekali');
    const refused = await post('commit', file, { status: 'draft' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.code).toBe('IMPORT_HAS_ERRORS');

    const chosen = await post('preview', file, { newPd: 'Dinas Baru Sekali\n' });
    expect(chosen.json()).toMatchObject({ ok: true, unknownPd: [] });
    expect(chosen.json().problems).toContainEqual(expect.objectContaining({ code: 'NEW_PD', severity: 'warning' }));
    const saved = await post('commit', file, { status: 'draft', newPd: 'Dinas Baru Sekali' });
    expect(saved.statusCode, saved.body).toBe(201);
    const version = (await stu.request({ url: `/api/versions/${saved.json().versionId}` })).json();
    expect(version.document.perangkatDaerah.map((p: { name: string }) => p.name)).toContain('Dinas Baru Sekali');
  });
});
