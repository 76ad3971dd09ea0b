import { describe, expect, it } from 'vitest';
import {
  checkHandover,
  checkTpk,
  checkUpk,
  type Handover,
  type TpkMember,
  type UpkBasis,
} from '../../../../domain/assessment/structural/assessors';
import type { StructuralMethod } from '../../../../domain/assessment/structural/methods';
import { codesOf, d } from '../../shared/helpers';

const TODAY = d('2025-03-03');
const declared = { declared: true, declaredOn: d('2025-01-15') };

describe('UPK (Perka BKN 11/2008 Lampiran II.A.2-3, IV.2)', () => {
  it.each([
    ['its own UPK by decree', { kind: 'UPK_SENDIRI', date: d('2024-06-01') }, declared, []],
    ["BKN's facilitation", { kind: 'FASILITASI_BKN', date: d('2025-03-03') }, declared, []],
    [
      "another instansi's UPK",
      { kind: 'UPK_LAIN', date: d('2025-01-20'), hostInstansiCode: '4002' },
      declared,
      [],
    ],
    [
      'its own code named as another UPK',
      { kind: 'UPK_LAIN', date: d('2025-01-20'), hostInstansiCode: '4011' },
      declared,
      ['PK-UPK-DASAR'],
    ],
    ['a basis dated tomorrow', { kind: 'UPK_SENDIRI', date: d('2025-03-04') }, declared, ['PK-UPK-DASAR']],
    [
      'independence not declared, declared tomorrow',
      { kind: 'UPK_SENDIRI', date: d('2024-06-01') },
      { declared: false, declaredOn: d('2025-03-04') },
      ['PK-INDEPENDEN', 'PK-INDEPENDEN'],
    ],
  ] as const)('PK-UPK-DASAR / PK-INDEPENDEN: %s -> %j', (_label, basis, independence, codes) => {
    const upk = { basis: basis as UpkBasis, independence, assessorStatement: declared };
    expect(codesOf(checkUpk('4011', upk, TODAY))).toEqual(codes);
  });
});

const members = (size: number, psychologists: number): TpkMember[] =>
  Array.from({ length: size }, (_, i) => ({
    nip: `19690101199503100${i}`,
    isPsychologist: i < psychologists,
    independence: declared,
    training: {
      certificateNumber: `PA-${i}`,
      organiser: 'Pusat Penilaian Kompetensi ASN',
      date: d('2023-09-14'),
    },
    expertise: 'Wawancara kompetensi',
  }));
const METHODS: StructuralMethod[] = ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'];

describe('TPK formed by the PPK (Perka BKN 11/2008 Lampiran II.A.3-6, I.C.5)', () => {
  it.each([
    ['5 with 2 psychologists', members(5, 2), METHODS, d('2025-01-15'), []],
    ['7 with 3 psychologists', members(7, 3), METHODS, d('2025-03-03'), []],
    [
      '4 with 1 psychologist',
      members(4, 1),
      METHODS,
      d('2025-01-15'),
      ['TPK-MIN-5-ASESOR', 'TPK-MIN-2-PSIKOLOG'],
    ],
    ['6 members', members(6, 2), METHODS, d('2025-01-15'), ['TPK-GANJIL']],
    ['a decree dated tomorrow', members(5, 2), METHODS, d('2025-03-04'), ['TPK-DITETAPKAN-PPK']],
    ['with the assessment center', members(5, 2), ['ASSESSMENT_CENTER'], d('2025-01-15'), ['PK-AC-OLEH-UPK']],
    [
      'a member not declared independent',
      [...members(4, 2), { ...members(5, 2)[4]!, independence: { ...declared, declared: false } }],
      METHODS,
      d('2025-01-15'),
      ['PK-INDEPENDEN'],
    ],
    [
      'a member without assessor training',
      [...members(4, 2), { ...members(5, 2)[4]!, training: undefined }],
      METHODS,
      d('2025-01-15'),
      ['PK-ASESOR-KUALIFIKASI'],
    ],
  ] as const)(
    'TPK composition, decree, independence, methods: %s -> %j',
    (_label, m, methods, decreeDate, codes) => {
      expect(codesOf(checkTpk({ decreeDate, members: m, methods }, TODAY))).toEqual(codes);
    },
  );
});

describe('handover to the UPK or TPK (Perka BKN 11/2008 Lampiran III.1.d)', () => {
  const NIP = '198503102010011002';
  const handover = (o: Partial<Handover> = {}, candidate: Partial<Handover['candidate']> = {}): Handover => ({
    candidate: { nip: NIP, status: 'DITETAPKAN', assessedBy: 'TPK', ...candidate },
    unit: { kind: 'TPK', memberNips: ['196901011995031001'] },
    kind: 'TPK',
    ...o,
  });
  it.each([
    ['a determined candidate to a TPK as determined', handover(), []],
    ['not determined', handover({}, { status: 'DIUSULKAN', assessedBy: undefined }), ['PK-HANYA-DITETAPKAN']],
    ['declined by the PPK', handover({}, { status: 'TIDAK_DITETAPKAN' }), ['PK-HANYA-DITETAPKAN']],
    [
      'to a UPK when a TPK was determined',
      handover({ kind: 'UPK', unit: { kind: 'UPK', memberNips: [] } }),
      ['PK-PELAKSANA-PENETAPAN'],
    ],
    ['to a unit the instansi does not have', handover({ unit: undefined }), ['PK-PELAKSANA-PENETAPAN']],
    ['a second time', handover({}, { handedOver: true }), ['PK-PELAKSANA-PENETAPAN']],
    [
      'to a TPK the candidate sits on',
      handover({ unit: { kind: 'TPK', memberNips: [NIP] } }),
      ['PK-INDEPENDEN'],
    ],
  ] as const)(
    'PK-HANYA-DITETAPKAN / PK-PELAKSANA-PENETAPAN / PK-INDEPENDEN: %s -> %j',
    (_label, h, codes) => {
      expect(codesOf(checkHandover(h))).toEqual(codes);
    },
  );
});
