import { describe, expect, it } from 'vitest';
import {
  buildInvitation,
  formatInvitationNumber,
  invitationDeadline,
  INVITATION_RULES,
  parseInvitationNumber,
  type InvitationInput,
} from '../../../domain/scheduling/invitation';
import { codesOf, d, NIP_A, valueOf, violationsOf } from '../shared/helpers';

/** Cohort 19 starts Thursday 29 July 2027: the letter must reach the participant by Wednesday 21 July. */
const input = (o: Partial<InvitationInput> = {}): InvitationInput => ({
  participant: {
    nip: NIP_A,
    name: 'Dewi Lestari, S.Sos.',
    status: 'SET',
    position: { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM Kabupaten Bogor' },
    seat: { cohort: 19 },
  },
  cohort: { number: 19, startDate: d('2027-07-29'), endDate: d('2027-07-30') },
  programName: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
  signer: { position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara', name: 'Dr. Andi Wijaya, M.Si.' },
  sequence: 7,
  issuedOn: d('2027-07-15'),
  ...o,
});

describe('invitation of a seated participant (Perka BKN 11/2008 Anak Lampiran (1)-(11))', () => {
  it('builds every field of the template from participant, cohort and signer', () => {
    expect(valueOf(buildInvitation(input()))).toStrictEqual({
      cohort: 19,
      place: 'Bogor',
      letterDate: '2027-07-15',
      number: '0007/UND/PUSBANG-ASN/VII/2027',
      nature: 'Penting',
      attachment: '-',
      subject: 'Undangan Pelatihan dan Sertifikasi Manajemen ASN 2027 Angkatan 19',
      addressee: {
        name: 'Dewi Lestari, S.Sos.',
        nip: NIP_A,
        position: 'Kepala Bidang Pengembangan Pegawai',
        workUnit: 'BKPSDM Kabupaten Bogor',
      },
      day: 'Kamis',
      date: '2027-07-29',
      endDate: '2027-07-30',
      time: '08.00 WIB s.d. selesai',
      venue: 'Pusbang ASN BKN',
      signer: { position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara', name: 'Dr. Andi Wijaya, M.Si.' },
    });
  });

  it.each([
    ['2027-07-21', true, 'on the last day, exactly 6 working days before'],
    ['2027-07-01', true, 'weeks ahead'],
    ['2027-07-22', false, '5 working days before'],
    ['2027-07-28', false, 'the day before the cohort'],
  ])('PK-PEMBERITAHUAN-6-HARI-KERJA: issued %s accepted = %s (%s)', (issuedOn, ok) => {
    expect(codesOf(buildInvitation(input({ issuedOn: d(issuedOn) })))).toEqual(
      ok ? [] : ['PK-PEMBERITAHUAN-6-HARI-KERJA'],
    );
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA: Christmas and its cuti bersama are not working days', () => {
    // Monday 28 December 2026: back over the weekend, 25 and 24 December, the weekend, to Wednesday 16th.
    const cohort = { number: 19, startDate: d('2026-12-28'), endDate: d('2026-12-29') };
    expect(codesOf(buildInvitation(input({ cohort, issuedOn: d('2026-12-16') })))).toEqual([]);
    expect(codesOf(buildInvitation(input({ cohort, issuedOn: d('2026-12-17') })))).toEqual([
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
    ]);
  });

  it('KAL-DATA-LIBUR: without holiday data for the cohort year nothing is issued', () => {
    const cohort = { number: 1, startDate: d('2031-03-03'), endDate: d('2031-03-04') };
    expect(
      codesOf(
        buildInvitation(input({ cohort, participant: { ...input().participant, seat: { cohort: 1 } } })),
      ),
    ).toEqual(['KAL-DATA-LIBUR']);
  });

  it('PK-SURAT-ISI: a programme without a signer gets no letter, naming both missing fields', () => {
    const refused = violationsOf(buildInvitation(input({ signer: { position: '', name: '' } })));
    expect(refused.map((v) => `${v.code} ${v.field}`)).toEqual([
      'PK-SURAT-ISI signerPosition',
      'PK-SURAT-ISI signerName',
    ]);
  });

  it('PK-SURAT-ISI: an invalid NIP is refused with the NIP rule cited', () => {
    const participant = { ...input().participant, nip: '123456789012345678' };
    const refused = violationsOf(buildInvitation(input({ participant })));
    expect(new Set(refused.map((v) => v.code))).toEqual(new Set(['PK-SURAT-ISI']));
    expect(refused[0]!.article).toContain('Perka BKN 11/2008 Anak Lampiran (1)-(11); ');
  });

  it.each([
    ['not SET', { status: 'NOT_SET' }],
    ['seated in another cohort', { seat: { cohort: 20 } }],
    ['not seated', { seat: undefined }],
  ])('UNDANGAN-PESERTA-ANGKATAN: a participant %s is refused', (_case, change) => {
    const participant = { ...input().participant, ...change };
    expect(codesOf(buildInvitation(input({ participant })))).toEqual(['UNDANGAN-PESERTA-ANGKATAN']);
  });

  it('UNDANGAN-NOMOR-FORMAT: a sequence below 1 is refused, once', () => {
    expect(codesOf(buildInvitation(input({ sequence: 0 })))).toEqual(['UNDANGAN-NOMOR-FORMAT']);
  });

  it('lists every unmet rule at once', () => {
    expect(
      codesOf(
        buildInvitation(
          input({ issuedOn: d('2027-07-27'), signer: { position: 'Kepala Pusat', name: '' }, sequence: -1 }),
        ),
      ).sort(),
    ).toEqual(['PK-PEMBERITAHUAN-6-HARI-KERJA', 'PK-SURAT-ISI', 'UNDANGAN-NOMOR-FORMAT']);
  });
});

describe('invitation deadline (Perka BKN 11/2008 Lampiran III.2.a.4))', () => {
  it('PK-PEMBERITAHUAN-6-HARI-KERJA: answers the last issue day while it has not passed', () => {
    expect(valueOf(invitationDeadline(d('2027-07-29'), d('2027-07-21')))).toBe('2027-07-21');
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA: refuses the day after, saying until when it was possible', () => {
    const [refusal] = violationsOf(invitationDeadline(d('2027-07-29'), d('2027-07-22')));
    expect(refusal).toStrictEqual({
      code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
      article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
      message:
        'Undangan untuk angkatan yang dimulai 2027-07-29 paling lambat diterbitkan 2027-07-21 (6 hari kerja sebelumnya); hari ini 2027-07-22.',
      field: 'startDate',
    });
  });

  it('KAL-DATA-LIBUR: does not guess a deadline in a year without holiday data', () => {
    expect(codesOf(invitationDeadline(d('2031-03-03'), d('2031-02-01')))).toEqual(['KAL-DATA-LIBUR']);
  });
});

describe('invitation number <urut>/UND/PUSBANG-ASN/<bulan romawi>/<tahun>', () => {
  it.each([
    [1, '2026-01-05', '0001/UND/PUSBANG-ASN/I/2026'],
    [42, '2026-04-30', '0042/UND/PUSBANG-ASN/IV/2026'],
    [12345, '2027-12-01', '12345/UND/PUSBANG-ASN/XII/2027'],
  ])('UNDANGAN-NOMOR-FORMAT: sequence %i issued %s is %s, and parses back', (sequence, issuedOn, text) => {
    expect(valueOf(formatInvitationNumber({ sequence, issuedOn: d(issuedOn) }))).toBe(text);
    expect(valueOf(parseInvitationNumber(text))).toStrictEqual({
      sequence,
      month: Number(issuedOn.slice(5, 7)),
      year: Number(issuedOn.slice(0, 4)),
    });
  });

  it.each([
    '7/UND/PUSBANG-ASN/VII/2027',
    '0007/UND/PUSBANG-ASN/XIII/2027',
    '0000/UND/PUSBANG-ASN/VII/2027',
    '0007/UND/Pusbang ASN/VII/2027',
    '00007/UND/PUSBANG-ASN/VII/2027',
  ])('UNDANGAN-NOMOR-FORMAT: %s is not a canonical number', (text) => {
    expect(codesOf(parseInvitationNumber(text))).toEqual(['UNDANGAN-NOMOR-FORMAT']);
  });

  it('declares its rules with an article and a summary', () => {
    for (const rule of Object.values(INVITATION_RULES)) {
      expect(rule.article).toMatch(/^Per(ka|ban) BKN/);
      expect(rule.summary.length).toBeGreaterThan(20);
    }
  });
});
