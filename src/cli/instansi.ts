// `peta-rb instansi …`: the deployment operator's commands for a server that hosts several instansi
// (a province's kabupaten/kota, a national hub): create an instansi with its first administrator,
// and list them. The CLI is the super-administrator: whoever runs it runs the server.
import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import { SYSTEM_ACTOR } from '../server/request-context.ts';
import { AppError } from '../server/errors.ts';
import { createInstansi, instansiIdByCode, listServerInstansi } from '../server/features/instansi/instansi.service.ts';

const CLI_ACTOR = { ...SYSTEM_ACTOR, actor: 'cli' };

export const INSTANSI_HELP = `  instansi create --code KODE --name "Nama" --kind JENIS --region "Wilayah" [--parent KODE_PROVINSI]
                  [--admin-username U [--admin-name "Nama"]]
                        instansi baru (jenis: kabupaten, kota, provinsi, kementerian_lembaga) dan
                        admin pertamanya (kata sandi sementara dicetak sekali)
  instansi list         daftar instansi di server ini`;

export async function instansiCommand(db: Db, args: string[]): Promise<number> {
  try {
    return await run(db, args);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const fields = err.fields?.map((f) => `\n  ${f.field}: ${f.message}`).join('') ?? '';
    console.error(`${err.messageId}${fields}`);
    return 1;
  }
}

async function run(db: Db, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      region: { type: 'string' },
      parent: { type: 'string' },
      'admin-username': { type: 'string' },
      'admin-name': { type: 'string' },
    },
  });
  if (sub === 'list') {
    const all = await listServerInstansi(db);
    const codeOf = new Map(all.map((i) => [i.id, i.code]));
    for (const i of all)
      console.log(
        `${i.code}\t${i.name}\t${i.kind}\t${i.region}${i.parentId ? `\tinduk: ${codeOf.get(i.parentId)}` : ''}`,
      );
    return 0;
  }
  if (sub === 'create') {
    if (!values.code || !values.name || !values.kind) throw new Error('Wajib: --code, --name dan --kind');
    const parentId = values.parent ? await instansiIdByCode(db, values.parent) : null;
    if (values.parent && !parentId) {
      console.error(`Induk "${values.parent}" tidak terdaftar di server ini.`);
      return 1;
    }
    const username = values['admin-username'];
    const out = await createInstansi(db, CLI_ACTOR, {
      code: values.code,
      name: values.name,
      kind: values.kind,
      region: values.region ?? '',
      parentId,
      admin: username ? { username, displayName: values['admin-name'] ?? username } : null,
    });
    console.log(`Instansi ${values.code} dibuat.`);
    if (out.admin) {
      console.log(`Akun admin ${out.admin.username} dibuat untuk ${values.code}.`);
      console.log(`Kata sandi sementara (wajib diganti saat masuk): ${out.admin.temporaryPassword}`);
    }
    return 0;
  }
  console.error('Pakai: instansi create | instansi list');
  return 2;
}
