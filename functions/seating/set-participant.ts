import { testDatesMet, testDatesOf } from '../../domain/eligibility/test-date';
import { checkSetting } from '../../domain/preassessment/setting';
import type { QualificationCode } from '../../domain/reference/qualifications';
import { dateInWib } from '../../domain/shared/dates';
import type { Participant } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import { testDateProfileOf } from '../../services/candidates/profile';
import { instansiRead } from '../../adapters/dynamodb/instansi-repository';
import { loadPreAssessment } from '../../adapters/dynamodb/preassessment-repository';
import { programRead } from '../../adapters/dynamodb/program-repository';
import { candidateRead } from '../../adapters/dynamodb/proposal-repository';
import { participantRead, saveParticipant } from '../../adapters/dynamodb/seating-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { candidateNotFound, instansiNotFound } from '../../runtime/http/not-found';
import { requestPlacement } from '../../adapters/sqs/placement-queue';

/**
 * The participant-setting session (Perban BKN 7/2020 Pasal 31(1)f): an accepted candidate becomes a participant
 * (SET), who is then queued for a seat, or is not (NOT_SET, with the reason). Only a candidate whose complete
 * self-assessment an assessor last recommended FIT can be SET (domain/preassessment/setting.ts). Setting
 * an already set participant again only re-queues the placement, which is harmless.
 */
export const setParticipant: Operation<typeof routes.setParticipant> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  // What the session decides on, in one read (S18): the instansi, the candidate, the programme, the participant.
  const [instansi, candidate, program, existing] = await readItems(
    instansiRead(params.instansiCode),
    candidateRead(params, params.nip),
    programRead(params.programId),
    participantRead(params.programId, params.nip),
  );
  if (!instansi) throw instansiNotFound();
  if (!candidate) throw candidateNotFound();
  if (candidate.status !== 'ACCEPTED') {
    throw new HttpError(
      409,
      'CANDIDATE_NOT_ACCEPTED',
      'Calon belum diterima dalam sidang penetapan calon peserta.',
    );
  }
  // Checked again against the test dates still ahead (Pasal 16(4), 31(2)b, c, e): kept on the participant, so
  // placement and moves offer only cohorts on whose test date the participant is eligible.
  let eligibleTestDates: string[] | undefined;
  let qualification: QualificationCode | undefined;
  if (body.decision === 'SET') {
    const { selfAssessment, history } = await loadPreAssessment(params, params.nip);
    const remaining = testDatesOf(program?.cohortPlan ?? [], candidate.scheme, dateInWib(now));
    const met = testDatesMet(testDateProfileOf(candidate), remaining);
    const verdict = checkSetting({
      decision: body.decision,
      selfAssessmentComplete: selfAssessment?.complete,
      recommendation: history.at(-1),
      testDates: { remaining, eligible: met.eligibleTestDates, violations: met.violations },
    });
    if (!verdict.ok) throw rulesNotMet(verdict.violations);
    eligibleTestDates = met.eligibleTestDates;
    // The qualification the self-assessment was made on: the candidate's own (domain/reference/qualifications.ts).
    qualification = selfAssessment?.qualification;
  }
  if (existing?.status === 'SET' && body.decision === 'SET') {
    if (!existing.seat) await requestPlacement(existing, correlationId, now);
    return { statusCode: 200, body: existing };
  }
  if (existing?.seat) {
    throw new HttpError(
      409,
      'PARTICIPANT_SEATED',
      'Peserta sudah duduk di angkatan; pindahkan atau batalkan kursinya dahulu.',
    );
  }
  const at = now.toISOString();
  const participant: Participant = {
    programId: params.programId,
    nip: params.nip,
    instansiCode: params.instansiCode,
    name: candidate.name,
    scheme: candidate.scheme,
    position: {
      title: candidate.position.title,
      unit: candidate.position.unit,
      rank: candidate.position.rank,
    },
    status: body.decision,
    ...(candidate.contact ? { contact: candidate.contact } : {}),
    ...(qualification ? { qualification } : {}),
    ...(eligibleTestDates ? { eligibleTestDates } : {}),
    setting: {
      decision: body.decision,
      ...(body.reason ? { reason: body.reason } : {}),
      decidedBy: principal.username,
      decidedAt: at,
    },
    updatedAt: at,
  };
  if (!(await saveParticipant(participant))) {
    throw new HttpError(
      409,
      'PARTICIPANT_SEATED',
      'Peserta baru saja mendapat kursi di angkatan; muat ulang.',
    );
  }
  if (participant.status === 'SET') await requestPlacement(participant, correlationId, now);
  return { statusCode: 200, body: participant };
};
