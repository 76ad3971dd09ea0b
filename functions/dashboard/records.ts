import pLimit from 'p-limit';
import type { DashboardInput } from '../../domain/reporting/dashboard';
import { certificatesOfInstansi } from '../../adapters/dynamodb/certificate-repository';
import { loadMonev, questionnairesOf } from '../../adapters/dynamodb/monev-repository';
import type { Page } from '../../adapters/dynamodb/pagination';
import { listCandidates, listProposals } from '../../adapters/dynamodb/proposal-repository';
import { loadResults } from '../../adapters/dynamodb/result-repository';
import { listCohorts, participantsOfInstansi } from '../../adapters/dynamodb/seating-repository';

/** Listings are read in pages of this many items (DynamoDB stops a page at 1 MB anyway). */
const PAGE = 500;
/**
 * Reads at once per request: a 2019-sized programme (1,500 participants, 50 cohorts) takes about 1,500 queries
 * of one participant's results (R3), so they go in waves rather than all together or one by one.
 */
const CONCURRENCY = 16;

async function everyPage<T>(read: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** `read` of every item, at most CONCURRENCY at a time, in the items' order. */
function eachLimited<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  return pLimit(CONCURRENCY).map(items, (item) => read(item));
}

/**
 * Every record the dashboard counts, by Query only (docs/data-model.md): the proposals (U11) and candidates
 * (U12) of the programme, each proposing instansi's participants (DB1) and certificates (C7), the results of
 * each participant set for the test (R3), the cohorts (S1) and the Monev rounds with their questionnaires
 * (MV1, MV6).
 */
export async function dashboardRecords(programId: string): Promise<DashboardInput> {
  const [proposals, candidates, cohorts, monev] = await Promise.all([
    everyPage((cursor) => listProposals(programId, { limit: PAGE, cursor })),
    everyPage((cursor) => listCandidates(programId, { limit: PAGE, cursor })),
    listCohorts(programId),
    loadMonev(programId),
  ]);
  const codes = proposals.map((p) => p.instansiCode);
  const [participants, certificates, questionnaires] = await Promise.all([
    eachLimited(codes, (code) => participantsOfInstansi(programId, code)).then((all) => all.flat()),
    eachLimited(codes, (code) => certificatesOfInstansi(programId, code)).then((all) =>
      all.flatMap((of) => of.competency),
    ),
    eachLimited(monev.rounds, questionnairesOf).then((all) => all.flat()),
  ]);
  const set = participants.filter((p) => p.status === 'SET');
  const decisions = (await eachLimited(set, (p) => loadResults(programId, p.nip))).flatMap(
    (history) => history.decisions,
  );
  return {
    instansi: proposals.map((p) => ({ code: p.instansiCode, name: p.instansiName })),
    candidates,
    participants,
    decisions,
    certificates,
    questionnaires: questionnaires
      .filter((q) => q.respondent === 'PESERTA')
      .map((q) => ({ nip: q.nip, answered: q.answer !== undefined })),
    cohorts,
  };
}
