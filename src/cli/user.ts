// `peta-rb user …`: account management from the command line, for the first admin of a new
// installation and for recovery when no admin can sign in.
import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import { ROLES, type Role } from '../domain/permissions.ts';
import { SYSTEM_ACTOR } from '../server/request-context.ts';
import { AppError } from '../server/errors.ts';
import { findUserByUsername } from '../server/features/auth/auth.repository.ts';
import { createAccount, listAccounts, resetPassword } from '../server/features/users/users.service.ts';
import { resolveInstansi } from '../server/features/roadmap/roadmap.service.ts';

const CLI_ACTOR = { ...SYSTEM_ACTOR, actor: 'cli' };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function userCommand(db: Db, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      pd: { type: 'string' },
      email: { type: 'string' },
      instansi: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  try {
    if (sub === 'list') {
      for (const u of await listAccounts(db, await resolveInstansi(db, values.instansi))) {
        const roles = u.roles.map((r) => (r.pdKey ? `${r.role}@${r.pdKey}` : r.role)).join(', ');
        console.log(
          `${u.username}\t${u.displayName}\t${roles}${u.disabled ? '\t(nonaktif)' : ''}${u.isDemo ? '\t(demo)' : ''}`,
        );
      }
      return 0;
    }
    if (sub === 'create') {
      if (!values.username || !values.role?.length) throw new Error('Wajib: --username dan --role');
      const bad = values.role.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (bad.length) throw new Error(`Peran tidak dikenal: ${bad.join(', ')} (pilihan: ${ROLES.join(', ')})`);
      const password = values['password-stdin'] ? await readStdin() : undefined;
      // The account belongs to the named instansi (default: the installation's first).
      // A super-administrator belongs to no instansi (the deployment's own account).
      const deployment = values.role.includes('super_admin');
      const owner = {
        instansiId: deployment ? null : await resolveInstansi(db, values.instansi),
      } as Parameters<typeof createAccount>[2];
      const out = await createAccount(db, CLI_ACTOR, owner, {
        username: values.username,
        displayName: values.name ?? values.username,
        email: values.email ?? null,
        roles: (values.role as Role[]).map((role) => ({
          role,
          pdKey: role === 'operator_pd' || role === 'kepala_pd' ? (values.pd ?? null) : null,
        })),
        ...(password ? { password } : {}),
        deployment,
      });
      console.log(`Akun ${out.user.username} dibuat.`);
      if (out.temporaryPassword)
        console.log(`Kata sandi sementara (wajib diganti saat masuk): ${out.temporaryPassword}`);
      return 0;
    }
    if (sub === 'reset-password') {
      if (!values.username) throw new Error('Wajib: --username');
      const u = await findUserByUsername(db, values.username);
      if (!u) throw new Error(`Akun ${values.username} tidak ditemukan.`);
      const out = await resetPassword(db, CLI_ACTOR, u.id);
      console.log(`Kata sandi sementara untuk ${u.username} (wajib diganti saat masuk): ${out.temporaryPassword}`);
      return 0;
    }
    console.error('Pakai: user create | user list | user reset-password');
    return 2;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(
        `${err.messageId}${err.fields ? `\n${err.fields.map((f) => `  ${f.field}: ${f.message}`).join('\n')}` : ''}`,
      );
      return 1;
    }
    throw err;
  }
}
