/**
 * Reinstatement (pengakuan kembali) of a revoked certificate, Perban BKN 7/2020 Pasal 36(4)-(6):
 * requested by the holder through the instansi where they work (4), once their authority has returned,
 * at the earliest 6 months after it returned (6), and carried out with a method suited to the scheme's
 * development and the applicant's condition (5).
 */
import { addMonths, isAfter, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { CertificateStatus } from './competency-certificate';

export const REINSTATEMENT_RULES = /* @__PURE__ */ defineRules({
  'SERT-PULIH-DICABUT': {
    article: 'Perban BKN 7/2020 Pasal 36(4)',
    summary: 'Pengakuan kembali hanya untuk sertifikat yang dicabut.',
  },
  'SERT-PULIH-PEMOHON': {
    article: 'Perban BKN 7/2020 Pasal 36(4)',
    summary: 'Pengakuan kembali berdasarkan permohonan pemegang sertifikat yang bersangkutan.',
  },
  'SERT-PULIH-MELALUI-INSTANSI': {
    article: 'Perban BKN 7/2020 Pasal 36(4)',
    summary: 'Permohonan diajukan melalui instansi tempat pemohon bertugas.',
  },
  'SERT-PULIH-6-BULAN': {
    article: 'Perban BKN 7/2020 Pasal 36(6)',
    summary: 'Permohonan paling cepat 6 bulan setelah kewenangan pemohon kembali (tepat 6 bulan diterima).',
  },
  'SERT-PULIH-KRONOLOGI': {
    article: 'Perban BKN 7/2020 Pasal 36(4) dan (6)',
    summary:
      'Kewenangan kembali setelah hilang karena putusan yang menjadi dasar pencabutan: tanggalnya tidak ' +
      'sebelum putusan itu, dan permohonan tidak bertanggal setelah hari ini.',
  },
  'SERT-PULIH-METODE': {
    article: 'Perban BKN 7/2020 Pasal 36(5)',
    summary: 'Pengakuan kembali dilakukan dengan metode sesuai perkembangan skema dan kondisi pemohon.',
  },
});

export const REINSTATEMENT_WAIT_MONTHS = 6;

export interface ReinstatementRequest {
  registrationNumber: string;
  holderNip: string;
  status: CertificateStatus;
  /** The scheme version printed on the revoked certificate. */
  schemeVersion: string;
  requestedByNip: string;
  /** The instansi submitting it, and whether it is where the applicant currently works. */
  submittedVia: { kind: 'INSTANSI' | 'LANGSUNG'; isCurrentWorkplace: boolean };
  /** When the applicant regained the authority to use their competence; null if not (yet). */
  authorityRestoredOn: IsoDate | null;
  requestedOn: IsoDate;
  /** When the applicant lost that authority: the earliest decision the revocation rests on; null if unknown. */
  authorityLostOn: IsoDate | null;
  /** Today (WIB), when BKN decides. */
  today: IsoDate;
}

export interface ReinstatementPlan {
  registrationNumber: string;
  earliestRequestDate: IsoDate;
  /** Pasal 36(5): reassess against the current scheme version, by a method chosen for the applicant. */
  reassessment: { schemeVersion: string; schemeChanged: boolean };
}

/** The first date a request may be made once authority returned on `authorityRestoredOn`. */
export function earliestReinstatementDate(authorityRestoredOn: IsoDate): IsoDate {
  return addMonths(authorityRestoredOn, REINSTATEMENT_WAIT_MONTHS);
}

/** Whether the reinstatement request may be accepted; every unmet rule is listed. */
export function requestReinstatement(
  req: ReinstatementRequest,
  currentSchemeVersion: string,
): Decision<ReinstatementPlan> {
  const R = REINSTATEMENT_RULES;
  const v: RuleViolation[] = [];
  if (req.status !== 'DICABUT') {
    v.push(
      violation(R['SERT-PULIH-DICABUT'], `Sertifikat berstatus ${req.status}, bukan dicabut.`, 'status'),
    );
  }
  if (req.requestedByNip !== req.holderNip) {
    v.push(
      violation(
        R['SERT-PULIH-PEMOHON'],
        'Permohonan harus diajukan oleh pemegang sertifikat sendiri.',
        'requestedByNip',
      ),
    );
  }
  if (req.submittedVia.kind !== 'INSTANSI' || !req.submittedVia.isCurrentWorkplace) {
    v.push(
      violation(
        R['SERT-PULIH-MELALUI-INSTANSI'],
        'Permohonan harus diajukan melalui instansi tempat pemohon bertugas.',
        'submittedVia',
      ),
    );
  }
  if (isAfter(req.requestedOn, req.today)) {
    v.push(
      violation(
        R['SERT-PULIH-KRONOLOGI'],
        `Tanggal permohonan ${req.requestedOn} belum tiba.`,
        'requestedOn',
      ),
    );
  }
  if (
    req.authorityRestoredOn &&
    req.authorityLostOn &&
    isAfter(req.authorityLostOn, req.authorityRestoredOn)
  ) {
    v.push(
      violation(
        R['SERT-PULIH-KRONOLOGI'],
        `Kewenangan tidak dapat kembali (${req.authorityRestoredOn}) sebelum hilang karena putusan ${req.authorityLostOn}.`,
        'authorityRestoredOn',
      ),
    );
  }
  let earliest = req.requestedOn;
  if (req.authorityRestoredOn === null) {
    v.push(
      violation(
        R['SERT-PULIH-6-BULAN'],
        'Kewenangan pemohon untuk menggunakan kompetensinya belum kembali.',
        'authorityRestoredOn',
      ),
    );
  } else {
    earliest = earliestReinstatementDate(req.authorityRestoredOn);
    if (isAfter(earliest, req.requestedOn)) {
      v.push(
        violation(
          R['SERT-PULIH-6-BULAN'],
          `Permohonan paling cepat ${REINSTATEMENT_WAIT_MONTHS} bulan setelah kewenangan kembali, yaitu mulai ${earliest}.`,
          'requestedOn',
        ),
      );
    }
  }
  return decide(
    {
      registrationNumber: req.registrationNumber,
      earliestRequestDate: earliest,
      reassessment: {
        schemeVersion: currentSchemeVersion,
        schemeChanged: currentSchemeVersion !== req.schemeVersion,
      },
    },
    v,
  );
}
