import { describe, expect, it } from 'vitest';
import {
  COMPETENCY_UNITS,
  COMPETENCY_UNIT_CODES,
  competencyUnit,
  isCompetencyUnitCode,
} from '../../../domain/reference/competency-units';

describe('competency units of the 2019 handbook', () => {
  it('has 41 units with unique codes: 12 JPT Pratama, 14 Administrator, 15 Pengawas', () => {
    expect(COMPETENCY_UNIT_CODES).toHaveLength(41);
    expect(new Set(COMPETENCY_UNIT_CODES).size).toBe(41);
    expect(COMPETENCY_UNIT_CODES.filter((c) => c.startsWith('MASN-JPT-'))).toHaveLength(12);
    expect(COMPETENCY_UNIT_CODES.filter((c) => c.startsWith('MASN-ADM-'))).toHaveLength(14);
    expect(COMPETENCY_UNIT_CODES.filter((c) => c.startsWith('MASN-PGW-'))).toHaveLength(15);
  });

  it('numbers the units of each jenjang 01, 02, ... without gaps (the derivation rule)', () => {
    for (const prefix of ['MASN-JPT-', 'MASN-ADM-', 'MASN-PGW-']) {
      const numbers = COMPETENCY_UNIT_CODES.filter((c) => c.startsWith(prefix)).map((c) =>
        c.slice(prefix.length),
      );
      expect(numbers).toEqual(numbers.map((_, i) => String(i + 1).padStart(2, '0')));
    }
  });

  it('has no two units with the same title', () => {
    expect(new Set(COMPETENCY_UNITS.map((u) => u.title)).size).toBe(COMPETENCY_UNITS.length);
  });

  it.each([
    ['MASN-JPT-01', 'Mengembangkan Sistem Pengembangan Kompetensi Kepegawaian ASN'],
    ['MASN-JPT-03', 'Merumuskan Road Map/Rencana Strategis Kepegawaian'],
    ['MASN-JPT-12', 'Mengkaji Efektivitas Program Pengembangan Kompetensi'],
    ['MASN-ADM-01', 'Melaksanakan Manajemen Perencanaan ASN'],
    ['MASN-ADM-11', 'Melaksanakan Manajemen Disiplin, Pemberhentian dan Pensiun ASN'],
    ['MASN-ADM-14', 'Mengelola Pelaksanaan Survei Pegawai'],
    ['MASN-PGW-01', 'Menganalisa Kebutuhan Pelatihan dan Evaluasi Pelatihan ASN'],
    ['MASN-PGW-12', 'Melaksanakan Prosedur Penggajian, Tunjangan, Fasilitas dan Penghargaan ASN'],
    ['MASN-PGW-15', 'Melaksanakan Prosedur Pola dan Jalur Karier ASN'],
  ] as const)('%s is "%s"', (code, title) => {
    expect(competencyUnit(code).title).toBe(title);
  });

  it.each([
    ['MASN-JPT-', 'Kualifikasi JPT Pratama BKN'],
    ['MASN-ADM-', 'Kualifikasi Administrator'],
    ['MASN-PGW-', 'Kualifikasi Pengawas'],
  ])('units %s* cite the handbook list "%s"', (prefix, heading) => {
    for (const unit of COMPETENCY_UNITS.filter((u) => u.code.startsWith(prefix))) {
      expect(unit.source).toBe(`Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN, ${heading}`);
    }
  });

  it.each([
    ['MASN-ADM-07', true],
    ['MASN-ADM-15', false],
    ['MASN-JPT-1', false],
  ])('recognises %j as a unit code: %s', (value, expected) => {
    expect(isCompetencyUnitCode(value)).toBe(expected);
  });
});
