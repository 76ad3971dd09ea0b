import type { PlannedCohort } from '../../domain/program/program';
import { requiredUnitCodes, qualificationFor } from '../../domain/reference/qualifications';
import type { IsoDate } from '../../domain/shared/dates';
import { certificateSigners, pikEquivalences } from './bodies';
import { moveClockTo } from './calendar';
import type { Progress } from './progress';
import { provinceInstansi, generateScenario, type InstansiSpec } from './scenario';
import { identifyTestSite, setTestTeamRatio } from './stage-delivery';
import { registerInstansi, type DemoScale } from './stage-programme';
import {
  add,
  programmeContext,
  refreshCohorts,
  type DemoContext,
  type RegionalRun,
  type Stage,
} from './state';

/*
 * A programme a Kanreg proposes for a province that initiates and pays for it (Perban BKN 7/2020 Pasal 7, 8, 11b,
 * 16(8)), played beside the national one by a context of its own: its instansi, candidates, programme, cohorts
 * and participants. The stages of the national programme play it (proposals, sessions, placement, the cohorts'
 * days, certificates), on its own days of 2027, after the structural scenario's last (2 April 2027): the
 * invitation letters count working days back from a cohort (Perka BKN 11/2008 Lampiran III.2.a.4), which the
 * holiday table allows for 2019 and 2025-2027 only.
 */

/** The province, Jawa Barat, in the region of Kanreg III; its first districts propose beside it. */
const PROVINCE = '32';
const TUK = {
  tukId: 'TUK-KANREG-III-01',
  name: 'Aula Kantor Regional III BKN',
  address: 'Jl. Surapati No. 1, Bandung',
};
/** NIPs of the regional candidates start here (`nipFor`): past the 2019 programme's, born from 1983. */
const FIRST_NIP = 3_000;

/** The regional programme's days in 2027: working days on the holiday table. */
export const REGIONAL_DAYS = {
  /** The Kanreg proposes the programme. */
  proposed: '2027-04-05' as IsoDate,
  /** The Kanreg and BKN's training unit coordinate; BKN approves the next day. */
  coordination: '2027-04-07' as IsoDate,
  approval: '2027-04-08' as IsoDate,
  /** The window job opens the proposals; the instansi and the Kanreg propose. */
  proposals: '2027-04-12' as IsoDate,
  screening: '2027-04-15' as IsoDate,
  /** After the window closed (23 April). */
  setting: '2027-04-26' as IsoDate,
};

/** The proposal window, and the schedule the province agreed to pay for (Pasal 16(8)). */
const WINDOW = { opensAt: '2027-04-12T08:00:00+07:00', closesAt: '2027-04-23T16:00:00+07:00' };
const AGREEMENT = {
  reference: '800/12/BKD/2027',
  agreedOn: '2027-03-22',
  scheduleFrom: '2027-05-01',
  scheduleUntil: '2027-06-30',
};

export interface RegionalPlan {
  scale: DemoScale;
  kanreg: string;
  instansi: InstansiSpec[];
  cohortPlan: readonly PlannedCohort[];
}

/** Small: one Administrator cohort of 8 and four instansi; full: two cohorts of 30 and eight instansi. */
export function regionalPlan(scale: DemoScale): RegionalPlan {
  const cohort = (number: number, capacity: number, startDate: string, endDate: string): PlannedCohort => ({
    number,
    scheme: 'ADMINISTRATOR',
    capacity,
    startDate: startDate as IsoDate,
    endDate: endDate as IsoDate,
  });
  const instansi = provinceInstansi(PROVINCE, scale === 'small' ? 3 : 7);
  return {
    scale,
    kanreg: instansi[0]!.kanreg!,
    instansi,
    cohortPlan:
      scale === 'small'
        ? [cohort(1, 8, '2027-05-24', '2027-05-25')]
        : [cohort(1, 30, '2027-05-24', '2027-05-25'), cohort(2, 30, '2027-05-26', '2027-05-27')],
  };
}

/** BKN itself, whose assessors consult the candidates before the test (stage-participants.ts). */
const BKN: InstansiSpec = {
  code: 'KL001',
  name: 'Badan Kepegawaian Negara',
  kind: 'PUSAT',
  kanreg: null,
  proposedBy: 'instansi',
  bkn: true,
};

/** The context that plays the regional programme: its own people and programme, the run's stack and actors. */
function regionalContext(parent: DemoContext, plan: RegionalPlan): DemoContext {
  const scenario = generateScenario(plan.cohortPlan, REGIONAL_DAYS.proposals, parent.scenario.seed, {
    instansi: plan.instansi,
    firstNip: FIRST_NIP,
  });
  // One candidate who ends up set, with no slip on the way, is a PIK graduate.
  const graduate = scenario.candidates.find(
    (c) => !c.ineligible && !c.notSet && !c.missingDocument && !c.documentRequested && !c.notFitFirst,
  );
  if (graduate) graduate.pikGraduate = true;
  // Everyone competent in the first test: the regional cohorts show the delivery, not the re-tests.
  return { ...programmeContext(parent, scenario), notYetCompetent: { share: 0, min: 0 } };
}

/** A stage played by the regional programme's context, on the run's stack and calendar. */
export const inRegional =
  (stage: Stage): Stage =>
  async (ctx, progress) => {
    const regional = ctx.regional!.ctx;
    regional.stack = ctx.stack;
    regional.today = ctx.today;
    await stage(regional, progress);
    ctx.today = regional.today;
  };

/** The dates and terms of a regional programme's proposal: its year, days, proposal window and funding agreement. */
export interface RegionalTerms {
  year: number;
  days: { proposed: IsoDate; coordination: IsoDate; approval: IsoDate; proposals: IsoDate };
  window: { opensAt: string; closesAt: string };
  agreement: { reference: string; agreedOn: string; scheduleFrom: string; scheduleUntil: string };
  testSite: { name: string; address: string };
}

const TERMS_2027: RegionalTerms = {
  year: 2027,
  days: REGIONAL_DAYS,
  window: WINDOW,
  agreement: AGREEMENT,
  testSite: { name: TUK.name, address: TUK.address },
};

/**
 * The Kanreg proposes the programme its province pays for; after coordination BKN's training unit approves it,
 * which creates it with the Kanreg's allocation and test site. BKN names its certificate signers, keeps the
 * criteria of test sites and the coordinator identifies the Kanreg's room, sets the test-team ratio and the PIK
 * course equivalences; the window job opens the proposals.
 */
export async function openRegionalProgramme(
  ctx: DemoContext,
  plan: RegionalPlan,
  progress: Progress,
): Promise<void> {
  if (ctx.today > REGIONAL_DAYS.proposed)
    throw new Error(
      `the regional programme starts on ${REGIONAL_DAYS.proposed}; the calendar is on ${ctx.today}`,
    );
  const regional = regionalContext(ctx, plan);
  await registerInstansi(regional, [BKN, ...plan.instansi], progress);
  ctx.regional = await proposeRegionalProgramme(regional, plan, TERMS_2027);
  const admin = await ctx.actors.admin();
  await identifyTestSite(regional, TUK.tukId, plan.kanreg, TUK.name, TUK.address);
  await setTestTeamRatio(regional);
  const province = plan.instansi[0]!;
  const units = requiredUnitCodes(qualificationFor('ADMINISTRATOR', province)!);
  for (const { courseCode, body } of pikEquivalences(units))
    await admin('PUT', `/pik/course-equivalences/${courseCode}`, body);
  await openProposals(regional);
  ctx.today = regional.today;
}

/**
 * The Kanreg proposes the programme for the province its plan starts with, which pays for it; after
 * coordination BKN's training unit approves it, which creates it with the Kanreg's allocation (every candidate
 * of the context's scenario) and test site, and names its certificate signers. The instansi are registered.
 */
export async function proposeRegionalProgramme(
  regional: DemoContext,
  plan: Pick<RegionalPlan, 'kanreg' | 'instansi' | 'cohortPlan'>,
  terms: RegionalTerms,
): Promise<RegionalRun> {
  const { scenario } = regional;
  await moveClockTo(regional, terms.days.proposed);
  const kanreg = await regional.actors.kanreg(plan.kanreg);
  const province = plan.instansi[0]!;
  const schemes = [...new Set(plan.cohortPlan.map((c) => c.scheme))];
  const quota = Math.ceil(scenario.candidates.length / plan.instansi.length);
  const proposed = await kanreg(
    'POST',
    '/regional-programs',
    {
      name: `Sertifikasi Manajemen ASN ${province.name.replace('Pemerintah ', '')} ${terms.year}`,
      year: terms.year,
      schemes,
      proposalWindow: terms.window,
      quotaPerInstansi: Object.fromEntries(schemes.map((s) => [s, quota])),
      cohortPlan: plan.cohortPlan,
      initiatorInstansi: province.code,
      funding: {
        source: 'APBD_PROVINSI',
        funder: { instansiCode: province.code, name: province.name },
        agreement: terms.agreement,
      },
      testSite: terms.testSite,
      candidates: scenario.candidates.length,
    },
    [201],
  );
  const regionalProgramId = proposed.body.id as string;
  await moveClockTo(regional, terms.days.approval);
  const admin = await regional.actors.admin();
  const approved = await admin(
    'POST',
    `/regional-programs/${regionalProgramId}/decision`,
    {
      outcome: 'APPROVED',
      coordination: { heldOn: terms.days.coordination, reference: `ND-17/Pusbang ASN/IV/${terms.year}` },
    },
    [201],
  );
  regional.programId = approved.body.id;
  const cohorts = await refreshCohorts(regional);
  add(regional.counts, 'angkatan', cohorts.length);
  await admin('PUT', `/programs/${regional.programId}/certificate-signers`, certificateSigners());
  return {
    ctx: regional,
    regionalProgramId,
    kanreg: plan.kanreg,
    allocation: scenario.candidates.length,
  };
}

/** On the first day of the proposal window the window job opens the programme's proposals. */
export async function openProposals(ctx: DemoContext, on: IsoDate = REGIONAL_DAYS.proposals): Promise<void> {
  await moveClockTo(ctx, on);
  await ctx.stack.fireSchedule('proposalWindows');
  const program = await (await ctx.actors.admin())('GET', `/programs/${ctx.programId}`);
  if (program.body.status !== 'OPEN')
    throw new Error(`the window of ${ctx.programId} is ${program.body.status}, not OPEN`);
}
