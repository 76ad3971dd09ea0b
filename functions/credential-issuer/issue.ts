import { createHash, randomBytes } from 'node:crypto';
import { openBadgeCredential } from '../../domain/certificate/open-badge';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import {
  allocateCredential,
  certificateWithCredential,
  findCredential,
  recordCredentialDocument,
  STATUS_ENTRY_REGISTER,
  type CredentialRecord,
} from '../../adapters/dynamodb/credential-repository';
import { takeNext } from '../../adapters/dynamodb/register';
import { storeJson } from '../../adapters/s3/credentials';
import { logger } from '../../runtime/logger';
import { oneAtATime } from '../../runtime/one-at-a-time';
import { countEvent } from '../../runtime/metrics';
import { STATUS_LIST_LENGTH } from '../../services/credentials/bitstring';
import {
  achievementUrl,
  CREDENTIAL_MEDIA_TYPE,
  credentialObjectKey,
  credentialUrl,
  statusListUrl,
} from '../../services/credentials/publication';
import { signCredential } from '../../services/credentials/sign';
import { issuerProfile, issuerSigner } from './issuer';
import { syncStatus } from './status-list';

/**
 * Takes the next status entry for the certificate version's credential, with a salt of its own for the
 * holder's hashed NIP: the counter and the credential item are written together, the item only if absent, so a
 * redelivered event finds the entry taken and takes no second one.
 */
async function allocate(certificate: CompetencyCertificateRecord, at: Date): Promise<CredentialRecord> {
  const salt = randomBytes(16).toString('hex');
  return takeNext(STATUS_ENTRY_REGISTER, async (last) => {
    const credential: CredentialRecord = {
      registrationNumber: certificate.registrationNumber,
      programId: certificate.programId,
      nip: certificate.nip,
      listId: Math.floor(last / STATUS_LIST_LENGTH) + 1,
      index: last % STATUS_LIST_LENGTH,
      salt,
      allocatedAt: at.toISOString(),
    };
    const outcome = await allocateCredential(last, credential);
    if (outcome === 'ALLOCATED') return credential;
    if (outcome === 'ALREADY_ALLOCATED') return (await findCredential(certificate.registrationNumber))!;
    return outcome;
  });
}

/**
 * One status entry at a time in this process, as the certificate and invitation workers take their numbers: a
 * batch's records would otherwise race one another for the one counter (a refreshment re-issues hundreds of
 * certificates at once) and run out of retries; QUEUES.credential.maxConcurrency bounds them across invocations.
 */
const allocateEntry = oneAtATime(allocate);

/**
 * Signs the credential and stores it. Everything in it, the proof's time included (the allocation's), comes
 * from the two records and Ed25519 signatures are deterministic, so a retry or a concurrent delivery writes the
 * same bytes to the same key; only one records them.
 */
async function signAndStore(
  certificate: CompetencyCertificateRecord & { document: { sha256: string } },
  credential: CredentialRecord,
): Promise<void> {
  const unsigned = openBadgeCredential(
    { ...certificate, pdfSha256: certificate.document.sha256 },
    {
      credentialId: credentialUrl(certificate.registrationNumber),
      issuer: issuerProfile(),
      achievementId: achievementUrl(certificate.scheme, certificate.schemeVersion),
      holderIdentity: {
        identityHash: `sha256$${createHash('sha256').update(`${certificate.nip}${credential.salt}`).digest('hex')}`,
        salt: credential.salt,
      },
      status: { listUrl: statusListUrl(credential.listId), index: credential.index },
    },
  );
  const signed = await signCredential(unsigned, issuerSigner(), new Date(credential.allocatedAt));
  const { key, sha256 } = await storeJson(
    credentialObjectKey(certificate.programId, certificate.nip, certificate.registrationNumber),
    signed,
    CREDENTIAL_MEDIA_TYPE,
  );
  const document = { key, sha256, issuedAt: credential.allocatedAt };
  // False: a concurrent delivery recorded the same bytes first.
  if (!(await recordCredentialDocument(certificate.registrationNumber, document))) return;
  countEvent('CredentialIssued');
  logger.info('open badge credential issued', {
    registrationNumber: certificate.registrationNumber,
    key,
    sha256,
    listId: credential.listId,
    index: credential.index,
  });
}

/**
 * The credential of a certificate version whose PDF is issued (CertificateIssued): its status entry, the signed
 * credential, and its bit as the certificate's status says (a new version of a revoked certificate is issued
 * revoked). Each step is skipped when an earlier delivery did it.
 */
export async function issueCredential(registrationNumber: string, at: Date): Promise<void> {
  const found = await certificateWithCredential(registrationNumber);
  const { certificate } = found;
  const document = certificate?.document;
  if (!certificate || !document) throw new Error(`Certificate ${registrationNumber} has no issued document`);
  const credential = found.credential ?? (await allocateEntry(certificate, at));
  // The status entry is published before the credential can be downloaded: whoever holds it can check it.
  await syncStatus(credential, at);
  if (!credential.document) await signAndStore({ ...certificate, document }, credential);
}

/**
 * A status change of a certificate version (revoked, reinstated, annulled, superseded): its credential's bit
 * follows, once its status entry is taken. Nothing before: issuing it reads the status then.
 */
export async function followStatus(registrationNumber: string, at: Date): Promise<void> {
  const credential = await findCredential(registrationNumber);
  if (!credential) {
    logger.info('no credential yet: its issue will read the status', { registrationNumber });
    return;
  }
  await syncStatus(credential, at);
}
