import { developmentRecordOf } from '../../../adapters/dynamodb/certificate-repository';
import { developmentRecordNotFound } from '../not-found';
import type { ScopeResolver } from '../scope';
import { holderInScope, param } from './holder-scope';

/**
 * `holder`: the development record of the NIP of the path, if the holder is in the caller's scope (their
 * instansi is the one that proposed their latest training); else the 404 of a NIP without a record.
 */
export const holderScope: ScopeResolver<'holder'> = async (params, actor) => {
  const nip = param(params, 'nip');
  const [entries, who] = await Promise.all([developmentRecordOf(nip), actor]);
  const latest = entries.length
    ? entries.reduce((a, b) => (a.completedOn >= b.completedOn ? a : b))
    : undefined;
  await holderInScope(who, latest, (e) => ({ nip, instansiCode: e.instansiCode }), developmentRecordNotFound);
  return { development: entries };
};
