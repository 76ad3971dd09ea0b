/**
 * Maintaining the certificate, Perban BKN 7/2020 Pasal 35(1), (6): BKN, with the Kanreg where it takes part,
 * monitors the consistency of holders' performance by the methods of 35(1). A proven disciplinary or criminal
 * violation found while monitoring is referred to the revocation of Pasal 36(3), which cites the record as its
 * basis. The recommendations that follow are checked in ./development-recommendation.ts; what the API's schemas
 * need of them (purposes, statuses) is here, light, and their forms of 35(5) are domain/result/session.ts's.
 */
import type { SchemeCode } from '../reference/schemes';
import { isAfter, isBefore, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { CertificateStatus } from './competency-certificate';

export const MONITORING_RULES = /* @__PURE__ */ defineRules({
  'PANTAU-METODE': {
    article: 'Perban BKN 7/2020 Pasal 35(1)',
    summary:
      'Pemantauan memakai pemantauan langsung, data sekunder, kajian informasi, wawancara pengguna hasil kerja, atau metode lain yang diuraikan kesesuaiannya.',
  },
  'PANTAU-SERTIFIKAT-BERLAKU': {
    article: 'Perban BKN 7/2020 Pasal 35(1)',
    summary: 'Yang dipantau adalah pemegang sertifikat yang berlaku (versi berstatus AKTIF).',
  },
  'PANTAU-TANGGAL': {
    article: 'Perban BKN 7/2020 Pasal 35(1)',
    summary: 'Pemantauan bertanggal sejak sertifikat terbit dan tidak sesudah hari ini.',
  },
  'PANTAU-RUJUK-CABUT': {
    article: 'Perban BKN 7/2020 Pasal 36(3)',
    summary:
      'Pencabutan yang merujuk catatan pemantauan: catatan itu milik pemegang sertifikat yang sama dan mencatat temuan pelanggaran sejenis dengan dasar pencabutan.',
  },
});

/** The methods of Pasal 35(1), and "metode lain yang sesuai" described by who uses it. */
export const MONITORING_METHODS = [
  'PEMANTAUAN_LANGSUNG',
  'PENELAAHAN_DATA_SEKUNDER',
  'KAJIAN_INFORMASI',
  'WAWANCARA_PENGGUNA_HASIL_KERJA',
  'METODE_LAIN',
] as const;
export type MonitoringMethod = (typeof MONITORING_METHODS)[number];

/** What a recommendation aims at (Pasal 35(4)). */
export const DEVELOPMENT_PURPOSES = ['JENJANG_LEBIH_TINGGI', 'MENGISI_KESENJANGAN'] as const;
export type DevelopmentPurpose = (typeof DEVELOPMENT_PURPOSES)[number];

/** How a recommendation is followed, in order. */
export const RECOMMENDATION_STATUSES = ['DITERBITKAN', 'DITINDAKLANJUTI', 'SELESAI'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export type ViolationKind = 'DISIPLIN' | 'PIDANA';

/** The certificate version monitored, as far as the rules go. */
export interface MonitoredCertificate {
  nip: string;
  status: CertificateStatus;
  issuedOn: IsoDate;
  scheme: SchemeCode;
  unitCodes: readonly string[];
}

export interface MonitoringInput {
  method: MonitoringMethod;
  methodDescription?: string | undefined;
  observedOn: IsoDate;
}

/** Whether a monitoring of `certificate` may be recorded; every unmet rule listed. */
export function checkMonitoring(
  certificate: MonitoredCertificate,
  input: MonitoringInput,
  today: IsoDate,
): Decision<MonitoringInput> {
  const v: RuleViolation[] = [];
  if (input.method === 'METODE_LAIN' && !input.methodDescription?.trim()) {
    v.push(
      violation(
        MONITORING_RULES['PANTAU-METODE'],
        'Metode lain harus diuraikan: apa metodenya dan mengapa sesuai dengan kompetensi dan pemegang sertifikat.',
        'methodDescription',
      ),
    );
  }
  if (certificate.status !== 'AKTIF') {
    v.push(
      violation(
        MONITORING_RULES['PANTAU-SERTIFIKAT-BERLAKU'],
        `Sertifikat berstatus ${certificate.status}; pantau versi yang berlaku.`,
        'certificateId',
      ),
    );
  }
  if (isBefore(input.observedOn, certificate.issuedOn)) {
    v.push(
      violation(
        MONITORING_RULES['PANTAU-TANGGAL'],
        `Pemantauan bertanggal ${input.observedOn}, sebelum sertifikat terbit ${certificate.issuedOn}.`,
        'observedOn',
      ),
    );
  }
  if (isAfter(input.observedOn, today)) {
    v.push(
      violation(
        MONITORING_RULES['PANTAU-TANGGAL'],
        `Pemantauan bertanggal ${input.observedOn}, sesudah hari ini.`,
        'observedOn',
      ),
    );
  }
  return decide(input, v);
}

/** A monitoring record as the rules below read it. */
export interface MonitoringFinding {
  id: string;
  nip: string;
  instansiCode: string;
  violation?: { kind: ViolationKind } | undefined;
}

/**
 * Whether a revocation of the certificate of `nip` on `groundKinds` may cite `record` as its basis (Pasal 36(3)):
 * the record is the same holder's and found a violation of one of those kinds. `record` undefined: none has the id.
 */
export function checkRevocationBasis(
  record: MonitoringFinding | undefined,
  nip: string,
  groundKinds: readonly ViolationKind[],
): RuleViolation[] {
  const rule = MONITORING_RULES['PANTAU-RUJUK-CABUT'];
  if (!record) return [violation(rule, 'Catatan pemantauan yang dirujuk tidak ditemukan.', 'monitoringId')];
  if (record.nip !== nip) {
    return [violation(rule, 'Catatan pemantauan itu milik pemegang sertifikat lain.', 'monitoringId')];
  }
  if (!record.violation) {
    return [violation(rule, 'Catatan pemantauan itu tidak mencatat temuan pelanggaran.', 'monitoringId')];
  }
  if (!groundKinds.includes(record.violation.kind)) {
    return [
      violation(
        rule,
        `Catatan pemantauan mencatat pelanggaran ${record.violation.kind}, bukan jenis dasar pencabutan.`,
        'monitoringId',
      ),
    ];
  }
  return [];
}
