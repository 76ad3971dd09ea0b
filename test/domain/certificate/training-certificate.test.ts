import { describe, expect, it } from 'vitest';
import {
  annualDevelopment,
  checkSipkaRecorded,
  curriculumOf,
  titleWithLevel,
  validateIssuedTrainingCertificate,
  validateTrainingCertificate,
  type IssuedTrainingCertificate,
  type TrainingCertificate,
} from '../../../domain/certificate/training-certificate';
import { TRAINING_MODULE_CODES } from '../../../domain/reference/training-modules';
import { codesOf, d, NIP_A, NIP_B, valueOf, named } from '../shared/helpers';

const cert = (o: Partial<TrainingCertificate> = {}): TrainingCertificate => ({
  participant: { name: 'Andi Wijaya', nip: NIP_A, position: 'Kepala Bagian Kepegawaian' },
  trainingType: 'TEKNIS',
  title: 'Pelatihan dan Sertifikasi Manajemen ASN Angkatan VII',
  jp: 21,
  completedOn: d('2019-05-07'),
  signer: { name: 'Kepala Pusbang ASN', position: 'Kepala Pusat', institution: 'BKN' },
  sipkaRecordId: 'SIPKA-2019-0001',
  ...o,
});

describe('training certificate (seed 004: Peraturan LAN 6/2022 Pasal 34, UU 20/2023 Pasal 47(2))', () => {
  it('a complete training certificate is valid', () => {
    expect(validateTrainingCertificate(cert()).ok).toBe(true);
  });

  it.each(
    named<Partial<TrainingCertificate>>([
      ['no name', { participant: { name: '', nip: NIP_A, position: 'Kabag' } }, ['SERTPEL-NAMA']],
      [
        'an invalid NIP',
        { participant: { name: 'Andi', nip: '19850101', position: 'Kabag' } },
        ['SERTPEL-NIP'],
      ],
      ['no position', { participant: { name: 'Andi', nip: NIP_A, position: '' } }, ['SERTPEL-JABATAN']],
      ['no training type', { trainingType: null }, ['SERTPEL-JENIS-JUDUL']],
      ['no title', { title: '' }, ['SERTPEL-JENIS-JUDUL']],
      ['0 JP', { jp: 0 }, ['SERTPEL-JP']],
      ['fractional JP', { jp: 2.5 }, ['SERTPEL-JP']],
      ['no signer', { signer: null }, ['SERTPEL-PENANDATANGAN']],
      [
        'a signer without name',
        { signer: { name: '', position: 'Kepala', institution: 'BKN' } },
        ['SERTPEL-PENANDATANGAN'],
      ],
      [
        'a signer with neither position nor institution',
        { signer: { name: 'A', position: '', institution: '' } },
        ['SERTPEL-PENANDATANGAN'],
      ],
      ['a signing institution only', { signer: { name: 'LAN RI', position: '', institution: 'LAN' } }, []],
    ]),
  )('%s: %s', (_title, _label, o, codes) => {
    expect(codesOf(validateTrainingCertificate(cert(o)))).toEqual(codes);
  });

  it.each([
    ['SIPKA-1', []],
    [null, ['SERTPEL-SIPKA']],
    [' ', ['SERTPEL-SIPKA']],
  ])('SERTPEL-SIPKA: record %j -> %j', (id, codes) => {
    expect(codesOf(checkSipkaRecorded(cert({ sipkaRecordId: id })))).toEqual(codes);
  });

  it.each([
    [[19], false, 1, '19 JP in the year is short of the right'],
    [[20], true, 0, 'exactly 20 JP fulfils the right'],
    [[12, 9], true, 0, 'JP of several trainings add up'],
  ])('PENGKOM-20JP: %j JP -> fulfilled = %s, shortfall %i (%s)', (jps, ok, shortfall) => {
    const certs = jps.map((jp) => cert({ jp, completedOn: d('2025-06-01') }));
    const decision = annualDevelopment(certs, NIP_A, 2025);
    expect(decision.ok).toBe(ok);
    if (ok) expect(valueOf(decision).shortfallJp).toBe(shortfall);
    else expect(codesOf(decision)).toEqual(['PENGKOM-20JP']);
  });

  it('PENGKOM-20JP: only valid certificates of that person in that year count', () => {
    const certs = [
      cert({ jp: 10, completedOn: d('2025-02-01') }),
      cert({ jp: 10, completedOn: d('2024-12-31') }),
      cert({
        jp: 10,
        completedOn: d('2025-03-01'),
        participant: { name: 'Siti', nip: NIP_B, position: 'Kasubag' },
      }),
      cert({ jp: 10, completedOn: d('2025-04-01'), signer: null }),
    ];
    const decision = annualDevelopment(certs, NIP_A, 2025);
    expect(decision.ok ? null : decision.violations[0]?.message).toContain('baru 10 JP; kurang 10 JP');
  });
});

/** The certificate the 2019 programme issues to an Administrator who attended cohort 19 (29-30 July). */
const issued = (o: Partial<IssuedTrainingCertificate> = {}): IssuedTrainingCertificate => ({
  ...cert({ completedOn: d('2019-07-30'), sipkaRecordId: null }),
  number: '0007/SPL-MASN/2019',
  scheme: 'ADMINISTRATOR',
  level: 'Administrator',
  startDate: d('2019-07-29'),
  endDate: d('2019-07-30'),
  venue: 'Pusbang ASN BKN',
  instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
  ...curriculumOf('ADMINISTRATOR'),
  ...o,
});

describe('training certificate as issued (issue 15 point 4; Panduan Pusbang ASN BKN 2019)', () => {
  it('the curriculum of a jenjang: its modules in the handbook order and the 3 + 12 + 6 JP split', () => {
    const adm = curriculumOf('ADMINISTRATOR');
    expect(adm.modules.map((m) => m.code)).toEqual(
      TRAINING_MODULE_CODES.filter((c) => c.startsWith('MOD-ADM')),
    );
    expect(adm.modules[0]).toEqual({
      code: 'MOD-ADM-01',
      title: 'Manajemen Perencanaan Pegawai Negeri Sipil',
    });
    expect(adm.hours.map((h) => [h.mode, h.jp])).toEqual([
      ['E_LEARNING', 3],
      ['KLASIKAL', 12],
      ['EVALUASI', 6],
    ]);
    expect(curriculumOf('PENGAWAS').modules).toHaveLength(9);
    expect(curriculumOf('JPT_PRATAMA').modules).toHaveLength(4);
    expect(curriculumOf('PELAKSANA').modules).toEqual([]);
  });

  it('SERTPEL-JENJANG: the printed title carries the jenjang', () => {
    expect(titleWithLevel('Pelatihan dan Sertifikasi Manajemen ASN', 'Pengawas')).toBe(
      'Pelatihan dan Sertifikasi Manajemen ASN Jenjang Pengawas',
    );
  });

  it.each(
    named<Partial<IssuedTrainingCertificate>>([
      ['a complete certificate', {}, []],
      [
        'completed on the first day of a one-day window',
        { endDate: d('2019-07-29'), completedOn: d('2019-07-29') },
        [],
      ],
      ['no number', { number: '' }, ['SERTPEL-NOMOR-FORMAT']],
      ['a competency registration number', { number: '0007/SKTM-ASN/L3/2019' }, ['SERTPEL-NOMOR-FORMAT']],
      ['no jenjang', { level: ' ' }, ['SERTPEL-JENJANG']],
      ['start after end', { startDate: d('2019-07-31') }, ['SERTPEL-TANGGAL']],
      ['completed the day before the start', { completedOn: d('2019-07-28') }, ['SERTPEL-TANGGAL']],
      ['completed the day after the end', { completedOn: d('2019-07-31') }, ['SERTPEL-TANGGAL']],
      ['no venue', { venue: '' }, ['SERTPEL-TEMPAT']],
      ['no instansi name', { instansi: { code: '3201', name: '' } }, ['SERTPEL-INSTANSI']],
      [
        'no instansi code',
        { instansi: { code: '', name: 'Pemerintah Kabupaten Bogor' } },
        ['SERTPEL-INSTANSI'],
      ],
      ['the modules of another jenjang', { modules: curriculumOf('PENGAWAS').modules }, ['SERTPEL-MODUL-JP']],
      [
        'a module left out',
        { modules: curriculumOf('ADMINISTRATOR').modules.slice(1) },
        ['SERTPEL-MODUL-JP'],
      ],
      ['a jenjang the handbook does not train', { scheme: 'PELAKSANA', modules: [] }, ['SERTPEL-MODUL-JP']],
      ['a JP split that does not add up to the JP', { jp: 20 }, ['SERTPEL-MODUL-JP']],
      [
        'everything missing at once, each reported',
        { number: 'x', level: '', venue: '', instansi: { code: '', name: '' }, startDate: d('2019-08-01') },
        ['SERTPEL-NOMOR-FORMAT', 'SERTPEL-JENJANG', 'SERTPEL-TANGGAL', 'SERTPEL-TEMPAT', 'SERTPEL-INSTANSI'],
      ],
      ['the content rules of Pasal 34(1) still hold', { signer: null }, ['SERTPEL-PENANDATANGAN']],
    ]),
  )('%s: %s', (_title, _label, o, codes) => {
    expect(codesOf(validateIssuedTrainingCertificate(issued(o)))).toEqual(codes);
  });
});
