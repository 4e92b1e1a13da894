// Contract of the instansi feature: the super-administrator's screen over every instansi on the
// server (issue #10) — list, create (with the first admin), change name, region and parent, and
// add an admin account to an instansi. The form fields reuse these schemas' checks and messages.
import { z } from 'zod';
import { instansiKindSchema } from '../roadmap/schema.ts';
import { defineRoute } from './http.ts';
import { displayNameSchema, emailSchema, usernameSchema } from './users.ts';

export const instansiCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Kode: huruf kecil, angka dan tanda hubung (2–63 karakter)');

export const instansiRecordSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: instansiKindSchema,
  region: z.string(),
  parentId: z.uuid().nullable(),
  createdAt: z.string(),
  /** Accounts of the instansi, and how many of them hold the admin role. */
  accounts: z.number().int(),
  admins: z.number().int(),
  roadMaps: z.number().int(),
});

const nameSchema = z.string().trim().min(1, 'Nama instansi wajib diisi').max(200);
const regionSchema = z.string().trim().max(200).default('');

export const firstAdminSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  email: emailSchema,
});

/** An account created for an instansi: its temporary password is shown once. */
export const createdAdminSchema = z.object({ username: z.string(), temporaryPassword: z.string() });

const idParams = z.object({ id: z.uuid() });

export const listServerInstansi = defineRoute({
  method: 'GET',
  path: '/server/instansi',
  response: z.array(instansiRecordSchema),
});

export const createServerInstansi = defineRoute({
  method: 'POST',
  path: '/server/instansi',
  body: z.object({
    code: instansiCodeSchema,
    name: nameSchema,
    kind: instansiKindSchema,
    region: regionSchema,
    parentId: z.uuid().nullable().default(null),
    admin: firstAdminSchema.nullable().default(null),
  }),
  status: 201,
  response: z.object({ instansi: instansiRecordSchema, admin: createdAdminSchema.nullable() }),
});

export const updateServerInstansi = defineRoute({
  method: 'PUT',
  path: '/server/instansi/:id',
  params: idParams,
  body: z.object({ name: nameSchema, region: regionSchema, parentId: z.uuid().nullable() }),
  response: instansiRecordSchema,
});

export const addInstansiAdmin = defineRoute({
  method: 'POST',
  path: '/server/instansi/:id/admins',
  params: idParams,
  body: firstAdminSchema,
  status: 201,
  response: createdAdminSchema,
});

export type InstansiRecord = z.output<typeof instansiRecordSchema>;
export type CreateInstansiBody = z.input<typeof createServerInstansi.body>;
export type UpdateInstansiBody = z.input<typeof updateServerInstansi.body>;
export type FirstAdminBody = z.input<typeof firstAdminSchema>;
