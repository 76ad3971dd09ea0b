import '../../functions/helpers/env';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { candidateDocumentSlotPlace, cvSlotPlace, letterSlotPlace } from '../../../adapters/dynamodb/keys';
import { readItems } from '../../../adapters/dynamodb/table';
import { saveSlots, saveSlotsAtOnce, slotRead } from '../../../adapters/dynamodb/upload-slot-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { INSTANSI, NIP } from '../../functions/helpers/proposals';

/*
 * The access patterns UP1-UP2 of docs/data-model.md ("Upload slots"): the exact command of each, stated here
 * once, and where each place's slot lives.
 */
const ddb = mockClient(DynamoDBDocumentClient);

const REF = { programId: PROGRAM_ID, instansiCode: INSTANSI };
const PROPOSAL_PARTITION = `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`;
const slot = (name: string) => ({
  key: `uploads/${name}/0f8fad5b-d9cb-469f-a165-70867728950e`,
  declared: { contentType: 'application/pdf', size: 1000, sha256: 'a'.repeat(64) },
  issuedAt: '2026-04-07T03:00:00.000Z',
  expiresAt: 1_775_617_200,
});

beforeEach(() => ddb.reset());

describe('upload slot repository (docs/data-model.md, Upload slots)', () => {
  it('UP1: records each slot issued with one PutItem of UPLOAD#<place> in the partition of what it belongs to, a form’s several at once in one BatchWriteItem, each replacing the earlier slot of its place', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    ddb.on(BatchWriteCommand).resolves({});

    // Act
    await saveSlots([{ place: cvSlotPlace(PROGRAM_ID, NIP), slot: slot('CV') }]);
    await saveSlotsAtOnce([{ place: cvSlotPlace(PROGRAM_ID, NIP), slot: slot('CV') }]);
    await saveSlotsAtOnce([
      { place: candidateDocumentSlotPlace(REF, NIP, 'PAS_FOTO'), slot: slot('PAS_FOTO') },
      { place: letterSlotPlace(REF), slot: slot('SURAT_USULAN') },
    ]);

    // Assess
    const cv = {
      TableName: TABLE_NAME,
      Item: { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: 'UPLOAD#CV', entity: 'UploadSlot', ...slot('CV') },
    };
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      cv,
      cv,
      {
        RequestItems: {
          [TABLE_NAME]: [
            {
              PutRequest: {
                Item: {
                  pk: PROPOSAL_PARTITION,
                  sk: `UPLOAD#${NIP}#PAS_FOTO`,
                  entity: 'UploadSlot',
                  ...slot('PAS_FOTO'),
                },
              },
            },
            {
              PutRequest: {
                Item: {
                  pk: PROPOSAL_PARTITION,
                  sk: 'UPLOAD#SURAT_USULAN',
                  entity: 'UploadSlot',
                  ...slot('SURAT_USULAN'),
                },
              },
            },
          ],
        },
      },
    ]);
  });

  it('UP2: reads the latest slot of each place named by its key in a strongly consistent BatchGetItem, as the slot it declared', async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({
      Responses: {
        [TABLE_NAME]: [
          {
            pk: PROPOSAL_PARTITION,
            sk: 'UPLOAD#SURAT_USULAN',
            entity: 'UploadSlot',
            ...slot('SURAT_USULAN'),
          },
        ],
      },
    });

    // Act
    const latest = await readItems(
      slotRead(candidateDocumentSlotPlace(REF, NIP, 'PAS_FOTO')),
      slotRead(letterSlotPlace(REF)),
    );

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: PROPOSAL_PARTITION, sk: `UPLOAD#${NIP}#PAS_FOTO` },
              { pk: PROPOSAL_PARTITION, sk: 'UPLOAD#SURAT_USULAN' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(latest).toStrictEqual([undefined, slot('SURAT_USULAN')]);
  });
});
