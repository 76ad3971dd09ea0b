import '../../functions/helpers/env';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storageHttp } from '../../../adapters/s3/presign';
import { documentsChangedInStorage } from '../../../services/documents/uploads';
import { UPLOADS_BUCKET } from '../../functions/helpers/env';
import { aPinnedUpload, headAnswer, STORED_VERSION } from '../../functions/helpers/proposals';

afterEach(() => vi.restoreAllMocks());

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
