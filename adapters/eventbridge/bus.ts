import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { perEndpoint, withoutSdkLogging } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** Source of every integration event this system publishes. */
export const EVENT_SOURCE = 'id.go.bkn.sertifikasi';

/** One client per process, created on first use (endpoint from AWS_ENDPOINT_URL_EVENTBRIDGE locally). */
export const eventBridge = /* @__PURE__ */ perEndpoint('AWS_ENDPOINT_URL_EVENTBRIDGE', () =>
  withoutSdkLogging(new EventBridgeClient({})),
);

/**
 * Puts one integration event on the programme's bus, at the business time `time` of the change it announces.
 * PutEvents answers 200 even when it refuses an entry, so FailedEntryCount is checked: a refused event throws,
 * and the caller's retry publishes it again (subscribers see an event at least once, with its own id).
 */
export async function publishEvent(detailType: string, detail: unknown, time: Date): Promise<void> {
  const result = await eventBridge().send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: requireEnv(ENV.eventBusName),
          Source: EVENT_SOURCE,
          DetailType: detailType,
          Detail: JSON.stringify(detail),
          Time: time,
        },
      ],
    }),
  );
  if ((result.FailedEntryCount ?? 0) > 0) {
    const entry = result.Entries?.find((e) => e.ErrorCode);
    throw new Error(
      `Event ${detailType} refused by the bus: ${entry?.ErrorCode} ${entry?.ErrorMessage ?? ''}`,
    );
  }
}
