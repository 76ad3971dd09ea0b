import { describe, expect, it } from 'vitest';
import {
  OB_V3_CONTEXT,
  openBadgeCredential,
  statusBitOf,
  statusListCredential,
  VC_V2_CONTEXT,
} from '../../../domain/certificate/open-badge';
import type { CertificateStatus } from '../../../domain/certificate/competency-certificate';
import { aBadgeCertificate, aBadgeIssuance, BADGE_ACHIEVEMENT, BADGE_BASE } from './fixtures';

const certificate = aBadgeCertificate();
const issuance = aBadgeIssuance();
const BASE = BADGE_BASE;
const ACHIEVEMENT = BADGE_ACHIEVEMENT;
const NUMBER = certificate.registrationNumber;

describe('the Open Badges credential of a competency certificate (Perban BKN 7/2020 Pasal 34)', () => {
  const credential = openBadgeCredential(certificate, issuance);

  it('is an OpenBadgeCredential of the VC 2.0 and OB 3.0.3 contexts, issued by BKN from the issuance on', () => {
    expect(credential).toMatchObject({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: issuance.credentialId,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { ...issuance.issuer, type: ['Profile'] },
      validFrom: certificate.issuedAt,
    });
  });

  it('names the holder as printed and identifies them only by the salted hash of the NIP', () => {
    expect(credential.credentialSubject).toMatchObject({
      type: ['AchievementSubject'],
      name: 'Dewi Lestari, S.Sos.',
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'identifier',
          hashed: true,
          identityHash: `sha256$${'ab'.repeat(32)}`,
          salt: '00ff',
        },
      ],
      licenseNumber: NUMBER,
    });
  });

  it('makes the achievement the scheme level and qualification, with a result per competent unit', () => {
    const { achievement, result } = credential.credentialSubject;
    expect(achievement).toMatchObject({
      id: ACHIEVEMENT,
      achievementType: 'Certification',
      name: 'Kompetensi Teknis Manajemen ASN jenjang Administrator',
      specialization: 'Kualifikasi Administrator',
      version: '2019',
    });
    expect(achievement.criteria.narrative).toContain('MASN-ADM-01 Melaksanakan Manajemen Perencanaan ASN');
    expect(achievement.resultDescription.map((d) => d.id)).toEqual([
      `${ACHIEVEMENT}#MASN-ADM-01`,
      `${ACHIEVEMENT}#MASN-ADM-02`,
    ]);
    expect(result).toEqual(
      achievement.resultDescription.map((d) => ({
        type: ['Result'],
        resultDescription: d.id,
        status: 'Completed',
      })),
    );
  });

  it('gives the signed PDF by its SHA-256 as evidence and a revocation entry of the status list', () => {
    expect(credential.evidence).toEqual([
      expect.objectContaining({
        id: certificate.verificationUrl,
        description: `SHA-256 berkas PDF: ${certificate.pdfSha256}`,
      }),
    ]);
    expect(credential.credentialStatus).toEqual({
      id: `${BASE}/credentials/status-lists/1#41`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '41',
      statusListCredential: `${BASE}/credentials/status-lists/1`,
    });
  });

  it('is total: a certificate without units still gives a credential, with no results', () => {
    const bare = openBadgeCredential({ ...certificate, units: [] }, issuance);
    expect([bare.credentialSubject.result, bare.credentialSubject.achievement.resultDescription]).toEqual([
      [],
      [],
    ]);
  });
});

describe('the revocation bit of a credential follows its certificate status', () => {
  it.each<[CertificateStatus, boolean, RegExp]>([
    ['AKTIF', false, /berlaku/],
    ['DICABUT', true, /Pasal 36 ayat \(3\)/],
    ['DIBATALKAN', true, /Pasal 34 ayat \(1\)/],
    ['DIMUTAKHIRKAN', true, /Pasal 35 ayat \(3\)/],
  ])('%s: set %s, with its article', (status, set, article) => {
    const bit = statusBitOf(status);
    expect(bit.set).toBe(set);
    expect(bit.reason).toMatch(article);
  });
});

describe('the status list credential', () => {
  it('publishes the encoded list for revocation under the issuer', () => {
    const list = `${BASE}/credentials/status-lists/1`;
    expect(statusListCredential(list, issuance.issuer.id, 'uH4sI', '2027-08-20T03:00:05.000Z')).toEqual({
      '@context': [VC_V2_CONTEXT],
      id: list,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: issuance.issuer.id,
      validFrom: '2027-08-20T03:00:05.000Z',
      credentialSubject: {
        id: `${list}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: 'uH4sI',
      },
    });
  });
});
