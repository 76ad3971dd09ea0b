import { describe, expect, it } from 'vitest';
import {
  checkUploadConfirmation,
  documentsChangedSincePinned,
  UPLOAD_RULES,
  type CurrentObject,
  type PinnedDocument,
  type UploadConfirmation,
} from '../../../domain/proposal/upload';
import { codesOf, named, violationsOf } from '../shared/helpers';

const SLOT_KEY = 'proposals/prg_1/3201/198503102010011002/PAS_FOTO/0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER_KEY = 'proposals/prg_1/3201/198503102010011002/PAS_FOTO/7c9e6679-7425-40de-944b-e07fc1f90ae7';
const SHA = 'a'.repeat(64);
const OTHER_SHA = `${'a'.repeat(63)}b`;
const FILE = { contentType: 'application/pdf', size: 183_204, sha256: SHA };

const confirmation = (
  overrides: Partial<Omit<UploadConfirmation, 'declared' | 'stored'>> & {
    declared?: Partial<UploadConfirmation['declared']>;
    stored?: Partial<UploadConfirmation['stored']>;
  } = {},
): UploadConfirmation => ({
  slotKey: SLOT_KEY,
  ...(overrides.recordedKey === undefined ? {} : { recordedKey: overrides.recordedKey }),
  declared: { ...FILE, ...overrides.declared },
  stored: { ...FILE, ...overrides.stored },
});

describe('checkUploadConfirmation (Perban BKN 7/2020 Pasal 31(1)c, 32)', () => {
  it.each(
    named<Parameters<typeof confirmation>[0]>([
      ['the first document of its place, as declared', {}, []],
      ['replacing a document recorded from an earlier slot', { recordedKey: OTHER_KEY }, []],
      [
        'no SHA-256 declared: the stored one is taken as it is',
        { declared: { sha256: undefined }, stored: { sha256: OTHER_SHA } },
        [],
      ],
      ['the slot’s file is already the one recorded', { recordedKey: SLOT_KEY }, ['UNGGAH-SEKALI']],
      [
        'stored bytes differ by one hex digit from the declared',
        { stored: { sha256: OTHER_SHA } },
        ['UNGGAH-SESUAI'],
      ],
      ['stored one byte longer than declared', { stored: { size: FILE.size + 1 } }, ['UNGGAH-SESUAI']],
      ['stored as another accepted type', { stored: { contentType: 'image/png' } }, ['UNGGAH-SESUAI']],
      [
        'all at once',
        { recordedKey: SLOT_KEY, stored: { contentType: 'image/png', size: 1, sha256: OTHER_SHA } },
        ['UNGGAH-SEKALI', 'UNGGAH-SESUAI', 'UNGGAH-SESUAI', 'UNGGAH-SESUAI'],
      ],
    ]),
  )('%s: %s', (_title, _label, overrides, codes) => {
    expect(codesOf(checkUploadConfirmation(confirmation(overrides)))).toEqual(codes);
  });

  it('UNGGAH-SESUAI: names both values on the field that differs, citing Pasal 32', () => {
    const [only] = violationsOf(checkUploadConfirmation(confirmation({ stored: { sha256: OTHER_SHA } })));
    expect(only).toEqual({
      code: 'UNGGAH-SESUAI',
      article: UPLOAD_RULES['UNGGAH-SESUAI'].article,
      message: expect.stringMatching(new RegExp(`${OTHER_SHA}.*${SHA}`)),
      field: 'sha256',
    });
  });
});

describe('documentsChangedSincePinned (UNGGAH-TERKUNCI)', () => {
  const pinned: PinnedDocument = {
    name: '3201/198503102010011002/PAS_FOTO',
    versionId: 'v1',
    size: 10,
    sha256: SHA,
  };
  const same: CurrentObject = { versionId: 'v1', size: 10, sha256: SHA };

  it.each<[string, CurrentObject | undefined, RegExp | undefined]>([
    ['unchanged', same, undefined],
    ['unchanged, storage knows no checksum', { versionId: 'v1', size: 10 }, undefined],
    ['overwritten: a newer version', { ...same, versionId: 'v2' }, /versinya kini v2, bukan v1/],
    ['deleted', undefined, /tidak ada lagi/],
    ['same version id answered with another size', { ...same, size: 11 }, /ukurannya kini 11/],
    ['same version id answered with other bytes', { ...same, sha256: OTHER_SHA }, /SHA-256-nya kini/],
  ])('UNGGAH-TERKUNCI: %s', (_label, current, change) => {
    const found = documentsChangedSincePinned([{ pinned, current }]);
    expect(found).toEqual(
      change === undefined
        ? []
        : [
            {
              code: 'UNGGAH-TERKUNCI',
              article: UPLOAD_RULES['UNGGAH-TERKUNCI'].article,
              message: expect.stringMatching(change),
              field: pinned.name,
            },
          ],
    );
  });

  it('UNGGAH-TERKUNCI: lists every changed document, in the order given, and only those', () => {
    const other = { ...pinned, name: '3201/SURAT_USULAN' };
    const found = documentsChangedSincePinned([
      { pinned, current: { ...same, versionId: 'v3' } },
      { pinned: { ...pinned, name: 'unchanged' }, current: same },
      { pinned: other, current: undefined },
    ]);
    expect(found.map((f) => f.field)).toEqual([pinned.name, other.name]);
  });
});
