import { mayActForHolder } from '../../../domain/access/scope';
import { instansiRead } from '../../../adapters/dynamodb/instansi-repository';
import { candidateRead } from '../../../adapters/dynamodb/proposal-repository';
import { candidateNotFound, instansiNotFound } from '../not-found';
import { readingByKey } from './batched';
import { actsAsOperator, holderInScope, param } from './holder-scope';

/**
 * `candidate`: the candidate of the path, read with its instansi (and the registry entry) in one BatchGetItem. An operator's scope is the
 * instansi of the path (outside it, the instansi "does not exist"); a participant's, their own NIP.
 */
export const candidateScope = readingByKey<'candidate'>(async (params, actor, read) => {
  const ref = { programId: param(params, 'programId'), instansiCode: param(params, 'instansiCode') };
  const nip = param(params, 'nip');
  const [instansi, candidate, who] = await Promise.all([
    read(instansiRead(ref.instansiCode)),
    read(candidateRead(ref, nip)),
    actor,
  ]);
  if (who.restricted && actsAsOperator(who)) {
    if (!instansi || !mayActForHolder(who, { nip, instansi }).ok) throw instansiNotFound();
    if (!candidate) throw candidateNotFound();
    return { candidate, instansi };
  }
  return { candidate: await holderInScope(who, candidate, (c) => c, candidateNotFound), instansi };
});
