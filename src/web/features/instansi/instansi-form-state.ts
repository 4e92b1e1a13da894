// Pure state of the instansi forms: which instansi may be chosen as parent (the domain's rules, so
// the form never offers what the server refuses), the request body from the form, the checks
// made before sending, and the server's field errors by form field.
import { instansiCodeSchema } from '../../../domain/contracts/instansi.ts';
import { usernameSchema } from '../../../domain/contracts/users.ts';
import { isDescendant, PARENT_KINDS } from '../../../domain/instansi/hierarchy.ts';
import type { InstansiKind } from '../../../domain/roadmap/types.ts';
import type { CreateInstansiBody, InstansiRecord } from './instansi-api.ts';
import { ApiError } from '../../api/client.ts';

/** The instansi that may be the parent of one of `kind` (`selfId`: the one being edited). */
export function parentOptions(list: readonly InstansiRecord[], kind: InstansiKind, selfId: string | null) {
  const nodes = list.map((i) => ({ id: i.id, name: i.name, kind: i.kind, parentId: i.parentId }));
  return list
    .filter((i) => PARENT_KINDS[kind].includes(i.kind) && i.id !== selfId)
    .filter((i) => selfId === null || !isDescendant(nodes, i.id, selfId))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export interface InstansiForm {
  code: string;
  name: string;
  kind: InstansiKind;
  region: string;
  parentId: string;
  adminUsername: string;
  adminName: string;
  adminEmail: string;
}

export const EMPTY_FORM: InstansiForm = {
  code: '',
  name: '',
  kind: 'kabupaten',
  region: '',
  parentId: '',
  adminUsername: '',
  adminName: '',
  adminEmail: '',
};

/** The create request: the first admin only when a username is given. */
export function createBody(f: InstansiForm): CreateInstansiBody {
  return {
    code: f.code.trim(),
    name: f.name.trim(),
    kind: f.kind,
    region: f.region.trim(),
    parentId: f.parentId || null,
    admin: f.adminUsername.trim()
      ? {
          username: f.adminUsername.trim(),
          displayName: f.adminName.trim() || f.adminUsername.trim(),
          email: f.adminEmail.trim() || null,
        }
      : null,
  };
}

export type FormErrors = Partial<Record<keyof InstansiForm, string>>;

/** What is wrong before sending (the contract's own messages). */
export function localProblems(f: InstansiForm, required: string): FormErrors {
  const out: FormErrors = {};
  const code = instansiCodeSchema.safeParse(f.code);
  if (!f.code.trim()) out.code = required;
  else if (!code.success) out.code = code.error.issues[0]!.message;
  if (!f.name.trim()) out.name = required;
  if (f.adminUsername.trim()) {
    const u = usernameSchema.safeParse(f.adminUsername);
    if (!u.success) out.adminUsername = u.error.issues[0]!.message;
  }
  return out;
}

const SERVER_FIELDS: Record<string, keyof InstansiForm> = {
  code: 'code',
  name: 'name',
  kind: 'kind',
  region: 'region',
  parentId: 'parentId',
  'admin.username': 'adminUsername',
  'admin.displayName': 'adminName',
  'admin.email': 'adminEmail',
  username: 'adminUsername',
  displayName: 'adminName',
  email: 'adminEmail',
};

/** The server's field errors (`body.code`, `admin.username`, …) by form field. */
export function serverProblems(err: unknown): FormErrors {
  if (!(err instanceof ApiError)) return {};
  const out: FormErrors = {};
  for (const f of err.fields) {
    const key = SERVER_FIELDS[f.field.replace(/^body\./, '')];
    if (key && !out[key]) out[key] = f.message;
  }
  return out;
}
