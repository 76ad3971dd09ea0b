/**
 * Test sessions and their own capacity. A cohort is tested on its last day; its test session holds its own
 * participants and, if the room and the test team allow more, re-test candidates from earlier sessions (Perban BKN
 * 7/2020 Pasal 25c, 26). How many a session can test depends on the room of its test site (TUK, Pasal 27(2)-(4):
 * "kecukupan sarana, prasarana, dan personel") and on the team: the team is sized to the number of participants
 * (Pasal 19(3)). Training seats and test places are counted apart, so a full training plan never leaves a re-test
 * without a place: BKN can also schedule a re-test session of its own, a test session without training.
 */
import { addDays, isAfter, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const TEST_SESSION_RULES = /* @__PURE__ */ defineRules({
  'SESI-UJI-KAPASITAS': {
    article: 'Perban BKN 7/2020 Pasal 19(3), 27(2), 27(4)',
    summary:
      'Kapasitas sesi uji adalah yang lebih kecil dari daya tampung ruang uji dan jumlah asesor kali peserta per asesor; ia menampung paling sedikit peserta angkatannya sendiri dan uji ulang yang sudah dijadwalkan.',
  },
  'SESI-UJI-ULANG-JADWAL': {
    article: 'Perban BKN 7/2020 Pasal 25c, 26(1)',
    summary:
      'BKN menjadwalkan sesi uji ulang untuk skema yang ditawarkan program, pada tanggal yang belum tiba.',
  },
});

const R = TEST_SESSION_RULES;

export interface TestSessionCapacity {
  /** Candidates the test room holds. */
  roomCapacity: number;
  /** Assessors of the session's team. */
  assessorCount: number;
  /** Candidates one assessor tests in the session (Pasal 19(3): set by BKN for the scheme and the methods). */
  participantsPerAssessor: number;
}

export interface TestSessionPlaces {
  testCapacity: number;
  /** Places left for re-test candidates once the cohort's own participants are counted. */
  retestPlaces: number;
}

/**
 * The places of a cohort's (or a re-test session's) test session: its capacity, less the training seats of the
 * cohort itself (0 for a re-test session). Refused when it cannot test the cohort's own participants, or fewer
 * re-test candidates than are already booked into it.
 */
export function testSessionPlaces(
  capacity: TestSessionCapacity,
  trainingSeats: number,
  retestsBooked = 0,
): Decision<TestSessionPlaces> {
  const testCapacity = Math.min(
    capacity.roomCapacity,
    capacity.assessorCount * capacity.participantsPerAssessor,
  );
  const retestPlaces = testCapacity - trainingSeats;
  const v: RuleViolation[] = [];
  if (retestPlaces < 0) {
    v.push(
      violation(
        R['SESI-UJI-KAPASITAS'],
        `Sesi uji menampung ${testCapacity} peserta (ruang ${capacity.roomCapacity}, ${capacity.assessorCount} asesor × ${capacity.participantsPerAssessor}); angkatannya sendiri ${trainingSeats} peserta.`,
        'roomCapacity',
      ),
    );
  } else if (retestPlaces < retestsBooked) {
    v.push(
      violation(
        R['SESI-UJI-KAPASITAS'],
        `${retestsBooked} uji ulang sudah dijadwalkan ke sesi ini; tempat uji ulang tidak dapat dikurangi menjadi ${retestPlaces}.`,
        'roomCapacity',
      ),
    );
  }
  return decide({ testCapacity, retestPlaces }, v);
}

export interface RetestSessionPlan {
  scheme: string;
  testDate: IsoDate;
  /** The schemes the programme offers (Pasal 14(1)). */
  offeredSchemes: readonly string[];
  today: IsoDate;
}

/**
 * Whether BKN may schedule a re-test session: a scheme of the programme, on a day still ahead (the candidates are
 * invited and a test site verified before it, Pasal 27(4)). The session is one day, tested that day.
 */
export function planRetestSession(
  plan: RetestSessionPlan,
): Decision<{ startDate: IsoDate; endDate: IsoDate }> {
  const v: RuleViolation[] = [];
  if (!plan.offeredSchemes.includes(plan.scheme)) {
    v.push(
      violation(
        R['SESI-UJI-ULANG-JADWAL'],
        `Skema ${plan.scheme} tidak ditawarkan program ini (${plan.offeredSchemes.join(', ')}).`,
        'scheme',
      ),
    );
  }
  if (!isAfter(plan.testDate, plan.today)) {
    v.push(
      violation(
        R['SESI-UJI-ULANG-JADWAL'],
        `Sesi uji ulang dijadwalkan pada tanggal yang belum tiba; ${plan.testDate} tidak sesudah ${plan.today}.`,
        'testDate',
      ),
    );
  }
  return decide({ startDate: plan.testDate, endDate: addDays(plan.testDate, 0) }, v);
}
