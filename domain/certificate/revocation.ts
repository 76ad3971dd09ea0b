/**
 * Revocation of a competency certificate, Perban BKN 7/2020 Pasal 36(3): a holder proven to have
 * committed a disciplinary and/or criminal violation loses the authority of the certificate and the
 * recognition of competence, and this is published through the media.
 */
import { isAfter, isBefore, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { CertificateStatus } from './competency-certificate';

export const REVOCATION_RULES = /* @__PURE__ */ defineRules({
  'SERT-CABUT-ALASAN': {
    article: 'Perban BKN 7/2020 Pasal 36(3)',
    summary:
      'Sertifikat dicabut hanya karena pelanggaran disiplin dan/atau pidana yang terbukti (keputusan final).',
  },
  'SERT-CABUT-STATUS': {
    article: 'Perban BKN 7/2020 Pasal 36(3)',
    summary: 'Hanya sertifikat yang aktif yang dapat dicabut.',
  },
  'SERT-CABUT-PUBLIKASI': {
    article: 'Perban BKN 7/2020 Pasal 36(3)',
    summary: 'Pencabutan dipublikasikan melalui media, pada atau sesudah tanggal pencabutan.',
  },
});

export interface RevocationGround {
  kind: 'DISIPLIN' | 'PIDANA';
  /** The decision that proves it (SK hukuman disiplin, putusan pengadilan). */
  decisionRef: string;
  decidedOn: IsoDate;
  /** The decision is final (berkekuatan hukum tetap / tidak ada upaya hukum lagi). */
  final: boolean;
}

export interface RevocationRequest {
  registrationNumber: string;
  holder: { name: string; nip: string };
  status: CertificateStatus;
  grounds: readonly RevocationGround[];
}

export interface Revocation {
  registrationNumber: string;
  holder: { name: string; nip: string };
  revokedOn: IsoDate;
  grounds: readonly RevocationGround[];
  /** Status after revocation: the holder loses the authority and the recognition of competence. */
  status: 'DICABUT';
  /** The publication Pasal 36(3) requires. */
  publication: { required: true; notice: string };
}

/** The kinds of violation proven, in words ("pelanggaran disiplin dan tindak pidana"): never the case. */
export function violationKinds(kinds: readonly RevocationGround['kind'][]): string {
  const words = [
    ...(kinds.includes('DISIPLIN') ? ['pelanggaran disiplin'] : []),
    ...(kinds.includes('PIDANA') ? ['tindak pidana'] : []),
  ];
  return words.length ? words.join(' dan ') : 'pelanggaran';
}

/** The text published in the media. It names the holder and number, not the details of the case. */
export function publicationNotice(
  r: Pick<Revocation, 'registrationNumber' | 'holder' | 'revokedOn' | 'grounds'>,
): string {
  return (
    `Sertifikat Kompetensi Teknis Manajemen ASN nomor ${r.registrationNumber} atas nama ${r.holder.name} ` +
    `dicabut sejak ${r.revokedOn} karena terbukti melakukan ${violationKinds(r.grounds.map((g) => g.kind))}, sehingga kewenangan ` +
    'pemegang sertifikat hilang dan pengakuan kompetensinya gugur (Peraturan BKN 7/2020 Pasal 36 ayat (3)).'
  );
}

/** Revokes the certificate at `now`; every unmet rule is listed. */
export function revokeCertificate(req: RevocationRequest, now: IsoDate): Decision<Revocation> {
  const v: RuleViolation[] = [];
  if (req.status !== 'AKTIF') {
    v.push(
      violation(
        REVOCATION_RULES['SERT-CABUT-STATUS'],
        `Sertifikat berstatus ${req.status}; hanya sertifikat aktif yang dapat dicabut.`,
        'status',
      ),
    );
  }
  const rule = REVOCATION_RULES['SERT-CABUT-ALASAN'];
  if (req.grounds.length === 0) {
    v.push(violation(rule, 'Pencabutan memerlukan bukti pelanggaran disiplin dan/atau pidana.', 'grounds'));
  }
  req.grounds.forEach((g, i) => {
    if (g.decisionRef.trim() === '') {
      v.push(violation(rule, 'Sebutkan keputusan yang membuktikan pelanggaran.', `grounds.${i}.decisionRef`));
    }
    if (!g.final) {
      v.push(
        violation(
          rule,
          `Keputusan ${g.decisionRef} belum final; pelanggaran belum terbukti.`,
          `grounds.${i}.final`,
        ),
      );
    }
    if (isAfter(g.decidedOn, now)) {
      v.push(
        violation(rule, `Keputusan ${g.decisionRef} bertanggal sesudah hari ini.`, `grounds.${i}.decidedOn`),
      );
    }
  });
  const revocation = {
    registrationNumber: req.registrationNumber,
    holder: req.holder,
    revokedOn: now,
    grounds: req.grounds,
  };
  return decide(
    {
      ...revocation,
      status: 'DICABUT',
      publication: { required: true, notice: publicationNotice(revocation) },
    },
    v,
  );
}

export interface PublicationRecord {
  medium: string;
  publishedOn: IsoDate;
  registrationNumber: string;
}

/** Whether the revocation has been published as Pasal 36(3) requires. */
export function checkRevocationPublished(
  revocation: Pick<Revocation, 'registrationNumber' | 'revokedOn'>,
  publications: readonly PublicationRecord[],
): Decision<PublicationRecord> {
  const found = publications.find(
    (p) =>
      p.registrationNumber === revocation.registrationNumber &&
      p.medium.trim() !== '' &&
      !isBefore(p.publishedOn, revocation.revokedOn),
  );
  return found
    ? decide(found, [])
    : decide(
        { medium: '', publishedOn: revocation.revokedOn, registrationNumber: revocation.registrationNumber },
        [
          violation(
            REVOCATION_RULES['SERT-CABUT-PUBLIKASI'],
            `Pencabutan sertifikat ${revocation.registrationNumber} belum dipublikasikan melalui media.`,
            'publication',
          ),
        ],
      );
}
