import { mayActAsInstansiOfficial } from '../../../domain/access/scope';
import { findInstansi } from '../../../adapters/dynamodb/instansi-repository';
import { instansiNotFound } from '../not-found';
import type { ScopeResolver } from '../scope';
import { param } from './holder-scope';

/**
 * `instansi-official`: the instansi of the path, registered with BKN, if the caller is one of its officials (or
 * a role the scope does not restrict); else the 404 of an unregistered one.
 */
export const instansiOfficialScope: ScopeResolver<'instansi-official'> = async (params, actor) => {
  const code = param(params, 'instansiCode');
  const [instansi, who] = await Promise.all([findInstansi(code), actor]);
  if (!instansi || (who.restricted && !mayActAsInstansiOfficial(who, code).ok)) throw instansiNotFound();
  return { instansi };
};
