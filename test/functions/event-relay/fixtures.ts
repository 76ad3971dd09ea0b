import type { StoredOutboxEvent } from '../../../adapters/dynamodb/outbox-repository';
import { PROGRAM_ID } from '../helpers/programs';
import { NIP } from '../helpers/proposals';
import { outboxKey } from '../../../adapters/dynamodb/keys';

export const NUMBER = '0042/SKTM-ASN/L3/2027';
export const QUEUED_AT = '2027-08-20T03:00:05.000Z';

/** An outbox entry as stored: CertificateIssued of NUMBER (entry `index` of its history), not yet sent. */
export function anEntry(index = 0, overrides: Partial<StoredOutboxEvent> = {}): Record<string, unknown> {
  const eventId = `${NUMBER}#${index}`;
  return {
    ...outboxKey(eventId),
    entity: 'OutboxEvent',
    gsi2pk: 'OUTBOX#PENDING',
    gsi2sk: `${QUEUED_AT}#${eventId}`,
    eventId,
    detailType: 'CertificateIssued',
    detail: {
      eventId,
      registrationNumber: NUMBER,
      programId: PROGRAM_ID,
      nip: NIP,
      instansiCode: '3201',
      scheme: 'ADMINISTRATOR',
      decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
      issuedOn: '2027-08-20',
      sha256: 'a'.repeat(64),
    },
    occurredAt: '2027-08-20T03:00:04.000Z',
    queuedAt: QUEUED_AT,
    ...overrides,
  };
}
