import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COHORTS_2019 } from '../../domain/reference/cohorts-2019';
import type { LocalStack } from '../../tools/local/local-stack';
import {
  checkAgainstPlan,
  create2019Programme,
  requestPlacements,
  seedParticipants,
  waitForSeats,
} from '../../tools/programme-2019/programme';
import { startTestStack } from './helpers';

describe('the whole 2019 programme placed through the queue', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 10 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it(
    'seats all 1500 participants, cohort by cohort exactly as the 2019 plan, nobody twice and nobody lost',
    { timeout: 240_000 },
    async () => {
      const { programId, cohorts } = await create2019Programme(stack);
      expect(cohorts).toHaveLength(50);
      const participants = await seedParticipants(programId, cohorts);
      expect(participants).toHaveLength(1500);

      await requestPlacements(stack, programId, participants);
      await waitForSeats(programId, 1500, 180_000);

      const checks = await checkAgainstPlan(programId, participants);
      expect(checks.filter((c) => c.problems.length > 0)).toEqual([]);
      expect(checks.map((c) => [c.number, c.scheme, c.seated])).toEqual(
        COHORTS_2019.map((c) => [c.number, c.level, c.capacity]),
      );
    },
  );
});
