import { describe, expect, it } from 'vitest';
import type { InstansiScope } from '../../../domain/access/scope';
import type { Funding } from '../../../domain/program/funding';
import type { ProgramDraft } from '../../../domain/program/program';
import {
  checkRegionalApproval,
  checkRegionalOrigin,
  checkRegionalProposal,
  type RegionalProposal,
} from '../../../domain/program/regional';
import { codesOf, d, valueOf } from '../shared/helpers';

const NOW = new Date('2027-02-01T03:00:00.000Z');
const JABAR: InstansiScope = { code: '3200', kind: 'PROVINSI', kanreg: 'III' };
const BANDUNG: InstansiScope = { code: '3273', kind: 'KABUPATEN_KOTA', kanreg: 'III' };
const AGREEMENT = {
  reference: '800/12/BKD/2027',
  agreedOn: d('2027-01-20'),
  scheduleFrom: d('2027-05-01'),
  scheduleUntil: d('2027-06-30'),
};
const apbd = (source: Funding['source'], instansiCode: string): Funding => ({
  source,
  funder: { instansiCode, name: 'Pemerintah daerah' },
  agreement: AGREEMENT,
});
const DRAFT: ProgramDraft = {
  name: 'Sertifikasi Manajemen ASN Provinsi Jawa Barat 2027',
  year: 2027,
  schemes: ['ADMINISTRATOR'],
  proposalWindow: { opensAt: new Date('2027-03-01T01:00:00Z'), closesAt: new Date('2027-03-12T09:00:00Z') },
  quotaPerInstansi: { ADMINISTRATOR: 10 },
  cohortPlan: [
    {
      number: 1,
      scheme: 'ADMINISTRATOR',
      capacity: 30,
      startDate: d('2027-05-10'),
      endDate: d('2027-05-11'),
    },
  ],
};
const proposal = (overrides: Partial<RegionalProposal> = {}): RegionalProposal => ({
  kanreg: 'III',
  initiator: JABAR,
  funding: apbd('APBD_PROVINSI', '3200'),
  ...overrides,
});

describe('checkRegionalProposal (Perban BKN 7/2020 Pasal 11b, 8(2), 16(8))', () => {
  it.each<[string, RegionalProposal, string[]]>([
    ['a province of the region, on its own APBD', proposal(), []],
    [
      'a city of the region, on its own APBD kabupaten/kota',
      proposal({ initiator: BANDUNG, funding: apbd('APBD_KABUPATEN_KOTA', '3273') }),
      [],
    ],
    [
      'PROGRAM-DAERAH-INISIATOR: an instansi BKN has not registered',
      proposal({ initiator: undefined }),
      ['PROGRAM-DAERAH-INISIATOR'],
    ],
    [
      'PROGRAM-DAERAH-INISIATOR: a regional government of another Kanreg',
      proposal({ initiator: { ...JABAR, kanreg: 'V' } }),
      ['PROGRAM-DAERAH-INISIATOR'],
    ],
    [
      'PROGRAM-DAERAH-INISIATOR: a central instansi',
      proposal({ initiator: { code: '4011', kind: 'PUSAT', kanreg: null } }),
      ['PROGRAM-DAERAH-INISIATOR'],
    ],
    ['PROGRAM-DAERAH-DANA: on the APBN', proposal({ funding: { source: 'APBN' } }), ['PROGRAM-DAERAH-DANA']],
    [
      'PROGRAM-DAERAH-DANA: a province on APBD kabupaten/kota',
      proposal({ funding: apbd('APBD_KABUPATEN_KOTA', '3200') }),
      ['PROGRAM-DAERAH-DANA'],
    ],
    [
      'PROGRAM-DAERAH-DANA: paid by another regional government than the initiator',
      proposal({ funding: apbd('APBD_PROVINSI', '3500') }),
      ['PROGRAM-DAERAH-DANA'],
    ],
    [
      'DANA-KESEPAKATAN with the regional rules: the agreed schedule missing',
      proposal({ funding: { source: 'APBD_PROVINSI', funder: { instansiCode: '3200', name: 'Jabar' } } }),
      ['DANA-KESEPAKATAN'],
    ],
  ])('%s', (_, input, expected) => {
    expect(codesOf(checkRegionalProposal(input, DRAFT, NOW))).toStrictEqual(expected);
  });

  it("reports the programme's own rules with the regional ones, every one at once", () => {
    const late = new Date('2027-03-13T00:00:00Z');
    expect(
      codesOf(checkRegionalProposal(proposal({ funding: { source: 'APBN' } }), DRAFT, late)),
    ).toStrictEqual(['PROGRAM-WINDOW-PASSED', 'PROGRAM-DAERAH-DANA']);
  });

  it('answers the programme as planned, with its funding', () => {
    const planned = valueOf(checkRegionalProposal(proposal(), DRAFT, NOW));
    expect(planned.status).toBe('SCHEDULED');
    expect(planned.funding).toStrictEqual(apbd('APBD_PROVINSI', '3200'));
  });
});

describe('checkRegionalApproval (Pasal 7(2))', () => {
  it.each([
    ['coordinated the day of the approval', '2027-02-01', []],
    ['PROGRAM-DAERAH-KOORDINASI: a coordination dated tomorrow', '2027-02-02', ['PROGRAM-DAERAH-KOORDINASI']],
  ])('%s', (_, heldOn, expected) => {
    expect(codesOf(checkRegionalApproval(proposal(), DRAFT, d(heldOn), d('2027-02-01'), NOW))).toStrictEqual(
      expected,
    );
  });

  it('checks the regional rules again: an initiator moved to another Kanreg since', () => {
    expect(
      codesOf(
        checkRegionalApproval(
          proposal({ initiator: { ...JABAR, kanreg: 'V' } }),
          DRAFT,
          d('2027-02-01'),
          d('2027-02-01'),
          NOW,
        ),
      ),
    ).toStrictEqual(['PROGRAM-DAERAH-INISIATOR']);
  });
});

describe('checkRegionalOrigin (Pasal 11a-b, 31(1)b)', () => {
  it.each<[string, string | null, string[]]>([
    ['an instansi of the region', 'III', []],
    ['PROGRAM-DAERAH-WILAYAH: an instansi of another region', 'V', ['PROGRAM-DAERAH-WILAYAH']],
    ['PROGRAM-DAERAH-WILAYAH: a central instansi', null, ['PROGRAM-DAERAH-WILAYAH']],
  ])('%s', (_, kanreg, expected) => {
    expect(codesOf(checkRegionalOrigin('III', kanreg))).toStrictEqual(expected);
  });
});
