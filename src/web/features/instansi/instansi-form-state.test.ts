import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { InstansiRecord } from './instansi-api.ts';
import { createBody, EMPTY_FORM, localProblems, parentOptions, serverProblems } from './instansi-form-state.ts';

const rec = (
  id: string,
  name: string,
  kind: InstansiRecord['kind'],
  parentId: string | null = null,
): InstansiRecord => ({
  id,
  code: id,
  name,
  kind,
  region: '',
  parentId,
  createdAt: '2026-12-03T00:00:00.000Z',
  accounts: 0,
  admins: 0,
  roadMaps: 0,
});

describe('instansi form state', () => {
  const list = [
    rec('ntt', 'Provinsi NTT', 'provinsi', 'pan'),
    rec('kpg', 'Kabupaten Kupang', 'kabupaten', 'ntt'),
    rec('ntb', 'Provinsi NTB', 'provinsi'),
    rec('pan', 'KemenPANRB', 'kementerian_lembaga'),
  ];

  it('offers provinces for a kabupaten, and never the instansi itself or one below it', () => {
    expect(parentOptions(list, 'kabupaten', null).map((i) => i.id)).toEqual(['ntb', 'ntt']);
    expect(parentOptions(list, 'provinsi', 'ntt').map((i) => i.id)).toEqual(['pan']);
    expect(parentOptions(list, 'kementerian_lembaga', 'pan')).toEqual([]);
  });

  it('builds the body with the first admin only when named', () => {
    expect(createBody({ ...EMPTY_FORM, code: ' kab-alor ', name: 'Kabupaten Alor' }).admin).toBeNull();
    expect(
      createBody({ ...EMPTY_FORM, code: 'kab-alor', name: 'Alor', adminUsername: 'admin.alor', parentId: 'ntt' }),
    ).toMatchObject({ parentId: 'ntt', admin: { username: 'admin.alor', displayName: 'admin.alor', email: null } });
  });

  it('checks code, name and username before sending', () => {
    expect(localProblems({ ...EMPTY_FORM, code: 'Kab Alor', adminUsername: 'a' }, 'Wajib')).toEqual({
      code: expect.stringContaining('huruf kecil'),
      name: 'Wajib',
      adminUsername: expect.stringContaining('3–50'),
    });
    expect(localProblems({ ...EMPTY_FORM, code: 'kab-alor', name: 'Alor' }, 'Wajib')).toEqual({});
  });

  it('maps the server field errors onto the form', () => {
    const err = new ApiError(422, 'INVALID_DATA', 'x', 'x', [
      { field: 'parentId', code: 'INSTANSI_PARENT_KIND', message: 'Induk salah' },
      { field: 'admin.username', code: 'USERNAME_TAKEN', message: 'Sudah dipakai' },
      { field: 'body.code', code: 'invalid_format', message: 'Kode salah' },
    ]);
    expect(serverProblems(err)).toEqual({
      parentId: 'Induk salah',
      adminUsername: 'Sudah dipakai',
      code: 'Kode salah',
    });
    expect(serverProblems(new Error('x'))).toEqual({});
  });
});
