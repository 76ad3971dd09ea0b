import { BatchGetCommand, type BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import { heldCertificateKey, schemeHoldersPartition } from '../../../adapters/dynamodb/keys';
import { aCertificate } from '../certificate-worker/fixtures';
import { TABLE_NAME } from '../helpers/env';
import { PROGRAM_ID } from '../helpers/programs';
import type { DynamoMock } from '../helpers/proposals';

/*
 * Many holders of the ADMINISTRATOR scheme, numbered: holder `i` has NIP `holderNip(i)` and certificate
 * `numberOf(i)` (i below 10,000), held on the version their holding is listed under.
 */
export const holderNip = (i: number) => `198503102010${String(i).padStart(6, '0')}`;
export const numberOf = (i: number) => `${String(i).padStart(4, '0')}/SKTM-ASN/L3/2027`;

/** Holder `i`'s holding (C15) as SC3 lists it under `version`: also the key a page ends at. */
export const holding = (version: string, i: number) => ({
  ...heldCertificateKey(PROGRAM_ID, holderNip(i)),
  gsi2pk: schemeHoldersPartition('ADMINISTRATOR', version),
  gsi2sk: `${PROGRAM_ID}#${holderNip(i)}`,
});

/** Holders `indices` as an SC3 page of `version` lists them. */
export const holdingItems = (version: string, indices: readonly number[]) =>
  indices.map((i) => ({
    ...holding(version, i),
    registrationNumber: numberOf(i),
    programId: PROGRAM_ID,
    nip: holderNip(i),
  }));

/** C19 for any of these holders: their holding names their certificate, in force on `schemeVersion`. */
export function serveCertificatesInForce(ddb: DynamoMock, schemeVersion = '2019') {
  ddb.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => ({
    Responses: {
      [TABLE_NAME]: input.RequestItems![TABLE_NAME]!.Keys!.map((key) => {
        if (key.sk === 'CERTIFICATE#CURRENT') {
          return { ...key, registrationNumber: numberOf(Number(String(key.pk).slice(-6))) };
        }
        const registrationNumber = String(key.pk).replace('CERTIFICATE#', '');
        const nip = holderNip(Number(registrationNumber.slice(0, 4)));
        return { ...key, ...aCertificate({ registrationNumber, nip, schemeVersion }) };
      }),
    },
  }));
}
