import { registrationNumberOf } from '../../../events/api/certificate-id';
import { findCertificateByNumber } from '../../../adapters/dynamodb/certificate-repository';
import { certificateNotFound } from '../not-found';
import type { ScopeResolver } from '../scope';
import { holderInScope, param } from './holder-scope';

/** `certificate`: the certificate of the path, if its holder is in the caller's scope; else 404. */
export const certificateScope: ScopeResolver<'certificate'> = async (params, actor) => {
  const [certificate, who] = await Promise.all([
    findCertificateByNumber(registrationNumberOf(param(params, 'certificateId'))),
    actor,
  ]);
  return { certificate: await holderInScope(who, certificate, (c) => c, certificateNotFound) };
};
