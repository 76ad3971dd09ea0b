import { mayActForInstansi } from '../../../domain/access/scope';
import type { Instansi } from '../../../events/api/instansi';
import { findInstansi } from '../data/instansi-repository';
import { HttpError } from './http-error';
import type { Principal } from './principal';

/**
 * The instansi named in the request, if the caller may act for it (domain/access/scope.ts); 403 otherwise,
 * whatever ids were put in the URL. An instansi operator naming another instansi is refused before any lookup.
 */
export async function instansiInScope(principal: Principal, instansiCode: string): Promise<Instansi> {
  refuseOtherInstansi(principal, instansiCode);
  return inScope(principal, await findInstansi(instansiCode));
}

/** 403 for an instansi operator naming another instansi: decided by the token alone, before any read. */
export function refuseOtherInstansi(principal: Principal, instansiCode: string): void {
  const onlyInstansi = !principal.roles.includes('admin-bkn') && !principal.roles.includes('kanreg');
  if (onlyInstansi && principal.instansi !== instansiCode) {
    const decision = mayActForInstansi(principal, { code: instansiCode, kind: 'PUSAT', kanreg: null });
    throw forbidden(decision.ok ? [] : decision.violations);
  }
}

/** The instansi as read (after refuseOtherInstansi), if registered and the caller may act for it. */
export function inScope(principal: Principal, instansi: Instansi | undefined): Instansi {
  if (!instansi) {
    throw new HttpError(404, 'INSTANSI_NOT_FOUND', 'Instansi belum terdaftar di BKN.');
  }
  const decision = mayActForInstansi(principal, instansi);
  if (!decision.ok) throw forbidden(decision.violations);
  return instansi;
}

function forbidden(violations: { code: string; message: string }[]): HttpError {
  return new HttpError(
    403,
    violations[0]?.code ?? 'FORBIDDEN_SCOPE',
    violations[0]?.message ?? 'Anda tidak berwenang atas data ini.',
    violations,
  );
}
