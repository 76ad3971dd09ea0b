import { checkMonevSettings, DEFAULT_MONEV_SETTINGS, type MonevSettings } from '../../domain/monev/monev';
import type { Program } from '../../events/api/program';
import type { routes } from '../../events/api/routes';
import { loadMonev, saveMonevSettings, type MonevState } from '../../adapters/dynamodb/monev-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { programNotFound } from '../../runtime/http/not-found';

async function programOr404(programId: string): Promise<Program> {
  const program = await findProgram(programId);
  if (!program) throw programNotFound();
  return program;
}

const answer = (programId: string, { settings, rounds }: MonevState) => {
  const used = settings ?? DEFAULT_MONEV_SETTINGS;
  return {
    statusCode: 200 as const,
    body: {
      programId,
      points: [...used.points],
      answerDays: used.answerDays,
      reminderDaysBefore: used.reminderDaysBefore,
      isDefault: settings === undefined,
      rounds,
    },
  };
};

/** The programme's Monev points (the default 3, 6 and 12 months when it set none) and the rounds opened. */
export const getMonevSettings: Operation<typeof routes.getMonevSettings> = async ({ params }) => {
  const [, state] = await Promise.all([programOr404(params.programId), loadMonev(params.programId)]);
  return answer(params.programId, state);
};

/** BKN sets the programme's Monev points; rounds already opened keep their dates, the job plans the rest again. */
export const setMonevSettings: Operation<typeof routes.setMonevSettings> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const program = await programOr404(params.programId);
  const settings: MonevSettings = body;
  const verdict = checkMonevSettings(settings);
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  await saveMonevSettings(program, settings, principal.username, now);
  return answer(params.programId, await loadMonev(params.programId));
};
