/**
 * Indonesian national holidays (hari libur nasional) and collective leave (cuti bersama) per year, as
 * data. Both close government offices, so neither is a working day (hari kerja) for the 6-working-day
 * notice of Perka BKN 11/2008 Lampiran III.2.a.4).
 *
 * Source: the yearly Surat Keputusan Bersama (SKB) Menteri Agama, Menteri Ketenagakerjaan dan Menteri
 * Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Hari Libur Nasional dan Cuti Bersama
 * ("SKB 3 Menteri"), including its amendments, plus a holiday declared by Keputusan Presiden where
 * noted. Years with `status: 'PERKIRAAN'` have no SKB yet: their dates are the fixed-date holidays and
 * astronomical estimates (marked `estimated`) and must be replaced when the SKB is published.
 */

export type HolidayKind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA';

export interface Holiday {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: HolidayKind;
  name: string;
  /** Where the day comes from when it is not the year's SKB itself. */
  source?: string;
  /** An estimate for a year whose SKB is not yet published. */
  estimated?: boolean;
}

export interface HolidayYear {
  year: number;
  /** RESMI: from the published SKB; PERKIRAAN: provisional, see the module comment. */
  status: 'RESMI' | 'PERKIRAAN';
  source: string;
  holidays: readonly Holiday[];
}

const skb = (year: number): string =>
  `SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun ${year}`;

const libur = (date: string, name: string, extra: Partial<Holiday> = {}): Holiday => ({
  date,
  kind: 'LIBUR_NASIONAL',
  name,
  ...extra,
});
const cuti = (date: string, name: string, extra: Partial<Holiday> = {}): Holiday => ({
  date,
  kind: 'CUTI_BERSAMA',
  name,
  ...extra,
});

export const NATIONAL_HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  2019: {
    year: 2019,
    status: 'RESMI',
    source: skb(2019),
    holidays: [
      libur('2019-01-01', 'Tahun Baru 2019 Masehi'),
      libur('2019-02-05', 'Tahun Baru Imlek 2570 Kongzili'),
      libur('2019-03-07', 'Hari Suci Nyepi Tahun Baru Saka 1941'),
      libur('2019-04-03', "Isra Mi'raj Nabi Muhammad SAW"),
      libur('2019-04-17', 'Pemungutan suara Pemilihan Umum 2019', {
        source: 'Keputusan Presiden Nomor 10 Tahun 2019',
      }),
      libur('2019-04-19', 'Wafat Isa Al Masih'),
      libur('2019-05-01', 'Hari Buruh Internasional'),
      libur('2019-05-19', 'Hari Raya Waisak 2563'),
      libur('2019-05-30', 'Kenaikan Isa Al Masih'),
      libur('2019-06-01', 'Hari Lahir Pancasila'),
      cuti('2019-06-03', 'Cuti bersama Idul Fitri 1440 H'),
      cuti('2019-06-04', 'Cuti bersama Idul Fitri 1440 H'),
      libur('2019-06-05', 'Hari Raya Idul Fitri 1440 H'),
      libur('2019-06-06', 'Hari Raya Idul Fitri 1440 H'),
      cuti('2019-06-07', 'Cuti bersama Idul Fitri 1440 H'),
      libur('2019-08-11', 'Hari Raya Idul Adha 1440 H'),
      libur('2019-08-17', 'Hari Kemerdekaan Republik Indonesia'),
      libur('2019-09-01', 'Tahun Baru Islam 1441 H'),
      libur('2019-11-09', 'Maulid Nabi Muhammad SAW'),
      cuti('2019-12-24', 'Cuti bersama Hari Raya Natal'),
      libur('2019-12-25', 'Hari Raya Natal'),
    ],
  },
  2025: {
    year: 2025,
    status: 'RESMI',
    source: skb(2025),
    holidays: [
      libur('2025-01-01', 'Tahun Baru 2025 Masehi'),
      libur('2025-01-27', "Isra Mi'raj Nabi Muhammad SAW"),
      cuti('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      libur('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      cuti('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
      libur('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
      libur('2025-03-31', 'Hari Raya Idul Fitri 1446 H'),
      libur('2025-04-01', 'Hari Raya Idul Fitri 1446 H'),
      cuti('2025-04-02', 'Cuti bersama Idul Fitri 1446 H'),
      cuti('2025-04-03', 'Cuti bersama Idul Fitri 1446 H'),
      cuti('2025-04-04', 'Cuti bersama Idul Fitri 1446 H'),
      cuti('2025-04-07', 'Cuti bersama Idul Fitri 1446 H'),
      libur('2025-04-18', 'Wafat Yesus Kristus'),
      libur('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2025-05-01', 'Hari Buruh Internasional'),
      libur('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      cuti('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
      libur('2025-05-29', 'Kenaikan Yesus Kristus'),
      cuti('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      libur('2025-06-01', 'Hari Lahir Pancasila'),
      libur('2025-06-06', 'Hari Raya Idul Adha 1446 H'),
      cuti('2025-06-09', 'Cuti bersama Idul Adha 1446 H'),
      libur('2025-06-27', 'Tahun Baru Islam 1447 H'),
      libur('2025-08-17', 'Hari Kemerdekaan Republik Indonesia'),
      cuti('2025-08-18', 'Cuti bersama Hari Kemerdekaan Republik Indonesia', {
        source: `Perubahan ${skb(2025)} (Agustus 2025)`,
      }),
      libur('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      libur('2025-12-25', 'Kelahiran Yesus Kristus'),
      cuti('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
    ],
  },
  2026: {
    year: 2026,
    status: 'RESMI',
    source: skb(2026),
    holidays: [
      libur('2026-01-01', 'Tahun Baru 2026 Masehi'),
      libur('2026-01-16', "Isra Mi'raj Nabi Muhammad SAW"),
      cuti('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      libur('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      cuti('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      libur('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
      cuti('2026-03-20', 'Cuti bersama Idul Fitri 1447 H'),
      libur('2026-03-21', 'Hari Raya Idul Fitri 1447 H'),
      libur('2026-03-22', 'Hari Raya Idul Fitri 1447 H'),
      cuti('2026-03-23', 'Cuti bersama Idul Fitri 1447 H'),
      cuti('2026-03-24', 'Cuti bersama Idul Fitri 1447 H'),
      libur('2026-04-03', 'Wafat Yesus Kristus'),
      libur('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2026-05-01', 'Hari Buruh Internasional'),
      libur('2026-05-14', 'Kenaikan Yesus Kristus'),
      cuti('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      libur('2026-05-27', 'Hari Raya Idul Adha 1447 H'),
      cuti('2026-05-28', 'Cuti bersama Idul Adha 1447 H'),
      libur('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      libur('2026-06-01', 'Hari Lahir Pancasila'),
      libur('2026-06-16', 'Tahun Baru Islam 1448 H'),
      libur('2026-08-17', 'Hari Kemerdekaan Republik Indonesia'),
      libur('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      cuti('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      libur('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
  2027: {
    year: 2027,
    status: 'PERKIRAAN',
    source: `Perkiraan sampai terbit ${skb(2027)}`,
    holidays: [
      libur('2027-01-01', 'Tahun Baru 2027 Masehi'),
      libur('2027-01-05', "Isra Mi'raj Nabi Muhammad SAW 1448 H", { estimated: true }),
      libur('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'),
      libur('2027-03-09', 'Hari Suci Nyepi Tahun Baru Saka 1949', { estimated: true }),
      libur('2027-03-10', 'Hari Raya Idul Fitri 1448 H', { estimated: true }),
      libur('2027-03-11', 'Hari Raya Idul Fitri 1448 H', { estimated: true }),
      libur('2027-03-26', 'Wafat Yesus Kristus'),
      libur('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2027-05-01', 'Hari Buruh Internasional'),
      libur('2027-05-06', 'Kenaikan Yesus Kristus'),
      libur('2027-05-17', 'Hari Raya Idul Adha 1448 H', { estimated: true }),
      libur('2027-05-20', 'Hari Raya Waisak 2571 BE', { estimated: true }),
      libur('2027-06-01', 'Hari Lahir Pancasila'),
      libur('2027-06-06', 'Tahun Baru Islam 1449 H', { estimated: true }),
      libur('2027-08-15', 'Maulid Nabi Muhammad SAW', { estimated: true }),
      libur('2027-08-17', 'Hari Kemerdekaan Republik Indonesia'),
      libur('2027-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
};
