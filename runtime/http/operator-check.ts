import type { Role } from '../../domain/access/roles';
import { operatorRead } from '../../adapters/dynamodb/operator-repository';
import type { BatchedRead } from '../../adapters/dynamodb/table';
import { HttpError } from './http-error';
import type { Principal } from './principal';

const OPERATOR_ROLES: readonly Role[] = ['instansi', 'kanreg'];

const refused = (code: string, message: string) => new HttpError(403, code, message);

/**
 * The caller as BKN's operator registry knows them (docs/data-model.md O2): an instansi or Kanreg operator acting
 * on this route must be registered, ACTIVE, and hold a token whose `custom:instansi` / `custom:kanreg` agrees
 * with the registry; 403 otherwise. The instansi and Kanreg handed on are the registry's, never the claim's, and
 * an operator role the registry does not give is dropped. Every other caller passes unchanged, without a read.
 *
 * No cache: the entry is read on every operator request (strongly consistent, with the route's scope in one
 * BatchGetItem of `read`'s batch), so a disabling or a move refuses the very next request.
 */
export async function registeredOperator(
  principal: Principal,
  acting: readonly Role[],
  read: BatchedRead,
): Promise<Principal> {
  if (!acting.some((role) => OPERATOR_ROLES.includes(role))) return principal;
  const entry = await read(operatorRead(principal.sub));
  if (!entry) {
    throw refused('OPERATOR_NOT_REGISTERED', 'Akun operator Anda belum didaftarkan BKN.');
  }
  if (entry.status !== 'ACTIVE') {
    throw refused('OPERATOR_DISABLED', 'Akun operator Anda dinonaktifkan BKN.');
  }
  const claimed = entry.role === 'instansi' ? principal.instansi : principal.kanreg;
  const registered = entry.role === 'instansi' ? entry.instansiCode : entry.kanreg;
  if (!principal.roles.includes(entry.role) || claimed !== registered) {
    throw refused(
      'OPERATOR_SCOPE_MISMATCH',
      'Instansi atau Kanreg pada token Anda tidak sesuai dengan pendaftaran operator di BKN. Silakan masuk kembali.',
    );
  }
  return {
    ...principal,
    roles: principal.roles.filter((role) => !OPERATOR_ROLES.includes(role) || role === entry.role),
    instansi: entry.instansiCode ?? undefined,
    kanreg: entry.kanreg ?? undefined,
  };
}
