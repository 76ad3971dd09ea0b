import { statusBitOf, statusListCredential } from '../../domain/certificate/open-badge';
import { findCertificateByNumber } from '../../adapters/dynamodb/certificate-repository';
import {
  findStatusList,
  recordStatusListPublished,
  writeStatusList,
  type CredentialRecord,
  type StatusListRecord,
} from '../../adapters/dynamodb/credential-repository';
import { storeJson } from '../../adapters/s3/credentials';
import { BACKOFF, pause } from '../../runtime/backoff';
import { logger } from '../../runtime/logger';
import { oneAtATime } from '../../runtime/one-at-a-time';
import { bitAt, emptyBitstring, withBit } from '../../services/credentials/bitstring';
import {
  CREDENTIAL_MEDIA_TYPE,
  issuerUrl,
  PUBLIC_KEYS,
  statusListUrl,
} from '../../services/credentials/publication';
import { signCredential } from '../../services/credentials/sign';
import { issuerSigner, publishIssuer } from './issuer';

/**
 * Makes the credential's revocation bit say what its certificate's status says now (domain/certificate/
 * open-badge.ts `statusBitOf`), then publishes the list if its latest version is not yet published. The list
 * is read before the certificate and written only while it has the version read: a change of the certificate
 * after that read comes with an event whose handling reads the list again, so the last write always follows
 * the latest status, whatever order events arrive in.
 */
async function syncOne(credential: CredentialRecord, at: Date): Promise<void> {
  let current: StatusListRecord | undefined;
  for (let attempt = 1; ; attempt++) {
    const list = await findStatusList(credential.listId);
    const certificate = await findCertificateByNumber(credential.registrationNumber);
    if (!certificate) throw new Error(`Certificate ${credential.registrationNumber} is not recorded`);
    const bit = statusBitOf(certificate.status);
    const encoded = list?.encodedList ?? emptyBitstring();
    if (list && bitAt(encoded, credential.index) === bit.set) {
      current = list;
      break;
    }
    const next: StatusListRecord = {
      ...list,
      listId: credential.listId,
      encodedList: withBit(encoded, credential.index, bit.set),
      version: (list?.version ?? 0) + 1,
    };
    if (await writeStatusList(next, list?.version)) {
      logger.info('credential status written', {
        registrationNumber: credential.registrationNumber,
        listId: credential.listId,
        index: credential.index,
        revoked: bit.set,
        reason: bit.reason,
        version: next.version,
      });
      current = next;
      break;
    }
    if (attempt >= BACKOFF.maxAttempts) throw new Error(`Status list ${credential.listId} stayed busy`);
    await pause(attempt - 1);
  }
  await publishStatusList(current, at);
}

/**
 * syncOne, one credential at a time in this process: the records of a batch would otherwise race one another
 * for the one list's version (each loser reading it and the certificate again after a backoff), as they did for
 * the status entry counter; QUEUES.credential.maxConcurrency bounds the race across invocations.
 */
export const syncStatus = oneAtATime(syncOne);

/**
 * Signs the list's latest version and puts it in the bucket, until the version put is still the latest: a
 * slower publisher that put an older version after a newer one sees the newer version and puts it again.
 * `list`: the list as the caller has just read or written it (a version written after that is published by
 * its writer); recording the publication answers the list as it then stands, so no read follows it.
 */
export async function publishStatusList(list: StatusListRecord, at: Date): Promise<void> {
  if (list.publishedVersion === list.version) return;
  await publishIssuer();
  for (;;) {
    const url = statusListUrl(list.listId);
    const signed = await signCredential(
      statusListCredential(url, issuerUrl(), list.encodedList, at.toISOString()),
      issuerSigner(),
      at,
    );
    await storeJson(PUBLIC_KEYS.statusList(list.listId), signed, CREDENTIAL_MEDIA_TYPE);
    // Refused when a later version was recorded published: the one put just now may have overwritten it, so
    // the list is read and its latest put again.
    const latest =
      (await recordStatusListPublished(list.listId, list.version)) ?? (await findStatusList(list.listId));
    if (!latest || latest.version === list.version) return;
    list = latest;
  }
}
