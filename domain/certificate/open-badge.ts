/**
 * The Open Badges 3.0 credential (`OpenBadgeCredential`, W3C Verifiable Credentials 2.0 data model) issued
 * beside each competency certificate (Perban BKN 7/2020 Pasal 34): the same facts as the PDF, for wallets and
 * verifiers anywhere. The proof is added by the issuer (services/credentials); this module only says what the
 * credential asserts and whether its status bit is set. Pure and total.
 */
import { SCHEMES, type SchemeCode } from '../reference/schemes';
import type { CertificateStatus } from './competency-certificate';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** The certificate as its record holds it: what the credential asserts. */
export interface BadgeCertificate {
  registrationNumber: string;
  scheme: SchemeCode;
  level: string;
  schemeVersion: string;
  qualification: string;
  units: readonly { code: string; title: string }[];
  holder: { name: string };
  issuedAt: string;
  verificationUrl: string;
  /** SHA-256 (hex) of the signed PDF. */
  pdfSha256: string;
}

/** Where the credential, its issuer and its status entry are published (all under the public base URL). */
export interface BadgeIssuance {
  credentialId: string;
  issuer: { id: string; name: string; url: string };
  achievementId: string;
  /** The NIP hashed with a salt of this credential: `sha256$<hex>` of NIP ‖ salt (the holder proves it). */
  holderIdentity: { identityHash: string; salt: string };
  status: { listUrl: string; index: number };
}

const resultDescriptionId = (achievementId: string, unitCode: string) => `${achievementId}#${unitCode}`;

/**
 * The unsigned credential: the achievement is the scheme's level and qualification with its criteria and a
 * result description per unit; the holder is named (as printed on the certificate) and identified by the salted
 * hash of the NIP, never the NIP itself; the registration number is the licence number; the signed PDF, by its
 * SHA-256, is the evidence; the status entry points at the revocation list.
 */
export function openBadgeCredential(certificate: BadgeCertificate, issuance: BadgeIssuance) {
  const { achievementId, status } = issuance;
  const units = certificate.units.map((u) => `${u.code} ${u.title}`.trim());
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: issuance.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Sertifikat Kompetensi Teknis Manajemen ASN ${certificate.registrationNumber}`,
    issuer: {
      id: issuance.issuer.id,
      type: ['Profile'],
      name: issuance.issuer.name,
      url: issuance.issuer.url,
    },
    validFrom: certificate.issuedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: certificate.holder.name,
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'identifier',
          hashed: true,
          identityHash: issuance.holderIdentity.identityHash,
          salt: issuance.holderIdentity.salt,
        },
      ],
      licenseNumber: certificate.registrationNumber,
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Certification',
        name: `Kompetensi Teknis Manajemen ASN jenjang ${certificate.level}`,
        description: SCHEMES[certificate.scheme].name,
        specialization: certificate.qualification,
        version: certificate.schemeVersion,
        inLanguage: 'id',
        criteria: {
          narrative:
            `Dinyatakan kompeten oleh sidang hasil uji kompetensi pada seluruh unit kompetensi yang dipersyaratkan ` +
            `(Perban BKN 7/2020 Pasal 34 ayat (1)): ${units.join('; ')}.`,
        },
        resultDescription: certificate.units.map((u) => ({
          id: resultDescriptionId(achievementId, u.code),
          type: ['ResultDescription'],
          name: `${u.code} ${u.title}`.trim(),
          resultType: 'Status',
        })),
      },
      result: certificate.units.map((u) => ({
        type: ['Result'],
        resultDescription: resultDescriptionId(achievementId, u.code),
        status: 'Completed',
      })),
    },
    evidence: [
      {
        id: certificate.verificationUrl,
        type: ['Evidence'],
        name: `Sertifikat Kompetensi (PDF bertanda tangan elektronik) nomor ${certificate.registrationNumber}`,
        description: `SHA-256 berkas PDF: ${certificate.pdfSha256}`,
        genre: 'Sertifikat',
      },
    ],
    credentialStatus: {
      id: `${status.listUrl}#${status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.index),
      statusListCredential: status.listUrl,
    },
  };
}
export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;

/**
 * Whether the credential's revocation bit is set, and why: set while the certificate is revoked (Pasal 36(3)),
 * annulled (its decision was superseded by a not-yet-competent one, Pasal 34(1)) or superseded by a new version
 * (Pasal 35(3): the new version has a credential of its own); clear while it is in force, so a reinstatement
 * (Pasal 36(4)-(6)) clears it again.
 */
export function statusBitOf(status: CertificateStatus): { set: boolean; reason: string } {
  switch (status) {
    case 'AKTIF':
      return { set: false, reason: 'Sertifikat berlaku.' };
    case 'DICABUT':
      return { set: true, reason: 'Sertifikat dicabut (Perban BKN 7/2020 Pasal 36 ayat (3)).' };
    case 'DIBATALKAN':
      return {
        set: true,
        reason:
          'Keputusan dasarnya digantikan keputusan belum kompeten (Perban BKN 7/2020 Pasal 34 ayat (1)).',
      };
    case 'DIMUTAKHIRKAN':
      return {
        set: true,
        reason:
          'Digantikan versi baru yang memiliki kredensialnya sendiri (Perban BKN 7/2020 Pasal 35 ayat (3)).',
      };
  }
}

/**
 * The unsigned status list credential (`BitstringStatusListCredential`) publishing the revocation bits of the
 * credentials whose entries are in list `listUrl`, as of `validFrom`.
 */
export function statusListCredential(
  listUrl: string,
  issuerId: string,
  encodedList: string,
  validFrom: string,
) {
  return {
    '@context': [VC_V2_CONTEXT],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerId,
    validFrom,
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
    },
  };
}
