import '../../functions/helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSlots, slotRead } from '../../../adapters/dynamodb/upload-slot-repository';
import { readItems } from '../../../adapters/dynamodb/table';
import { storageHttp } from '../../../adapters/s3/presign';
import { documentsChangedInStorage } from '../../../services/documents/uploads';
import { TABLE_NAME, UPLOADS_BUCKET } from '../../functions/helpers/env';
import { aPinnedUpload, headAnswer, STORED_VERSION } from '../../functions/helpers/proposals';

const ddb = mockClient(DynamoDBDocumentClient);
const PLACE = { pk: 'PROPOSAL#prg_1#3201', name: '198503102010011002#PAS_FOTO' };
const SLOT = {
  key: 'proposals/prg_1/3201/198503102010011002/PAS_FOTO/0f8fad5b-d9cb-469f-a165-70867728950e',
  declared: { contentType: 'application/pdf', size: 1000, sha256: 'a'.repeat(64) },
  issuedAt: '2026-04-07T03:00:00.000Z',
  expiresAt: 1_775_617_200,
};

beforeEach(() => ddb.reset());
afterEach(() => vi.restoreAllMocks());

describe('upload slots (docs/data-model.md, UploadSlot)', () => {
  it('UP1: records each slot issued with one PutItem of UPLOAD#<place>, replacing the earlier slot of the place', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await saveSlots([{ place: PLACE, slot: SLOT }]);

    // Assess
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: { pk: PLACE.pk, sk: `UPLOAD#${PLACE.name}`, entity: 'UploadSlot', ...SLOT },
      },
    ]);
  });

  it('UP2: reads the latest slot of a place by its key in a strongly consistent BatchGetItem', async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({
      Responses: {
        [TABLE_NAME]: [{ pk: PLACE.pk, sk: `UPLOAD#${PLACE.name}`, entity: 'UploadSlot', ...SLOT }],
      },
    });

    // Act
    const [slot] = await readItems(slotRead(PLACE));

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: { Keys: [{ pk: PLACE.pk, sk: `UPLOAD#${PLACE.name}` }], ConsistentRead: true },
        },
      },
    ]);
    expect(slot).toStrictEqual(SLOT);
  });
});

describe('documentsChangedInStorage (UNGGAH-TERKUNCI, for the demo invariant)', () => {
  const unchanged = {
    name: '3201/SURAT_USULAN',
    document: aPinnedUpload('proposals/prg_1/3201/SURAT_USULAN'),
  };
  const overwritten = {
    name: '3201/198503102010011002/PAS_FOTO',
    document: aPinnedUpload('proposals/prg_1/3201/198503102010011002/PAS_FOTO'),
  };

  it('HEADs each document’s key in the uploads bucket and names those whose current version is not the pinned one', async () => {
    // Prepare
    const head = vi.spyOn(storageHttp, 'head').mockImplementation(async (url) => {
      const answer = headAnswer({ contentType: 'application/pdf', size: 183_204 });
      return new URL(url).pathname.includes('PAS_FOTO')
        ? { ...answer, headers: { ...answer.headers, 'x-amz-version-id': 'overwritten' } }
        : answer;
    });

    // Act
    const changed = await documentsChangedInStorage([unchanged, overwritten]);

    // Assess
    expect(head.mock.calls.map(([url]) => new URL(url).pathname)).toEqual([
      `/${unchanged.document.key}`,
      `/${overwritten.document.key}`,
    ]);
    expect(new URL(head.mock.calls[0]![0]).hostname).toBe(
      `${UPLOADS_BUCKET}.s3.ap-southeast-3.amazonaws.com`,
    );
    expect(changed).toEqual([
      expect.objectContaining({
        code: 'UNGGAH-TERKUNCI',
        field: overwritten.name,
        message: expect.stringContaining(`versinya kini overwritten, bukan ${STORED_VERSION}`),
      }),
    ]);
  });

  it('names a document whose key holds nothing any more', async () => {
    // Prepare
    vi.spyOn(storageHttp, 'head').mockResolvedValue(headAnswer(404));

    // Act
    const changed = await documentsChangedInStorage([unchanged]);

    // Assess
    expect(changed.map((c) => c.field)).toEqual([unchanged.name]);
  });
});
