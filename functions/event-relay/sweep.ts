import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { systemTime } from '../../runtime/clock';
import { pendingOutbox } from '../../adapters/dynamodb/outbox-repository';
import { logger } from '../../runtime/logger';
import { relayEvent } from './relay';

/**
 * How long an entry waits for the stream before the sweep takes it: longer than the stream event source keeps
 * retrying a record (OUTBOX_STREAM.maxRecordAgeSeconds in infra/resource-model.ts), so the two never publish
 * the same entry at the same time.
 */
export const SWEEP_AFTER_MINUTES = 15;
const PAGE = 100;
/** Pages per run, so a run ends well within its timeout; the next run takes the rest. */
const MAX_PAGES = 10;

export interface SweepResult {
  published: string[];
  failed: string[];
}

/**
 * Scheduled job: publishes the outbox entries still unsent `SWEEP_AFTER_MINUTES` after they were written
 * (their stream record failed every retry, or was lost), oldest first, so no event is lost. Each is marked
 * sent as the stream relay would; one that fails again stays for the next run.
 */
export async function sweepOutbox(at: Date): Promise<SweepResult> {
  const before = new Date(at.getTime() - SWEEP_AFTER_MINUTES * 60_000);
  const result: SweepResult = { published: [], failed: [] };
  for (let page = 0; page < MAX_PAGES; page++) {
    const pending = (await pendingOutbox(before, PAGE)).filter((e) => !result.failed.includes(e.eventId));
    for (const entry of pending) {
      try {
        if ((await relayEvent(entry.eventId)) === 'PUBLISHED') result.published.push(entry.eventId);
      } catch (error) {
        logger.error('event still not published', { eventId: entry.eventId, error: error as Error });
        result.failed.push(entry.eventId);
      }
    }
    if (pending.length < PAGE) break;
  }
  if (result.published.length || result.failed.length) logger.info('outbox swept', { ...result });
  return result;
}

/** Protocol time, not business time: the wait is real time whatever date the programme stands on. */
export const handler = middy(async () => sweepOutbox(systemTime())).use(injectLambdaContext(logger));
