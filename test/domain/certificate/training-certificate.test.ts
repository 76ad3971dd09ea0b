import { describe, expect, it } from 'vitest';
import {
  annualDevelopment,
  checkSipkaRecorded,
  validateTrainingCertificate,
  type TrainingCertificate,
} from '../../../domain/certificate/training-certificate';
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
