import { describe, expect, it } from 'vitest';
import {
  assessableOn,
  buildNotice,
  checkNoticeReceipt,
  noticeNumber,
  type IssuedNotice,
  type NoticeCandidate,
  type NoticeRequest,
} from '../../../../domain/assessment/structural/notice';
import { codesOf, d, NIP_B, valueOf, violationsOf } from '../../shared/helpers';

/*
 * 2026 (SKB 3 Menteri): Nyepi 19 March with cuti bersama 18 March, Idul Fitri 21-22 March with cuti bersama 20, 23
 * and 24 March. For an assessment on Wednesday 25 March the 6 working days run back to Tuesday 10 March; without
 * the holidays they would end on Tuesday 17 March.
 */

const candidate = (o: Partial<NoticeCandidate> = {}): NoticeCandidate => ({
  status: 'DITETAPKAN',
  handedOver: true,
  planDays: 1,
  reported: false,
  addressee: {
    name: 'Siti Aminah',
    nip: NIP_B,
    position: 'Kepala Subbagian Kepegawaian',
    workUnit: 'Biro SDM',
  },
  ...o,
});
const request = (o: Partial<NoticeRequest> = {}): NoticeRequest => ({
  place: 'Jakarta',
  nature: 'Penting',
  attachment: '-',
  date: d('2026-03-25'),
  time: '08.00 WIB s.d. selesai',
  venue: 'Gedung UPK, Jalan Letjen Suprapto 1, Jakarta',
  signer: { position: 'Kepala UPK Kementerian PANRB', name: 'Dr. Andi Wijaya, M.Si.' },
  ...o,
});
const numbered = (issuedOn: string, sequence = 7) => ({
  instansiCode: '4011',
  sequence,
  issuedOn: d(issuedOn),
});

describe('the notice of a candidate (Perka BKN 11/2008 Lampiran III.2.a.3)-4), Anak Lampiran)', () => {
  it('numbers the notice per instansi and year of issue: <seq>/PK/<instansi>/<month>/<year>', () => {
    expect(noticeNumber('4011', 7, d('2026-03-02'))).toBe('0007/PK/4011/III/2026');
    expect(noticeNumber('3201', 12345, d('2027-12-31'))).toBe('12345/PK/3201/XII/2027');
  });

  it('fills fields (1)-(11) from the candidate, the plan and the request, with the day of the date and the day to receive it by', () => {
    const letter = valueOf(buildNotice(candidate(), request(), numbered('2026-03-02')));
    expect(letter).toStrictEqual({
      place: 'Jakarta',
      letterDate: '2026-03-02',
      number: '0007/PK/4011/III/2026',
      nature: 'Penting',
      attachment: '-',
      addressee: candidate().addressee,
      day: 'Rabu',
      date: '2026-03-25',
      time: '08.00 WIB s.d. selesai',
      venue: 'Gedung UPK, Jalan Letjen Suprapto 1, Jakarta',
      signerPosition: 'Kepala UPK Kementerian PANRB',
      signerName: 'Dr. Andi Wijaya, M.Si.',
      sentVia: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
      subject: 'Pemberitahuan Pelaksanaan Penilaian Kompetensi',
      endDate: '2026-03-25',
      endDay: 'Rabu',
      receiveBy: '2026-03-10',
    });
  });

  it.each([
    [1, '2026-03-13', '2026-03-13', 'Jumat'],
    [2, '2026-03-13', '2026-03-16', 'Senin'],
    [2, '2026-03-17', '2026-03-25', 'Rabu'],
    [3, '2026-04-14', '2026-04-16', 'Kamis'],
  ])('a plan of %i day(s) from %s spans working days to %s (%s)', (planDays, date, endDate, endDay) => {
    const letter = valueOf(
      buildNotice(candidate({ planDays }), request({ date: d(date) }), numbered('2026-02-02')),
    );
    expect([letter.endDate, letter.endDay]).toEqual([endDate, endDay]);
  });

  it.each([
    ['2026-03-10', []],
    ['2026-03-11', ['PK-PEMBERITAHUAN-6-HARI-KERJA']],
    ['2026-03-17', ['PK-PEMBERITAHUAN-6-HARI-KERJA']],
  ])(
    'PK-PEMBERITAHUAN-6-HARI-KERJA: issued on %s for 25 March 2026 (holidays and cuti bersama counted) → %j',
    (issuedOn, codes) => {
      expect(codesOf(buildNotice(candidate(), request(), numbered(issuedOn)))).toEqual(codes);
    },
  );

  it.each([
    [{ status: 'DIUSULKAN' as const }, ['PK-HANYA-DITETAPKAN']],
    [{ status: 'TIDAK_DITETAPKAN' as const }, ['PK-HANYA-DITETAPKAN']],
    [{ handedOver: false, planDays: undefined }, ['PK-PELAKSANA-PENETAPAN']],
    [{ planDays: undefined }, ['PK-PEMBERITAHUAN-SETELAH-RENCANA']],
    [{ reported: true }, ['PK-JADWAL-SEBELUM-LAPORAN']],
  ])('a candidate %j is not notified: %j', (o, codes) => {
    expect(codesOf(buildNotice(candidate(o), request(), numbered('2026-03-02')))).toEqual(codes);
  });

  it('PK-SURAT-ISI, PK-PEMBERITAHUAN-6-HARI-KERJA: a date before the letter is refused with every reason', () => {
    expect(
      codesOf(buildNotice(candidate(), request({ date: d('2026-03-01') }), numbered('2026-03-02'))),
    ).toEqual(['PK-SURAT-ISI', 'PK-PEMBERITAHUAN-6-HARI-KERJA']);
  });

  it('KAL-DATA-LIBUR: a date in a year without holiday data is refused, once, not guessed', () => {
    const refused = violationsOf(
      buildNotice(candidate(), request({ date: d('2028-01-18') }), numbered('2026-03-02')),
    );
    expect(refused.map((v) => [v.code, v.field])).toEqual([['KAL-DATA-LIBUR', 'date']]);
    // The last day of an assessment center running into such a year is refused the same way.
    const intoNextYear = buildNotice(
      candidate({ planDays: 3 }),
      request({ date: d('2027-12-30') }),
      numbered('2027-11-01'),
    );
    expect(codesOf(intoNextYear)).toEqual(['KAL-DATA-LIBUR']);
  });
});

describe('the receipt of a notice', () => {
  const receipt = (receivedOn: string, today = '2026-03-20') =>
    checkNoticeReceipt({
      letterDate: d('2026-03-02'),
      date: d('2026-03-25'),
      receivedOn: d(receivedOn),
      today: d(today),
    });

  it.each([
    ['2026-03-02', false],
    ['2026-03-10', false],
    ['2026-03-11', true],
  ])(
    'PK-PEMBERITAHUAN-6-HARI-KERJA: received %s is recorded, late = %s, deadline 10 March',
    (receivedOn, late) => {
      const value = valueOf(receipt(receivedOn));
      expect([value.deadline, value.late?.code ?? null]).toEqual([
        '2026-03-10',
        late ? 'PK-PEMBERITAHUAN-6-HARI-KERJA' : null,
      ]);
    },
  );

  it.each([
    ['2026-03-01', '2026-03-20'],
    ['2026-03-12', '2026-03-11'],
  ])('PK-PEMBERITAHUAN-TANGGAL-TERIMA: received %s is impossible (today %s)', (receivedOn, today) => {
    expect(codesOf(receipt(receivedOn, today))).toEqual(['PK-PEMBERITAHUAN-TANGGAL-TERIMA']);
  });

  it('KAL-DATA-LIBUR: no receipt is judged in a year without holiday data', () => {
    const decision = checkNoticeReceipt({
      letterDate: d('2027-12-01'),
      date: d('2028-01-18'),
      receivedOn: d('2027-12-02'),
      today: d('2027-12-03'),
    });
    expect(codesOf(decision)).toEqual(['KAL-DATA-LIBUR']);
  });
});

describe('assessableOn: the gate of an assessment on a date', () => {
  const notice = (
    date: string,
    planDays: number,
    receivedOn?: string,
    issuedOn = '2026-03-02',
  ): IssuedNotice => {
    const letter = valueOf(
      buildNotice(candidate({ planDays }), request({ date: d(date) }), numbered(issuedOn)),
    );
    return { letter, receipt: receivedOn ? { receivedOn: d(receivedOn) } : undefined };
  };

  it.each([
    ['no notice', [], '2026-03-25', ['PK-DINILAI-SESUAI-PEMBERITAHUAN']],
    [
      'not yet received',
      [notice('2026-03-25', 1)],
      '2026-03-25',
      ['PK-DINILAI-SESUAI-PEMBERITAHUAN', 'PK-PEMBERITAHUAN-6-HARI-KERJA'],
    ],
    ['received on the last day', [notice('2026-03-25', 1, '2026-03-10')], '2026-03-25', []],
    [
      'received a day late',
      [notice('2026-03-25', 1, '2026-03-11')],
      '2026-03-25',
      ['PK-DINILAI-SESUAI-PEMBERITAHUAN', 'PK-PEMBERITAHUAN-6-HARI-KERJA'],
    ],
    [
      'another date',
      [notice('2026-03-25', 1, '2026-03-10')],
      '2026-03-26',
      ['PK-DINILAI-SESUAI-PEMBERITAHUAN'],
    ],
    ['the second day of a 2-day assessment', [notice('2026-03-25', 2, '2026-03-10')], '2026-03-26', []],
    [
      'after its last day',
      [notice('2026-03-25', 2, '2026-03-10')],
      '2026-03-27',
      ['PK-DINILAI-SESUAI-PEMBERITAHUAN'],
    ],
    [
      'the old date after a new letter',
      [notice('2026-03-25', 1, '2026-03-11'), notice('2026-04-14', 1, '2026-03-12', '2026-03-11')],
      '2026-03-25',
      ['PK-DINILAI-SESUAI-PEMBERITAHUAN'],
    ],
    [
      'the new date of a new letter received in time',
      [notice('2026-03-25', 1, '2026-03-11'), notice('2026-04-14', 1, '2026-03-12', '2026-03-11')],
      '2026-04-14',
      [],
    ],
  ])('PK-DINILAI-SESUAI-PEMBERITAHUAN: %s (index $#)', (_case, notices, date, codes) => {
    expect(codesOf(assessableOn(notices, d(date)))).toEqual(codes);
  });

  it('answers the notice that allows the date', () => {
    const current = notice('2026-03-25', 1, '2026-03-09');
    expect(valueOf(assessableOn([current], d('2026-03-25')))).toBe(current);
  });

  it('KAL-DATA-LIBUR: holiday data removed after the letter refuses rather than guesses', () => {
    const current = notice('2026-03-25', 1, '2026-03-09');
    expect(codesOf(assessableOn([current], d('2026-03-25'), {}))).toEqual([
      'PK-DINILAI-SESUAI-PEMBERITAHUAN',
      'KAL-DATA-LIBUR',
    ]);
  });
});
