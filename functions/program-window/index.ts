import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { windowStatusAt } from '../../domain/program/program';
import type { ProgramStatus } from '../../events/api/program';
import { programsDueForTransition, transitionProgram } from '../../adapters/dynamodb/program-repository';
import { logger } from '../../runtime/logger';
import { now } from '../../runtime/clock';

export interface WindowJobResult {
  opened: string[];
  closed: string[];
}

/**
 * Scheduled job: opens and closes programmes' proposal windows when their time comes. Each change is
 * conditional on the status it read, so overlapping runs apply it once.
 */
export async function runWindowJob(now: Date): Promise<WindowJobResult> {
  const result: WindowJobResult = { opened: [], closed: [] };
  for (const status of ['SCHEDULED', 'OPEN'] satisfies ProgramStatus[]) {
    for (const program of await programsDueForTransition(status, now)) {
      const to = windowStatusAt(
        {
          opensAt: new Date(program.proposalWindow.opensAt),
          closesAt: new Date(program.proposalWindow.closesAt),
        },
        now,
      );
      if (to === program.status || !(await transitionProgram(program, to, now))) continue;
      if (to === 'OPEN') result.opened.push(program.id);
      else result.closed.push(program.id);
    }
  }
  logger.info('proposal windows updated', { ...result });
  return result;
}

export const handler = middy(async () => runWindowJob(now())).use(injectLambdaContext(logger));
