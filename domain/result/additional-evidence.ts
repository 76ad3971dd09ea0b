/**
 * Additional evidence (Perban BKN 7/2020 Pasal 25b): the result session sets how a participant who is missing
 * part of the required evidence collects more, by a deadline, before it decides. The decision on that attempt
 * waits while the request is open. The evidence itself is recorded by the assessors through the assessment routes
 * (Pasal 30(2)g-i); a unit counts as answered once evidence was recorded on it after the request and the assessor
 * recommended again after that evidence. After the deadline the session decides on what there is: each unit's latest
 * recommendation, on the evidence recorded by then (a unit never recommended still blocks, UJI-KEPUTUSAN-ASESOR).
 */
import { isAfter, type IsoDate } from '../shared/dates';
import { defineRules, violation, type RuleViolation } from '../shared/rule';

export const ADDITIONAL_EVIDENCE_RULES = /* @__PURE__ */ defineRules({
  'SIDANG-BUKTI-TAMBAHAN': {
    article: 'Perban BKN 7/2020 Pasal 25b',
    summary:
      'Sidang hasil meminta bukti tambahan sebelum memutus percobaan itu, atas unit yang diuji pada percobaan itu, dengan batas waktu sesudah hari ini.',
  },
  'SIDANG-MENUNGGU-BUKTI-TAMBAHAN': {
    article: 'Perban BKN 7/2020 Pasal 25a, 25b',
    summary:
      'Keputusan atas peserta menunggu bukti tambahan yang diminta sampai setiap unitnya terjawab atau batas waktunya lewat; sesudah itu sidang memutus atas bukti yang ada.',
  },
});

const R = ADDITIONAL_EVIDENCE_RULES;

/** The longest the session may give (our choice: the sources set none; a month keeps the cohort's decisions moving). */
export const MAX_EVIDENCE_DAYS = 30;

export interface EvidenceRequestInput {
  unitCodes: readonly string[];
  /** The last calendar day (WIB) the evidence may come in. */
  deadline: IsoDate;
}

/** Whether the session may ask for additional evidence now; every unmet rule is listed. */
export function checkEvidenceRequest(
  input: EvidenceRequestInput,
  attempt: { testedUnits: readonly string[]; decided: boolean },
  today: IsoDate,
  latestDeadline: IsoDate,
): RuleViolation[] {
  const rule = R['SIDANG-BUKTI-TAMBAHAN'];
  const v: RuleViolation[] = [];
  if (attempt.decided) {
    v.push(violation(rule, 'Percobaan ini sudah diputus; bukti tambahan diminta sebelum keputusan.', 'nip'));
  }
  if (input.unitCodes.length === 0) {
    v.push(violation(rule, 'Sebutkan paling sedikit satu unit yang buktinya belum lengkap.', 'unitCodes'));
  }
  input.unitCodes.forEach((code, i) => {
    if (!attempt.testedUnits.includes(code)) {
      v.push(violation(rule, `Unit ${code} tidak diuji pada percobaan ini.`, `unitCodes.${i}`));
    }
  });
  if (!isAfter(input.deadline, today)) {
    v.push(violation(rule, `Batas waktu ${input.deadline} harus sesudah hari ini (${today}).`, 'deadline'));
  } else if (isAfter(input.deadline, latestDeadline)) {
    v.push(
      violation(rule, `Batas waktu paling lambat ${latestDeadline} (${MAX_EVIDENCE_DAYS} hari).`, 'deadline'),
    );
  }
  return v;
}

/** What the assessors recorded on one unit of the attempt, as the request's status needs it. */
export interface UnitRecords {
  evidence: readonly { recordedAt: string }[];
  recommendations: readonly { recommendedAt: string }[];
}

export type EvidenceRequestState = 'MENUNGGU' | 'TERPENUHI' | 'LEWAT_BATAS';

export interface EvidenceRequestStatus {
  state: EvidenceRequestState;
  answeredUnits: string[];
  outstandingUnits: string[];
}

const latest = (instants: readonly string[]) =>
  instants.reduce<string | undefined>((a, b) => (a && a > b ? a : b), undefined);

/**
 * A unit is answered when evidence was recorded on it at or after the request and the assessor's latest
 * recommendation is not older than its latest evidence (ISO instants compare as text).
 */
function answered(requestedAt: string, unit: UnitRecords | undefined): boolean {
  if (!unit) return false;
  const lastEvidence = latest(unit.evidence.map((e) => e.recordedAt));
  const lastRecommendation = latest(unit.recommendations.map((r) => r.recommendedAt));
  return (
    lastEvidence !== undefined &&
    lastEvidence >= requestedAt &&
    lastRecommendation !== undefined &&
    lastRecommendation >= lastEvidence
  );
}

/** Where a request stands on `today`: answered on every unit, still waiting, or past its deadline. */
export function evidenceRequestStatus(
  request: { unitCodes: readonly string[]; requestedAt: string; deadline: string },
  units: ReadonlyMap<string, UnitRecords>,
  today: IsoDate,
): EvidenceRequestStatus {
  const answeredUnits = request.unitCodes.filter((code) => answered(request.requestedAt, units.get(code)));
  const outstandingUnits = request.unitCodes.filter((code) => !answeredUnits.includes(code));
  const state: EvidenceRequestState =
    outstandingUnits.length === 0
      ? 'TERPENUHI'
      : isAfter(today, request.deadline as IsoDate)
        ? 'LEWAT_BATAS'
        : 'MENUNGGU';
  return { state, answeredUnits, outstandingUnits };
}

/** Why the session cannot decide this attempt yet: every request of it still waiting for evidence. */
export function waitingForEvidence(
  requests: readonly {
    requestId: string;
    unitCodes: readonly string[];
    requestedAt: string;
    deadline: string;
  }[],
  units: ReadonlyMap<string, UnitRecords>,
  today: IsoDate,
): RuleViolation[] {
  return requests.flatMap((request) => {
    const status = evidenceRequestStatus(request, units, today);
    return status.state === 'MENUNGGU'
      ? [
          violation(
            R['SIDANG-MENUNGGU-BUKTI-TAMBAHAN'],
            `Bukti tambahan unit ${status.outstandingUnits.join(', ')} diminta sampai ${request.deadline}; keputusan menunggu bukti itu atau batas waktunya.`,
            `evidenceRequests.${request.requestId}`,
          ),
        ]
      : [];
  });
}
