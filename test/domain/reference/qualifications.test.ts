import { describe, expect, it } from 'vitest';
import { COMPETENCY_UNIT_CODES } from '../../../domain/reference/competency-units';
import {
  QUALIFICATIONS,
  QUALIFICATION_CODES,
  isQualificationCode,
  qualificationFor,
  qualificationUnits,
  qualificationsOfScheme,
  requiredUnitCodes,
} from '../../../domain/reference/qualifications';

describe('qualifications of the 2019 handbook', () => {
  it.each([
    ['JPT_PRATAMA_BKN', 'Kualifikasi JPT Pratama BKN', 'JPT_PRATAMA', 12],
    ['JPT_PRATAMA_INSTANSI', 'Kualifikasi JPT Pratama Instansi K/L dan Daerah', 'JPT_PRATAMA', 11],
    ['ADMINISTRATOR', 'Kualifikasi Administrator', 'ADMINISTRATOR', 14],
    ['PENGAWAS', 'Kualifikasi Pengawas', 'PENGAWAS', 15],
  ] as const)('%s is "%s" of the %s scheme with %i units, all required', (code, name, scheme, count) => {
    const qualification = QUALIFICATIONS[code];

    expect(qualification).toMatchObject({ code, name, scheme });
    expect(qualification.units).toHaveLength(count);
    expect(qualification.units.every((u) => u.required)).toBe(true);
    expect(requiredUnitCodes(code)).toHaveLength(count);
    expect(qualification.source).toBe(
      `Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN, ${name}`,
    );
  });

  it('lists each unit at most once per qualification', () => {
    for (const code of QUALIFICATION_CODES) {
      const units = QUALIFICATIONS[code].units.map((u) => u.unit);
      expect(new Set(units).size).toBe(units.length);
    }
  });

  it('the K/L/D JPT Pratama qualification is the BKN one without its first unit, in the same order', () => {
    const bkn = requiredUnitCodes('JPT_PRATAMA_BKN');

    expect(requiredUnitCodes('JPT_PRATAMA_INSTANSI')).toEqual(bkn.slice(1));
    expect(qualificationUnits('JPT_PRATAMA_BKN')[0]?.title).toBe(
      'Mengembangkan Sistem Pengembangan Kompetensi Kepegawaian ASN',
    );
  });

  it('uses every unit of the catalogue in some qualification', () => {
    const used = new Set(QUALIFICATION_CODES.flatMap((code) => requiredUnitCodes(code)));
    expect(COMPETENCY_UNIT_CODES.filter((unit) => !used.has(unit))).toEqual([]);
  });

  it('gives the Administrator units with their titles in the handbook order', () => {
    expect(qualificationUnits('ADMINISTRATOR').map((u) => u.title)).toEqual([
      'Melaksanakan Manajemen Perencanaan ASN',
      'Melaksanakan Manajemen Pengadaan ASN',
      'Melaksanakan Manajemen Organisasi dan Jabatan ASN',
      'Mengkoordinasikan Penyusunan Standar Kompetensi Jabatan ASN',
      'Melaksanakan Manajemen Pengembangan Karier ASN',
      'Melaksanakan Manajemen Kinerja ASN',
      'Melaksanakan Manajemen Penilaian Kompetensi ASN',
      'Mengkoordinasikan Pengembangan Sistem Penilaian Kompetensi',
      'Melaksanakan Manajemen Kompensasi dan Kesejahteraan ASN',
      'Mengkoordinasikan Sistem Pertukaran Pegawai',
      'Melaksanakan Manajemen Disiplin, Pemberhentian dan Pensiun ASN',
      'Melaksanakan Manajemen Sistem Informasi Kepegawaian ASN',
      'Menerapkan Budaya Kerja Organisasi',
      'Mengelola Pelaksanaan Survei Pegawai',
    ]);
  });

  it('gives the Pengawas units with their titles in the handbook order', () => {
    expect(qualificationUnits('PENGAWAS').map((u) => u.title)).toEqual([
      'Menganalisa Kebutuhan Pelatihan dan Evaluasi Pelatihan ASN',
      'Melaksanakan Prosedur Penggunaan Sistem Informasi Kepegawaian',
      'Melaksanakan Prosedur Pengangkatan, Pengalihan dan Kenaikan Pangkat ASN',
      'Melaksanakan Prosedur Pelaksanaan Pengembangan Kompetensi ASN',
      'Mengkaji Kebutuhan Jabatan Fungsional dalam Organisasi',
      'Melaksanakan Prosedur Pelayanan Jaminan dan Perlindungan ASN',
      'Mengkoordinasikan Pelaksanaan Analisis Jabatan',
      'Melaksanakan Prosedur Penyusunan Kebutuhan dan Formasi ASN',
      'Mengkoordinasikan Tata Kelola Jabatan Fungsional',
      'Melaksanakan Prosedur Penegakan Disiplin dan Hukuman ASN',
      'Melaksanakan Prosedur Pensiun dan Pemberhentian ASN',
      'Melaksanakan Prosedur Penggajian, Tunjangan, Fasilitas dan Penghargaan ASN',
      'Melaksanakan Prosedur Pengadaan ASN',
      'Melaksanakan Prosedur Penilaian Kinerja PNS',
      'Melaksanakan Prosedur Pola dan Jalur Karier ASN',
    ]);
  });

  it.each([
    ['JPT_PRATAMA', ['JPT_PRATAMA_BKN', 'JPT_PRATAMA_INSTANSI']],
    ['ADMINISTRATOR', ['ADMINISTRATOR']],
    ['PENGAWAS', ['PENGAWAS']],
    ['PELAKSANA', []],
    ['JPT_MADYA', []],
    ['MENTOR', []],
  ] as const)('the %s scheme has the qualifications %j', (scheme, codes) => {
    expect(qualificationsOfScheme(scheme).map((q) => q.code)).toEqual(codes);
  });

  it.each([
    ['JPT_PRATAMA', { bkn: true }, 'JPT_PRATAMA_BKN', 12],
    ['JPT_PRATAMA', { bkn: false }, 'JPT_PRATAMA_INSTANSI', 11],
    ['JPT_PRATAMA', {}, 'JPT_PRATAMA_INSTANSI', 11],
    ['ADMINISTRATOR', { bkn: true }, 'ADMINISTRATOR', 14],
    ['PENGAWAS', {}, 'PENGAWAS', 15],
    ['JPT_MADYA', { bkn: true }, undefined, 0],
  ] as const)(
    'PRA-KUALIFIKASI-CALON: a %s candidate of an instansi %j takes %s (%i units)',
    (scheme, instansi, code, units) => {
      const qualification = qualificationFor(scheme, instansi);
      expect(qualification).toBe(code);
      expect(qualification ? requiredUnitCodes(qualification) : []).toHaveLength(units);
    },
  );

  it.each([
    ['PENGAWAS', true],
    ['JPT_PRATAMA', false],
  ])('recognises %j as a qualification code: %s', (value, expected) => {
    expect(isQualificationCode(value)).toBe(expected);
  });
});
