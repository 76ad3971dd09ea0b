import type { IsoDate } from '../../domain/shared/dates';
import { Agenda, workingDaysFrom } from './calendar';
import type { Progress } from './progress';
import { assessCohort, assignCohortTeam, decideFirstTests, drawAssessment } from './stage-assessment';
import { followUpDecisions, prepareRetestPlaces, retestDay } from './stage-followup';
import { openRegistrations, prepareInvitations } from './stage-invitations';
import { confirmCohort, drawTraining, keepAttendance, recordELearning } from './stage-training';
import { reviewCohortTest } from './stage-review';
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
    agenda.at(workingDaysFrom(opens, 1), lane, {
      label: 'undangan diterima, konfirmasi',
      subject: number,
      run: () => confirmCohort(ctx, number),
    });
    agenda.at(workingDaysFrom(cohort.startDate as IsoDate, -E_LEARNING_WORKING_DAYS_BEFORE), lane, {
      label: 'e-learning',
      subject: number,
      run: () => recordELearning(ctx, number),
    });
    agenda.at(cohort.startDate as IsoDate, lane, {
      label: 'hari pertama',
      subject: number,
      run: async () => {
        await assignCohortTeam(ctx, number);
        await keepAttendance(ctx, number, false);
      },
    });
    agenda.at(cohort.endDate as IsoDate, lane, {
      label: 'hari uji: evaluasi, uji, sidang hasil, tindak lanjut',
      subject: number,
      run: async () => {
        await keepAttendance(ctx, number, true);
        await assessCohort(ctx, number);
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
