import type { IsoDate } from '../../domain/shared/dates';
import { Agenda, workingDaysFrom } from './calendar';
import type { Progress } from './progress';
import { assessCohort, assignCohortTeam, decideFirstTests, drawAssessment } from './stage-assessment';
import { followUpDecisions, prepareRetestPlaces, retestDay } from './stage-followup';
import { openRegistrations, prepareInvitations } from './stage-invitations';
import { confirmCohort, drawTraining, keepAttendance, recordELearning } from './stage-training';
import { reviewCohortTest } from './stage-review';
import {
  awaitAdditionalEvidence,
  formTestTeam,
  holdBriefing,
  openELearning,
  prepareTestPlan,
  provokeTestGates,
  setAppealStrategy,
  underPerban,
  writeResumesAndRecord,
} from './stage-delivery';
import type { DemoContext } from './state';

/** E-learning is completed in the week before the classroom days. */
const E_LEARNING_WORKING_DAYS_BEFORE = 3;

/**
 * The cohorts' days, in date order on the programme's calendar, each cohort on its own dates:
 * - the day its registration opens (14 days before it starts): the registration job opens it and the invitations
 *   go out through the instansi;
 * - the next working day: each participant acknowledges the letter and confirms (CV and action plan) or declines;
 * - three working days before it starts: the e-learning completed;
 * - its first day: BKN assigns the test team; the attendance register;
 * - its last day, the test day: attendance and the evaluation session, the test, the result session, and what
 *   the not-yet-competent do (re-test asks booked at once into a later session, an appeal); then the re-tests
 *   booked into this cohort's test session, tested and decided;
 * - the next working day: the participants' feedback on the test, the berita acara and the assessors' reports.
 * A cohort tested under Perban BKN 7/2020 (stage-delivery.ts) also has its e-learning opened with the
 * confirmations and a resume per module written, its team formed by decree with the instruments and test plan and
 * the briefing held on its first day, and on its test day the briefing's attendance, the appeal strategy and
 * the additional evidence its result session waits for.
 * A re-test session of BKN's own gets its test day when it is scheduled; an appeal is ruled on days later.
 */
export async function playCohorts(ctx: DemoContext, progress: Progress): Promise<void> {
  drawTraining(ctx);
  drawAssessment(ctx);
  await prepareInvitations(ctx);
  const retests = await prepareRetestPlaces(ctx);
  const agenda = new Agenda();
  for (const cohort of ctx.cohorts) {
    const { number } = cohort;
    const lane = `angkatan ${number}`;
    const opens = cohort.registrationOpensOn as IsoDate;
    if (!agenda.has(opens, 'pendaftaran'))
      agenda.at(opens, 'pendaftaran', {
        label: 'pendaftaran dibuka, undangan terkirim',
        subject: 'jadwal',
        run: () => openRegistrations(ctx),
      });
    const perban = underPerban(cohort);
    let instrument = '';
    agenda.at(workingDaysFrom(opens, 1), lane, {
      label: perban ? 'undangan diterima, konfirmasi, e-learning dibuka' : 'undangan diterima, konfirmasi',
      subject: number,
      run: async () => {
        await confirmCohort(ctx, number);
        if (perban) await openELearning(ctx, number);
      },
    });
    agenda.at(workingDaysFrom(cohort.startDate as IsoDate, -E_LEARNING_WORKING_DAYS_BEFORE), lane, {
      label: perban ? 'e-learning: resume per modul' : 'e-learning',
      subject: number,
      run: () => (perban ? writeResumesAndRecord(ctx, number) : recordELearning(ctx, number)),
    });
    agenda.at(cohort.startDate as IsoDate, lane, {
      label: perban
        ? 'hari pertama: tim uji dengan SK, instrumen dan rencana uji, pengarahan'
        : 'hari pertama',
      subject: number,
      run: async () => {
        if (perban) {
          await formTestTeam(ctx, number);
          // The last unit is planned on the test day, after an assessor met the gate (provokeTestGates).
          instrument = await prepareTestPlan(ctx, number, 1);
          await holdBriefing(ctx, number);
        } else await assignCohortTeam(ctx, number);
        await keepAttendance(ctx, number, false);
      },
    });
    agenda.at(cohort.endDate as IsoDate, lane, {
      label: perban
        ? 'hari uji: evaluasi, absensi pengarahan, uji, bukti tambahan, sidang hasil'
        : 'hari uji: evaluasi, uji, sidang hasil, tindak lanjut',
      subject: number,
      run: async () => {
        await keepAttendance(ctx, number, true);
        if (perban) await provokeTestGates(ctx, number, instrument);
        await assessCohort(ctx, number);
        if (perban) {
          await setAppealStrategy(ctx, number);
          await awaitAdditionalEvidence(ctx, number);
        }
        await decideFirstTests(ctx, number);
        await followUpDecisions(ctx, agenda, retests, number);
        await retestDay(ctx, number);
      },
    });
    agenda.at(workingDaysFrom(cohort.endDate as IsoDate, 1), lane, {
      label: 'umpan balik peserta, berita acara dan laporan asesor',
      subject: number,
      run: () => reviewCohortTest(ctx, number),
    });
  }
  await agenda.play(ctx, progress);
}
