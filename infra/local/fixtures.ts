/*
 * Request bodies of the examples the local tools and the tests share: a programme with its proposal window
 * relative to now, and a candidate who meets every eligibility rule this year.
 */

/** A programme whose proposal window opens `opensInMs` and closes `closesInMs` from now (machine time). */
export const programBody = (
  opensInMs: number,
  closesInMs: number,
  name = 'Pelatihan dan Sertifikasi Manajemen ASN',
) => ({
  name,
  year: new Date().getUTCFullYear(),
  schemes: ['ADMINISTRATOR', 'PENGAWAS'],
  quotaPerInstansi: { ADMINISTRATOR: 1, PENGAWAS: 1 },
  proposalWindow: {
    opensAt: new Date(Date.now() + opensInMs).toISOString(),
    closesAt: new Date(Date.now() + closesInMs).toISOString(),
  },
});

/**
 * A candidate who meets every eligibility rule today: an incumbent of the scheme's level for three years, rated
 * at least "baik" the last two years, recommended by the direct supervisor, no sentence, no leave.
 */
export function eligibleCandidate(scheme: 'ADMINISTRATOR' | 'PENGAWAS', name: string) {
  const year = new Date().getUTCFullYear();
  return {
    name,
    scheme,
    route: 'UJI_LANGSUNG',
    position: {
      title: scheme === 'ADMINISTRATOR' ? 'Kepala Bidang Pengembangan Pegawai' : 'Kepala Subbidang Mutasi',
      unit: 'Badan Kepegawaian dan Pengembangan SDM',
      level: scheme === 'ADMINISTRATOR' ? 3 : 2,
      rank: 'III/d',
      isAsnManagement: true,
      meetsPositionRequirements: true,
      since: `${year - 3}-01-02`,
    },
    performance: [
      { year: year - 2, rating: 'BAIK' },
      { year: year - 1, rating: 'SANGAT_BAIK' },
    ],
    disciplinarySentences: [],
    supervisorRecommendation: { fromDirectSupervisor: true, recommended: true },
    leaves: [],
  };
}
