import { describe, expect, it } from 'vitest';
import {
  checkMonitoring,
  checkRevocationBasis,
  type MonitoredCertificate,
  type MonitoringFinding,
  type MonitoringInput,
} from '../../../domain/certificate/monitoring';
import { codesOf, d, named, NIP_A, NIP_B, valueOf } from '../shared/helpers';

const TODAY = d('2028-02-10');
const certificate = (o: Partial<MonitoredCertificate> = {}): MonitoredCertificate => ({
  nip: NIP_A,
  status: 'AKTIF',
  issuedOn: d('2027-08-20'),
  scheme: 'ADMINISTRATOR',
  unitCodes: ['MASN-ADM-01', 'MASN-ADM-02'],
  ...o,
});
const input = (o: Partial<MonitoringInput> = {}): MonitoringInput => ({
  method: 'PEMANTAUAN_LANGSUNG',
  observedOn: d('2028-02-01'),
  ...o,
});

describe('monitoring of holders (Perban BKN 7/2020 Pasal 35(1))', () => {
  it.each([
    'PEMANTAUAN_LANGSUNG',
    'PENELAAHAN_DATA_SEKUNDER',
    'KAJIAN_INFORMASI',
    'WAWANCARA_PENGGUNA_HASIL_KERJA',
  ] as const)('PANTAU-METODE: %s of Pasal 35(1) needs no description', (method) => {
    expect(valueOf(checkMonitoring(certificate(), input({ method }), TODAY)).method).toBe(method);
  });

  it.each(
    named<[Partial<MonitoredCertificate>, Partial<MonitoringInput>]>([
      [
        'another method described',
        [{}, { method: 'METODE_LAIN', methodDescription: 'Survei 360 derajat' }],
        [],
      ],
      ['another method undescribed', [{}, { method: 'METODE_LAIN' }], ['PANTAU-METODE']],
      [
        'another method described by blanks',
        [{}, { method: 'METODE_LAIN', methodDescription: '  ' }],
        ['PANTAU-METODE'],
      ],
      ['a revoked certificate', [{ status: 'DICABUT' }, {}], ['PANTAU-SERTIFIKAT-BERLAKU']],
      ['a superseded version', [{ status: 'DIMUTAKHIRKAN' }, {}], ['PANTAU-SERTIFIKAT-BERLAKU']],
      ['observed on the day of issue', [{}, { observedOn: d('2027-08-20') }], []],
      ['observed the day before issue', [{}, { observedOn: d('2027-08-19') }], ['PANTAU-TANGGAL']],
      ['observed today', [{}, { observedOn: TODAY }], []],
      ['observed tomorrow', [{}, { observedOn: d('2028-02-11') }], ['PANTAU-TANGGAL']],
      [
        'every rule unmet at once',
        [
          { status: 'DICABUT', issuedOn: d('2028-03-01') },
          { method: 'METODE_LAIN', observedOn: d('2028-02-20') },
        ],
        ['PANTAU-METODE', 'PANTAU-SERTIFIKAT-BERLAKU', 'PANTAU-TANGGAL', 'PANTAU-TANGGAL'],
      ],
    ]),
  )('%s: %s', (_title, _label, [c, i], codes) => {
    expect(codesOf(checkMonitoring(certificate(c), input(i), TODAY))).toEqual(codes);
  });
});

describe('a revocation resting on a monitoring record (Pasal 36(3))', () => {
  const record = (o: Partial<MonitoringFinding> = {}): MonitoringFinding => ({
    id: 'mon_2028-02-01T03:00:00.000Z_0a1b2c3d',
    nip: NIP_A,
    instansiCode: '3201',
    violation: { kind: 'DISIPLIN' },
    ...o,
  });

  it.each([
    ['the same holder, a violation of a kind among the grounds', record(), ['DISIPLIN'], []],
    ['both kinds proven, the record found one', record(), ['PIDANA', 'DISIPLIN'], []],
    ['no record has the id', undefined, ['DISIPLIN'], ['PANTAU-RUJUK-CABUT']],
    ["another holder's record", record({ nip: NIP_B }), ['DISIPLIN'], ['PANTAU-RUJUK-CABUT']],
    ['a record without a violation', record({ violation: undefined }), ['DISIPLIN'], ['PANTAU-RUJUK-CABUT']],
    [
      'a violation of another kind',
      record({ violation: { kind: 'PIDANA' } }),
      ['DISIPLIN'],
      ['PANTAU-RUJUK-CABUT'],
    ],
  ] as const)('PANTAU-RUJUK-CABUT: %s', (_title, found, kinds, codes) => {
    expect(checkRevocationBasis(found, NIP_A, kinds).map((v) => v.code)).toEqual(codes);
  });
});
