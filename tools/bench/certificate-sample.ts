import { qualificationsOfScheme, qualificationUnits } from '../../domain/reference/qualifications';
import type { CompetencyCertificateData } from '../../functions/certificate-worker/render-certificate';

/**
 * The n-th sample competency certificate of the benchmark: an Administrator with every unit of the scheme's
 * first qualification, a distinct name and number each time (nothing can be served from a cache).
 */
export function sampleCertificate(n: number): CompetencyCertificateData {
  const qualification = qualificationsOfScheme('ADMINISTRATOR')[0]!;
  const number = `${String(n + 1).padStart(4, '0')}/SKTM-ASN/L3/2027`;
  return {
    registrationNumber: number,
    version: 0,
    holder: { name: `Dewi Lestari Peserta ${n + 1}, S.Sos., M.Si.`, nip: '198503102010011002' },
    scheme: 'ADMINISTRATOR',
    level: 'Administrator',
    qualification: qualification.name,
    requiredUnitCount: qualificationUnits(qualification.code).length,
    units: qualificationUnits(qualification.code).map(({ code, title }) => ({ code, title })),
    place: 'Jakarta',
    issuedOn: '2027-08-20',
    signatures: {
      front: {
        role: 'KEPALA_BKN',
        name: 'Prof. Dr. Zudan Arif Fakrulloh, S.H., M.H.',
        position: 'Kepala Badan Kepegawaian Negara',
      },
      back: {
        role: 'PIMPINAN_UNIT_PENGEMBANGAN',
        name: 'Dr. Andi Wijaya, M.Si.',
        nip: '197001011995031001',
        position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
      },
    },
    verificationUrl: `https://sertifikasi.bkn.go.id/verifikasi/${number}`,
  };
}
