/**
 * The one clock of business time: every handler, worker and scheduled job asks it for "now" (an API operation
 * gets it as `input.now`, read once per request). On AWS it is the system clock. The local stack replaces it
 * with a calendar that can be set and advanced (tools/local/calendar.ts), so a programme can be played on its
 * own dates, e.g. the 2019 programme on 2019's.
 *
 * Protocol time is not business time and stays on the system clock: token expiry, presigned URL validity (S3
 * checks a signature against its own clock), SQS visibility and API Gateway's request time.
 */
export interface Clock {
  now(): Date;
}

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

let current: Clock = SYSTEM_CLOCK;

export const now = (): Date => current.now();

/** Protocol time, never business time: e.g. how long an outbox entry has waited for the relay. */
export const systemTime = (): Date => SYSTEM_CLOCK.now();

/** Installs the clock every handler reads from now on (the local stack's calendar); none restores the system's. */
export function useClock(clock: Clock | undefined): void {
  current = clock ?? SYSTEM_CLOCK;
}

/** When a presigned link made now stops working: S3 checks it against real time, so it is counted from that. */
export const linkExpiresAt = (seconds: number): string =>
  new Date(systemTime().getTime() + seconds * 1000).toISOString();
