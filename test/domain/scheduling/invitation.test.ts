import { describe, expect, it } from 'vitest';
import {
  buildInvitation,
  checkCohortInvitations,
  checkReceipt,
  formatInvitationNumber,
  invitationDeadline,
  INVITATION_RULES,
  parseInvitationNumber,
  type InvitationInput,
  type ReceiptInput,
} from '../../../domain/scheduling/invitation';
import { codesOf, d, NIP_A, valueOf, violationsOf } from '../shared/helpers';

const TEST_SITE = { name: 'Pusbang ASN BKN, Ruang Kelas 1', address: 'Jl. Raya Puncak Km. 72, Ciawi, Bogor' };
const cohort19 = { number: 19, startDate: d('2027-07-29'), endDate: d('2027-07-30'), testSite: TEST_SITE };

/** Cohort 19 starts Thursday 29 July 2027: the letter must reach the participant by Wednesday 21 July. */
const input = (o: Partial<InvitationInput> = {}): InvitationInput => ({
  participant: {
    nip: NIP_A,
    name: 'Dewi Lestari, S.Sos.',
    status: 'SET',
    position: { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM Kabupaten Bogor', rank: 'III/d' },
    seat: { cohort: 19 },
  },
  cohort: cohort19,
  programName: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
  instansiName: 'Pemerintah Kabupaten Bogor',
  signer: { position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara', name: 'Dr. Andi Wijaya, M.Si.' },
  sequence: 7,
  issuedOn: d('2027-07-15'),
  ...o,
});

describe('invitation of a seated participant (Perka BKN 11/2008 Anak Lampiran (1)-(11))', () => {
  it('builds every field of the template from participant, cohort, test site and signer', () => {
    expect(valueOf(buildInvitation(input()))).toStrictEqual({
      cohort: 19,
      place: 'Bogor',
      letterDate: '2027-07-15',
      number: '0007/UND/PUSBANG-ASN/VII/2027',
      nature: 'Penting',
      attachment:
        '2 (dua) berkas: Formulir Riwayat Pekerjaan dan Formulir Rencana Tindak Lanjut (Action Plan)',
      subject: 'Undangan Pelatihan dan Sertifikasi Manajemen ASN 2027 Angkatan 19',
      addressee: {
        name: 'Dewi Lestari, S.Sos.',
        nip: NIP_A,
        position: 'Kepala Bidang Pengembangan Pegawai',
        workUnit: 'BKPSDM Kabupaten Bogor',
        rank: 'III/d',
        instansi: 'Pemerintah Kabupaten Bogor',
      },
      day: 'Kamis',
      date: '2027-07-29',
      endDate: '2027-07-30',
      time: '08.00 WIB s.d. selesai',
      venue: 'Pusbang ASN BKN, Ruang Kelas 1, Jl. Raya Puncak Km. 72, Ciawi, Bogor',
      signer: { position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara', name: 'Dr. Andi Wijaya, M.Si.' },
    });
  });

  it("carries the signer's NIP when the programme's signer has one, for the signature block", () => {
    const signer = { position: 'Kepala Pusat', name: 'Dr. Andi Wijaya, M.Si.', nip: '197001011995031001' };
    expect(valueOf(buildInvitation(input({ signer }))).signer).toStrictEqual(signer);
  });

  it('leaves out the rank and the instansi the forms would print when they are not known', () => {
    const participant = { ...input().participant, position: { title: 'Kepala Bidang', unit: 'BKPSDM' } };
    const letter = valueOf(buildInvitation(input({ participant, instansiName: ' ' })));
    expect(letter.addressee).toStrictEqual({
      name: 'Dewi Lestari, S.Sos.',
      nip: NIP_A,
      position: 'Kepala Bidang',
      workUnit: 'BKPSDM',
    });
  });

  it('UNDANGAN-TEMPAT-TUK: (9) is the verified test site of the very cohort, whatever the site', () => {
    const site = { name: 'Kantor Regional III BKN, Aula', address: 'Jl. Surapati No. 1, Bandung' };
    const letter = valueOf(buildInvitation(input({ cohort: { ...cohort19, testSite: site } })));
    expect(letter.venue).toBe('Kantor Regional III BKN, Aula, Jl. Surapati No. 1, Bandung');
  });

  it('UNDANGAN-TEMPAT-TUK: a cohort without a verified test site gets no letter, the place reported once', () => {
    const refused = violationsOf(buildInvitation(input({ cohort: { ...cohort19, testSite: undefined } })));
    expect(refused.map((v) => `${v.code} ${v.field}`)).toEqual(['UNDANGAN-TEMPAT-TUK testSite']);
    expect(refused[0]!.article).toBe('Perka BKN 11/2008 Anak Lampiran (9); Perban BKN 7/2020 Pasal 27(4)');
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
    const cohort = { ...cohort19, startDate: d('2026-12-28'), endDate: d('2026-12-29') };
    expect(codesOf(buildInvitation(input({ cohort, issuedOn: d('2026-12-16') })))).toEqual([]);
    expect(codesOf(buildInvitation(input({ cohort, issuedOn: d('2026-12-17') })))).toEqual([
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
    ]);
  });

  it('KAL-DATA-LIBUR: without holiday data for the cohort year nothing is issued', () => {
    const cohort = { number: 1, startDate: d('2031-03-03'), endDate: d('2031-03-04'), testSite: TEST_SITE };
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
          input({
            issuedOn: d('2027-07-27'),
            signer: { position: 'Kepala Pusat', name: '' },
            sequence: -1,
            cohort: { ...cohort19, testSite: undefined },
          }),
        ),
      ).sort(),
    ).toEqual([
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
      'PK-SURAT-ISI',
      'UNDANGAN-NOMOR-FORMAT',
      'UNDANGAN-TEMPAT-TUK',
    ]);
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

describe("a cohort's invitations can be issued today (BKN's request, Lampiran III.2.a.4), Anak Lampiran (9))", () => {
  it.each([
    ['2027-07-21', TEST_SITE, []],
    ['2027-07-22', TEST_SITE, ['PK-PEMBERITAHUAN-6-HARI-KERJA']],
    ['2027-07-21', undefined, ['UNDANGAN-TEMPAT-TUK']],
    ['2027-07-22', undefined, ['PK-PEMBERITAHUAN-6-HARI-KERJA', 'UNDANGAN-TEMPAT-TUK']],
  ] as const)(
    'UNDANGAN-TEMPAT-TUK and PK-PEMBERITAHUAN-6-HARI-KERJA: issued %s to test site %j -> %j',
    (issuedOn, testSite, codes) => {
      expect(codesOf(checkCohortInvitations({ ...cohort19, testSite }, d(issuedOn)))).toEqual(codes);
    },
  );

  it('answers the last issue day and the place the letters will state', () => {
    expect(valueOf(checkCohortInvitations(cohort19, d('2027-07-15')))).toStrictEqual({
      latestIssueDate: '2027-07-21',
      venue: 'Pusbang ASN BKN, Ruang Kelas 1, Jl. Raya Puncak Km. 72, Ciawi, Bogor',
    });
  });
});

describe('receipt of the invitation (Perka BKN 11/2008 Lampiran III.2.a.4))', () => {
  /** Letter of 15 July 2027 for cohort 19 (29 July): it had to arrive by Wednesday 21 July. */
  const receipt = (o: Partial<ReceiptInput> = {}): ReceiptInput => ({
    letterDate: d('2027-07-15'),
    startDate: d('2027-07-29'),
    receivedOn: d('2027-07-16'),
    today: d('2027-07-23'),
    ...o,
  });

  it.each([
    ['2027-07-15', null, 'on the letter date'],
    ['2027-07-21', null, 'on the 6th working day before, the last in time'],
    ['2027-07-22', 'PK-PEMBERITAHUAN-6-HARI-KERJA', 'one working day late'],
    ['2027-07-23', 'PK-PEMBERITAHUAN-6-HARI-KERJA', 'today, two working days late'],
  ])('PK-PEMBERITAHUAN-6-HARI-KERJA: received %s is accepted, late = %s (%s)', (receivedOn, late, _why) => {
    const value = valueOf(checkReceipt(receipt({ receivedOn: d(receivedOn) })));
    expect(value.receivedOn).toBe(receivedOn);
    expect(value.deadline).toBe('2027-07-21');
    expect(value.late?.code ?? null).toBe(late);
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA: a late receipt is flagged with the rule and the day it was due', () => {
    expect(valueOf(checkReceipt(receipt({ receivedOn: d('2027-07-22') }))).late).toStrictEqual({
      code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
      article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
      message: 'Surat diterima 2027-07-22; paling lambat 2027-07-21 (6 hari kerja sebelum 2027-07-29).',
      field: 'receivedOn',
    });
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA: Nyepi, Idul Fitri and their cuti bersama are not counted (cohort of 30 March 2026)', () => {
    const nyepi = receipt({
      letterDate: d('2026-03-02'),
      startDate: d('2026-03-30'),
      today: d('2026-03-30'),
    });
    expect(valueOf(checkReceipt({ ...nyepi, receivedOn: d('2026-03-13') })).late).toBeNull();
    expect(valueOf(checkReceipt({ ...nyepi, receivedOn: d('2026-03-16') })).late?.code).toBe(
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
    );
  });

  it.each([
    ['2027-07-14', 'the day before the letter date'],
    ['2027-07-24', 'tomorrow'],
  ])('UNDANGAN-TANGGAL-TERIMA: received %s is refused (%s)', (receivedOn) => {
    const refused = violationsOf(checkReceipt(receipt({ receivedOn: d(receivedOn) })));
    expect(refused.map((v) => `${v.code} ${v.field}`)).toEqual(['UNDANGAN-TANGGAL-TERIMA receivedOn']);
  });

  it('KAL-DATA-LIBUR: without holiday data for the cohort year the receipt is not judged, nor recorded', () => {
    const input = receipt({
      letterDate: d('2031-02-03'),
      startDate: d('2031-03-03'),
      receivedOn: d('2031-02-04'),
      today: d('2031-02-05'),
    });
    expect(codesOf(checkReceipt(input))).toEqual(['KAL-DATA-LIBUR']);
  });

  it('lists every unmet rule at once', () => {
    const input = receipt({
      letterDate: d('2031-02-03'),
      startDate: d('2031-03-03'),
      receivedOn: d('2031-02-01'),
    });
    expect(codesOf(checkReceipt({ ...input, today: d('2031-01-31') }))).toEqual([
      'UNDANGAN-TANGGAL-TERIMA',
      'UNDANGAN-TANGGAL-TERIMA',
      'KAL-DATA-LIBUR',
    ]);
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
