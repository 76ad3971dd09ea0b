import { describe, expect, it } from 'vitest';
import {
  checkNotification,
  latestNotificationDate,
  receiptTimeliness,
  type NotificationLetter,
} from '../../../../domain/assessment/structural/notification';
import { codesOf, d, NIP_B, valueOf } from '../../shared/helpers';

const letter = (o: Partial<NotificationLetter> = {}): NotificationLetter => ({
  place: 'Jakarta',
  letterDate: d('2025-07-01'),
  number: '123/UPK/VII/2025',
  nature: 'Penting',
  attachment: '-',
  addressee: { name: 'Siti Aminah', nip: NIP_B, position: 'Kepala Bagian Kepegawaian', workUnit: 'Biro SDM' },
  day: 'Selasa',
  date: d('2025-07-15'),
  time: '08.00 WIB',
  venue: 'Gedung BKN Jakarta',
  signerPosition: 'Kepala UPK',
  signerName: 'Budi Santoso',
  sentVia: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
  receivedOn: d('2025-07-07'),
  ...o,
});

describe('notification letter (Perka BKN 11/2008 Lampiran III.2.a.3)-4), Anak Lampiran)', () => {
  it('PK-PEMBERITAHUAN-6-HARI-KERJA: for Tuesday 15 July 2025 the letter must arrive by Monday 7 July', () => {
    expect(valueOf(latestNotificationDate(d('2025-07-15')))).toBe('2025-07-07');
  });

  it.each([
    ['2025-07-07', true, 'exactly 6 working days before'],
    ['2025-07-04', true, '7 working days before'],
    ['2025-07-06', true, 'the Sunday before the 6th working day'],
    ['2025-07-08', false, '5 working days before'],
  ])('PK-PEMBERITAHUAN-6-HARI-KERJA: received %s accepted = %s (%s)', (receivedOn, ok) => {
    expect(codesOf(checkNotification(letter({ receivedOn: d(receivedOn) })))).toEqual(
      ok ? [] : ['PK-PEMBERITAHUAN-6-HARI-KERJA'],
    );
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA: holidays and cuti bersama are skipped (Idul Fitri 2025)', () => {
    // Assessment Thursday 10 April 2025: back 9 and 8 April, then 28 March-7 April are holidays, cuti
    // bersama and a weekend, then 27, 26, 25 and 24 March.
    expect(valueOf(latestNotificationDate(d('2025-04-10')))).toBe('2025-03-24');
    const l = letter({ date: d('2025-04-10'), day: 'Kamis', letterDate: d('2025-03-20') });
    expect(codesOf(checkNotification({ ...l, receivedOn: d('2025-03-24') }))).toEqual([]);
    expect(codesOf(checkNotification({ ...l, receivedOn: d('2025-03-25') }))).toEqual([
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
    ]);
  });

  it.each([
    ['2025-07-07', null],
    ['2025-07-08', 'PK-PEMBERITAHUAN-6-HARI-KERJA'],
  ])(
    'PK-PEMBERITAHUAN-6-HARI-KERJA: receiptTimeliness of a letter received %s flags %s, refusing nothing',
    (receivedOn, late) => {
      const timeliness = valueOf(receiptTimeliness(d('2025-07-15'), d(receivedOn)));
      expect(timeliness.deadline).toBe('2025-07-07');
      expect(timeliness.late?.code ?? null).toBe(late);
    },
  );

  it('KAL-DATA-LIBUR: receiptTimeliness does not guess in a year without holiday data', () => {
    expect(codesOf(receiptTimeliness(d('2028-01-18'), d('2028-01-02')))).toEqual(['KAL-DATA-LIBUR']);
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA: a letter not received is refused', () => {
    expect(codesOf(checkNotification(letter({ receivedOn: null })))).toEqual([
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
    ]);
  });

  it('KAL-DATA-LIBUR: without holiday data for the year the deadline is not guessed', () => {
    const l = letter({
      date: d('2028-01-18'),
      day: 'Selasa',
      letterDate: d('2028-01-01'),
      receivedOn: d('2028-01-02'),
    });
    expect(codesOf(checkNotification(l))).toEqual(['KAL-DATA-LIBUR']);
  });

  it.each([
    [{ place: '' }, 'place'],
    [{ number: ' ' }, 'number'],
    [{ venue: '' }, 'venue'],
    [{ signerName: '' }, 'signerName'],
    [{ addressee: { name: 'Siti', nip: '123', position: 'Kabag', workUnit: 'Biro SDM' } }, 'addressee.nip'],
    [{ letterDate: d('2025-07-16') }, 'letterDate'],
  ])('PK-SURAT-ISI: %j is refused on field %s', (o, field) => {
    const decision = checkNotification(letter(o));
    expect(decision.ok ? [] : decision.violations.map((v) => [v.code, v.field])).toEqual([
      ['PK-SURAT-ISI', field],
    ]);
  });

  it('PK-SURAT-HARI-TANGGAL: the day written must match the date', () => {
    expect(codesOf(checkNotification(letter({ day: 'Rabu' })))).toEqual(['PK-SURAT-HARI-TANGGAL']);
    expect(codesOf(checkNotification(letter({ day: 'selasa' })))).toEqual([]);
  });

  it('PK-SURAT-MELALUI-KEPEGAWAIAN: the letter goes through the personnel official of the instansi', () => {
    expect(codesOf(checkNotification(letter({ sentVia: 'LANGSUNG' })))).toEqual([
      'PK-SURAT-MELALUI-KEPEGAWAIAN',
    ]);
  });
});
