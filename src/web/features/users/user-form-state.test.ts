// The account forms' pure state: role lines to assignments, the checks made before sending (with
// the server's own messages for username and email), and server field errors by field.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { emailProblem, rowProblems, serverErrors, toAssignments, toRows, usernameProblem } from './user-form-state.ts';

const t = (key: string) => key;

describe('role lines', () => {
  it('drops the PD of instansi-wide roles and unchosen lines when sending', () => {
    expect(
      toAssignments([
        { role: 'admin', pdKey: 'bkpsdm' },
        { role: 'operator_pd', pdKey: 'bpkad' },
        { role: '', pdKey: '' },
      ]),
    ).toEqual([
      { role: 'admin', pdKey: null },
      { role: 'operator_pd', pdKey: 'bpkad' },
    ]);
    expect(toRows([{ role: 'pimpinan', pdKey: null }])).toEqual([{ role: 'pimpinan', pdKey: '' }]);
  });

  it('asks for a role, for the PD of a PD-scoped role, and refuses a duplicate line', () => {
    expect(
      rowProblems(
        [
          { role: '', pdKey: '' },
          { role: 'operator_pd', pdKey: '' },
          { role: 'admin', pdKey: '' },
          { role: 'admin', pdKey: 'x' },
        ],
        t,
      ),
    ).toEqual({ 0: 'users.roleRequired', 1: 'users.pdRequired', 3: 'users.roleDuplicate' });
  });
});

describe('field checks shared with the server', () => {
  it('gives the server message for a username it refuses', () => {
    expect(usernameProblem('ab')).toBe('Nama pengguna 3–50 karakter: huruf, angka, titik, garis bawah, tanda hubung');
    expect(usernameProblem('budi.s')).toBeUndefined();
    expect(usernameProblem('  ')).toBeUndefined();
  });

  it('accepts a blank email (clears it) and refuses a malformed one with the server message', () => {
    expect(emailProblem('')).toBeUndefined();
    expect(emailProblem('budi@example.go.id')).toBeUndefined();
    expect(emailProblem('budi@')).toBe('Alamat email tidak valid');
  });
});

describe('serverErrors', () => {
  it('places field errors by field, role errors by line', () => {
    const err = new ApiError(422, 'INVALID_DATA', 'x', 'x', [
      { field: 'username', code: 'USERNAME_TAKEN', message: 'Nama pengguna sudah dipakai.' },
      { field: 'roles.1.pdKey', code: 'UNKNOWN_PD', message: 'tidak dikenal' },
    ]);
    expect(serverErrors(err)).toEqual({ username: 'Nama pengguna sudah dipakai.', roles: { 1: 'tidak dikenal' } });
    expect(serverErrors(new Error('x'))).toEqual({ roles: {} });
  });
});
