import type * as z from 'zod';
import type { CERTIFICATE_EVENTS } from './certificate-events';
import type { SchemeVersionPublished } from './scheme-events';

/*
 * Every integration event the outbox carries to the event bus (detail type = the schema id), by detail type: the
 * certificate stage's and the scheme register's.
 */
type IntegrationEvents = typeof CERTIFICATE_EVENTS & {
  SchemeVersionPublished: typeof SchemeVersionPublished;
};

export type IntegrationEventType = keyof IntegrationEvents;
export type IntegrationEventDetail<T extends IntegrationEventType> = z.infer<IntegrationEvents[T]>;
