/**
 * Development recommendations, Perban BKN 7/2020 Pasal 35(2), 35(4) and 35(5): to an instansi or a holder, in
 * the forms of 35(5), aimed at a higher level or at the units not yet mastered (35(4)), optionally resting on
 * monitoring records.
 */
import { isCompetencyUnitCode } from '../reference/competency-units';
import { qualificationsOfScheme } from '../reference/qualifications';
import { schemeOneLevelAbove, type SchemeCode } from '../reference/schemes';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import type {
  DevelopmentPurpose,
  MonitoredCertificate,
  MonitoringFinding,
  RecommendationStatus,
} from './monitoring';
import { RECOMMENDATION_STATUSES } from './monitoring';

export const DEVELOPMENT_RECOMMENDATION_RULES = /* @__PURE__ */ defineRules({
  'REKOM-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 35(4)',
    summary: 'Rekomendasi pengembangan menyebut unit kompetensi yang dikenal, paling sedikit satu.',
  },
  'REKOM-KESENJANGAN': {
    article: 'Perban BKN 7/2020 Pasal 35(4)',
    summary:
      'Rekomendasi untuk mengisi kesenjangan hanya menyebut unit yang belum dikuasai pemegang sertifikat.',
  },
  'REKOM-JENJANG': {
    article: 'Perban BKN 7/2020 Pasal 35(2), 35(4)',
    summary:
      'Rekomendasi ke jenjang lebih tinggi menyebut unit skema satu jenjang di atas sertifikat pemegang.',
  },
  'REKOM-DASAR': {
    article: 'Perban BKN 7/2020 Pasal 35(2)',
    summary:
      'Catatan pemantauan yang menjadi dasar rekomendasi ada, dan milik pemegang (atau instansi) yang direkomendasikan.',
  },
  'REKOM-STATUS': {
    article: 'Perban BKN 7/2020 Pasal 35(2)',
    summary: 'Status rekomendasi maju satu langkah: DITERBITKAN, lalu DITINDAKLANJUTI, lalu SELESAI.',
  },
});

export interface RecommendationInput {
  purpose: DevelopmentPurpose;
  unitCodes: readonly string[];
  /** The monitoring records cited as its basis, as found (undefined where none has the id). */
  basis: readonly (MonitoringFinding | undefined)[];
}

/** To whom a recommendation goes: a holder (with the certificate in force) or an instansi. */
export type RecommendationTarget =
  { kind: 'PEMEGANG'; certificate: MonitoredCertificate } | { kind: 'INSTANSI'; instansiCode: string };

/** The units of the scheme one level above `scheme`: what a higher-level recommendation may name. */
function higherLevelUnits(scheme: SchemeCode): ReadonlySet<string> {
  const above = schemeOneLevelAbove(scheme);
  return new Set(above ? qualificationsOfScheme(above).flatMap((q) => q.units.map((u) => u.unit)) : []);
}

/** Whether a development recommendation may be issued to `target`; every unmet rule listed. */
export function checkRecommendation(
  target: RecommendationTarget,
  input: RecommendationInput,
): Decision<RecommendationInput> {
  const v: RuleViolation[] = [];
  if (input.unitCodes.length === 0) {
    v.push(
      violation(
        DEVELOPMENT_RECOMMENDATION_RULES['REKOM-UNIT'],
        'Sebutkan unit kompetensi yang dikembangkan.',
        'unitCodes',
      ),
    );
  }
  input.unitCodes.forEach((code, i) => {
    if (!isCompetencyUnitCode(code)) {
      v.push(
        violation(
          DEVELOPMENT_RECOMMENDATION_RULES['REKOM-UNIT'],
          `Unit ${code} tidak dikenal.`,
          `unitCodes.${i}`,
        ),
      );
    }
  });
  if (target.kind === 'PEMEGANG') {
    const { certificate } = target;
    if (input.purpose === 'MENGISI_KESENJANGAN') {
      input.unitCodes.forEach((code, i) => {
        if (certificate.unitCodes.includes(code)) {
          v.push(
            violation(
              DEVELOPMENT_RECOMMENDATION_RULES['REKOM-KESENJANGAN'],
              `Unit ${code} sudah dinyatakan kompeten pada sertifikat; bukan kesenjangan.`,
              `unitCodes.${i}`,
            ),
          );
        }
      });
    } else {
      const above = higherLevelUnits(certificate.scheme);
      if (above.size === 0) {
        v.push(
          violation(
            DEVELOPMENT_RECOMMENDATION_RULES['REKOM-JENJANG'],
            `Tidak ada skema jenjang di atas ${certificate.scheme} yang unitnya dikenal.`,
            'purpose',
          ),
        );
      }
      input.unitCodes.forEach((code, i) => {
        if (above.size > 0 && isCompetencyUnitCode(code) && !above.has(code)) {
          v.push(
            violation(
              DEVELOPMENT_RECOMMENDATION_RULES['REKOM-JENJANG'],
              `Unit ${code} bukan unit skema satu jenjang di atas ${certificate.scheme}.`,
              `unitCodes.${i}`,
            ),
          );
        }
      });
    }
  }
  input.basis.forEach((record, i) => {
    const ofTarget =
      record &&
      (target.kind === 'PEMEGANG'
        ? record.nip === target.certificate.nip
        : record.instansiCode === target.instansiCode);
    if (!ofTarget) {
      v.push(
        violation(
          DEVELOPMENT_RECOMMENDATION_RULES['REKOM-DASAR'],
          record
            ? 'Catatan pemantauan itu bukan milik yang direkomendasikan.'
            : 'Catatan pemantauan yang dirujuk tidak ditemukan.',
          `monitoringIds.${i}`,
        ),
      );
    }
  });
  return decide(input, v);
}

/** Whether a recommendation may move from `from` to `to`: one step forward only. */
export function checkRecommendationProgress(
  from: RecommendationStatus,
  to: RecommendationStatus,
): Decision<RecommendationStatus> {
  const step = RECOMMENDATION_STATUSES.indexOf(to) - RECOMMENDATION_STATUSES.indexOf(from);
  return decide(
    to,
    step === 1
      ? []
      : [
          violation(
            DEVELOPMENT_RECOMMENDATION_RULES['REKOM-STATUS'],
            `Rekomendasi berstatus ${from}; tidak dapat menjadi ${to}.`,
            'status',
          ),
        ],
  );
}
