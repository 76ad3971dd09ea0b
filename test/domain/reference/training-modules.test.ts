import { describe, expect, it } from 'vitest';
import {
  TRAINING_MODULES,
  TRAINING_MODULE_CODES,
  trainingModulesOf,
} from '../../../domain/reference/training-modules';

describe('training modules per jenjang (Panduan Pusbang ASN BKN 2019)', () => {
  it.each([
    ['JPT_PRATAMA', 4, 'MOD-JPT-'],
    ['ADMINISTRATOR', 8, 'MOD-ADM-'],
    ['PENGAWAS', 9, 'MOD-PGW-'],
  ] as const)('%s has %i modules, coded %s01 on, numbered as the handbook rows', (level, count, prefix) => {
    const modules = trainingModulesOf(level);

    expect(modules).toHaveLength(count);
    modules.forEach((m, i) => {
      expect(m.no).toBe(i + 1);
      expect(m.code).toBe(`${prefix}${String(i + 1).padStart(2, '0')}`);
    });
  });

  it('has 21 modules with unique codes', () => {
    expect(TRAINING_MODULE_CODES).toHaveLength(21);
    expect(new Set(TRAINING_MODULE_CODES).size).toBe(21);
  });

  it('gives the JPT Pratama modules exactly as the handbook lists them', () => {
    expect(trainingModulesOf('JPT_PRATAMA').map((m) => m.title)).toEqual([
      'Strategi Penataan ASN',
      'Strategi dan Praktek Terbaik Pengembangan Kompetensi ASN',
      'Strategi Pengembangan Sistem Manajemen Kinerja ASN',
      'Manajemen Talenta',
    ]);
  });

  it.each([
    ['MOD-ADM-05', 'Manajemen Kinerja'],
    ['MOD-ADM-07', 'Manajemen Disiplin, Pemberhentian dan Pensiun Aparatur Sipil Negara'],
    ['MOD-PGW-04', 'Bimtek Analisis Kebutuhan dan Evaluasi Diklat PNS'],
    ['MOD-PGW-09', 'Prosedur Pengangkatan, Pengalihan dan Kenaikan Pangkat PNS'],
  ])('module %s is "%s"', (code, title) => {
    expect(TRAINING_MODULES.find((m) => m.code === code)?.title).toBe(title);
  });

  it('cites the handbook table and row of each module', () => {
    expect(TRAINING_MODULES.find((m) => m.code === 'MOD-PGW-03')?.source).toBe(
      'Panduan Pusbang ASN BKN 2019, Materi Pelatihan Berdasarkan Jenjang Jabatan, PENGAWAS No. 3',
    );
  });
});
