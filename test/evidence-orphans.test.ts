// Issue #9 defect 4: an upload that fails after its bytes were written leaves no file, and the sweep
// walks the disk: a file no row refers to goes after the grace period (a young one stays, a
// referenced one always stays), a staged upload left by a crash goes, and a staged file whose row
// committed before a crash interrupted its rename is moved into place.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachEvidence } from '../src/server/evidence-attach.ts';
import { staleWrite } from '../src/server/errors.ts';
import { sweepEvidence } from '../src/server/features/monitoring/realisasi.service.ts';
import type { EvidenceStore } from '../src/server/features/monitoring/evidence.store.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { skipDb } from './helpers/database.ts';
import { multipart } from './helpers/multipart.ts';
import { login, type Session } from './helpers/session.ts';

const pdf = (tag: string) => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
const OLD = Date.now() / 1000 - 3 * 24 * 3600;
const audit = { actor: 'test', actorRole: null, ip: null, requestId: null };

async function filesOnDisk(store: EvidenceStore) {
  return {
    stored: (await store.listStored()).map((f) => f.sha256).sort(),
    staged: (await store.listStaged()).length,
  };
}

describe.skipIf(skipDb())('evidence files: no orphans', () => {
  let t: TestApp;
  let operator: Session;
  let draftId: string;
  beforeAll(async () => {
    t = await createTestApp();
    operator = await login(t.app, 'operator.bkpsdm');
    const stu = await login(t.app, 'stu');
    const s1 = (await stu.request('/api/periode?year=2024')).json().find((p: { code: string }) => p.code === 'S1');
    const draft = await operator.request({
      method: 'PUT',
      url: '/api/realisasi',
      payload: {
        periodeId: s1.id,
        subjectType: 'indikator',
        subjectKey: 'indeks-sistem-merit',
        value: '100',
        narrative: '',
        rowVersion: 0,
      },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    draftId = draft.json().id;
  });
  afterAll(async () => t?.close());

  it('leaves no file when the upload fails inside its transaction', async () => {
    const store = t.app.evidenceStore;
    const before = await filesOnDisk(store);
    const failing = attachEvidence(
      t.database.db,
      store,
      audit,
      { fileName: 'a.pdf', bytes: pdf('gagal') },
      {
        precheck: async () => undefined,
        load: async () => undefined,
        link: async () => {
          throw staleWrite({ rowVersion: 7 });
        },
        audit: () => ({ instansiId: null, action: 'x', entityType: 'x', entityId: 'x', after: {} }),
      },
    );
    await expect(failing).rejects.toMatchObject({ code: 'STALE_WRITE' });
    expect(await filesOnDisk(store)).toEqual(before);
  });

  it('sweeps old unreferenced and staged files, keeps young and referenced ones, recovers a committed one', async () => {
    const store = t.app.evidenceStore;
    const up = async (tag: string) => {
      const res = await operator.request({
        method: 'POST',
        url: `/api/realisasi/${draftId}/evidence`,
        ...multipart(pdf(tag), { fileName: `${tag}.pdf` }),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().sha256 as string;
    };
    const referenced = await up('dirujuk');
    fs.utimesSync(store.pathOf(referenced), OLD, OLD);
    // A crash between the commit and the rename: the row exists, the file is still staged.
    const interrupted = await up('terputus');
    const staged = await store.stage(pdf('terputus'));
    await store.remove(interrupted);
    const oldOrphan = await store.put(pdf('yatim-lama'));
    fs.utimesSync(store.pathOf(oldOrphan), OLD, OLD);
    const youngOrphan = await store.put(pdf('yatim-baru'));
    const oldStaged = await store.stage(pdf('sisa-lama'));
    fs.utimesSync(oldStaged.tmpPath, OLD, OLD);
    const youngStaged = await store.stage(pdf('sisa-baru'));

    const removed = await sweepEvidence(t.database.db, store);

    expect(removed).toEqual([oldOrphan]);
    for (const sha of [referenced, interrupted, youngOrphan]) expect(store.exists(sha), sha).toBe(true);
    expect(store.exists(oldOrphan)).toBe(false);
    expect(fs.existsSync(staged.tmpPath)).toBe(false);
    expect(fs.existsSync(oldStaged.tmpPath)).toBe(false);
    expect(fs.existsSync(youngStaged.tmpPath)).toBe(true);
    // With no grace, everything on disk is what the database refers to.
    await sweepEvidence(t.database.db, store, { graceMs: 0 });
    expect((await store.listStored()).map((f) => f.sha256).sort()).toEqual([referenced, interrupted].sort());
    expect(fs.readdirSync(path.join(store.dir, '.staging'))).toEqual([]);
  });
});
