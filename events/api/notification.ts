import * as z from 'zod';
import { NotificationKind } from '../messages/notification-requested';

/*
 * What became of each e-mail notification of a participant (functions/notification-worker): sent once, with
 * SES's message id, or why not. BKN reads them to know who was told and who could not be.
 */

export const NotificationStatus = z.enum(['SENDING', 'SENT', 'SUPPRESSED', 'NO_ADDRESS']).meta({
  id: 'NotificationStatus',
  description:
    'SENDING: sedang dikirim; SENT: terkirim ke SES; SUPPRESSED: tidak dikirim karena alamatnya pernah memantul permanen atau mengadu (complaint); NO_ADDRESS: peserta tidak punya alamat e-mail.',
});
export type NotificationStatus = z.infer<typeof NotificationStatus>;

export const NotificationRecord = z
  .object({
    notificationId: z.string(),
    kind: NotificationKind,
    status: NotificationStatus,
    email: z.string().nullable(),
    requestedAt: z.string(),
    recordedAt: z.string(),
    claimId: z.string().optional().describe('Pengiriman yang sedang memegangnya (SENDING).'),
    messageId: z.string().optional().describe('MessageId dari SES (SENT).'),
    sentAt: z.string().optional(),
    suppressedBecause: z.enum(['BOUNCE', 'COMPLAINT']).optional(),
  })
  .meta({ id: 'NotificationRecord' });
export type NotificationRecord = z.infer<typeof NotificationRecord>;

/** An address SES reported bounced for good or complained of: nothing more is sent to it. */
export const EmailSuppression = z.object({
  email: z.string(),
  reason: z.enum(['BOUNCE', 'COMPLAINT']),
  /** SES's feedback id of the bounce or complaint, and the message it was about. */
  feedbackId: z.string().optional(),
  sesMessageId: z.string().optional(),
  reportedAt: z.string(),
  recordedAt: z.string(),
});
export type EmailSuppression = z.infer<typeof EmailSuppression>;

export const NotificationList = z.object({ items: z.array(NotificationRecord) }).meta({
  id: 'NotificationList',
  description: 'Pemberitahuan e-mail seorang peserta dan nasibnya: terkirim, atau mengapa tidak.',
  examples: [
    {
      items: [
        {
          notificationId:
            'UNDANGAN#prg_0f8fad5b-d9cb-469f-a165-70867728950e#198503102010011002#0007/UND/PUSBANG-ASN/VII/2027',
          kind: 'UNDANGAN',
          status: 'SENT',
          email: 'dewi.lestari@bogorkab.go.id',
          requestedAt: '2027-07-15T03:00:01.000Z',
          recordedAt: '2027-07-15T03:00:03.000Z',
          messageId: '010001902b6d3f1a-6f1d1a43-0000',
          sentAt: '2027-07-15T03:00:03.000Z',
        },
        {
          notificationId:
            'PENGINGAT_KONFIRMASI#prg_0f8fad5b-d9cb-469f-a165-70867728950e#198503102010011002#19',
          kind: 'PENGINGAT_KONFIRMASI',
          status: 'SUPPRESSED',
          email: 'dewi.lestari@bogorkab.go.id',
          requestedAt: '2027-07-26T01:00:01.000Z',
          recordedAt: '2027-07-26T01:00:02.000Z',
          suppressedBecause: 'BOUNCE',
        },
      ],
    },
  ],
});
export type NotificationList = z.infer<typeof NotificationList>;
