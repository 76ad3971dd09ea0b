import { randomUUID } from 'node:crypto';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import { REMINDER_DAYS_BEFORE_START } from '../../domain/training/confirmation-reminder';
import { TestSiteRequest } from '../../events/api/participant';
import type { InvitationRequested } from '../../events/messages/invitation-requested';
import { findSuppression } from '../../adapters/dynamodb/notification-repository';
import { publishEvent } from '../../adapters/eventbridge/bus';
import type { CertificateIssued } from '../../events/messages/certificate-events';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import { mailTo, programWithSigners, queueSettled, seatInCohort, todayOn } from './pipeline-helpers';

const run = randomUUID().slice(0, 8);
const DEWI = { nip: '198503102010011002', name: 'Dewi Lestari, S.Sos.', email: `dewi.${run}@bogorkab.go.id` };
const RINA = { nip: '199001152015032001', name: 'Rina Marlina, S.E.', email: `rina.${run}@bogorkab.go.id` };
const AGUS = { nip: '198704202011011003', name: 'Agus Salim, S.H.' };

describe('e-mail notifications through the local SES v2 emulator', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;
  let startDate: IsoDate;

  /** The participant's notifications of `kind` as BKN reads them through the API. */
  async function recordOf(nip: string, kind: string) {
    const response = await admin('GET', `/programs/${programId}/participants/${nip}/notifications`);
    expect(response.status).toBe(200);
    return (response.body.items as { kind: string; status: string }[]).filter(
      (record) => record.kind === kind,
    );
  }

  beforeAll(async () => {
    // The credential worker would look for a certificate this test only announces: its queue waits.
    stack = await startTestStack({ pausedQueues: ['credential'] });
    admin = await callerFor(stack, 'admin-bkn');
    expect(
      (
        await admin('PUT', '/instansi/3201', {
          name: 'Pemerintah Kabupaten Bogor',
          kind: 'KABUPATEN_KOTA',
          kanreg: 'III',
        })
      ).status,
    ).toBe(200);
    programId = await programWithSigners(admin, `Program notifikasi ${run}`, [
      { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startsInDays: 14 },
    ]);
    const today = await todayOn(admin);
    startDate = addDays(today, 14);
    // The contract's example site, verified and designated today.
    const example = (TestSiteRequest.meta()!.examples as TestSiteRequest[])[0]!;
    const site = await admin('PUT', `/programs/${programId}/cohorts/1/test-site`, {
      ...example,
      verification: { ...example.verification, verifiedOn: today },
      designation: { issuedOn: today },
    });
    expect(site.status, JSON.stringify(site.body)).toBe(200);
    const signer = await admin('PUT', `/programs/${programId}/invitation-signer`, {
      name: 'Dr. Andi Wijaya, M.Si.',
      position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    });
    expect(signer.status).toBe(200);
    await seatInCohort(programId, 1, [
      { nip: DEWI.nip, name: DEWI.name, contact: { email: DEWI.email } },
      { nip: RINA.nip, name: RINA.name, contact: { email: RINA.email } },
      { nip: AGUS.nip, name: AGUS.name },
    ]);
  });

  afterAll(() => stack?.stop());

  it('an address reported bounced (the local stand-in for SES) is recorded as suppressed', async () => {
    const unauthorised = await fetch(`${stack.baseUrl}/_local/email-feedback`, {
      method: 'POST',
      body: JSON.stringify({ email: RINA.email, kind: 'BOUNCE' }),
    });
    expect(unauthorised.status).toBe(401);
    const reported = await admin('POST', '/_local/email-feedback', { email: RINA.email, kind: 'BOUNCE' });
    expect(reported.status).toBe(202);
    const suppression = await eventually(() => findSuppression(RINA.email), 'the bounce recorded');
    expect(suppression).toMatchObject({ email: RINA.email, reason: 'BOUNCE' });
  });

  it('an invitation issued sends its participant one e-mail in Bahasa Indonesia, with the link to the letter', async () => {
    await stack.fireSchedule('cohortRegistrations');
    const [email] = await eventually(async () => {
      const received = await mailTo(stack, DEWI.email);
      return received.length > 0 ? received : undefined;
    }, 'the invitation e-mail');
    expect(email!.from).toBe('no-reply@sertifikasi.bkn.go.id');
    expect(email!.subject).toBe(`Undangan Program notifikasi ${run} Angkatan 1`);
    const text = email!.body.text!;
    expect(text).toContain(`Yth. ${DEWI.name},`);
    expect(text).toContain('Anda diundang mengikuti');
    expect(text).toContain('Mohon konfirmasi kehadiran Anda');
    expect(text).toContain(`${stack.baseUrl}/programs/${programId}/participants/${DEWI.nip}/invitation`);
    expect(email!.body.html).toContain('<html lang="id">');
    // The record follows SES's answer: SENT with the message id the mailbox shows.
    const record = await eventually(async () => {
      const [found] = await recordOf(DEWI.nip, 'UNDANGAN');
      return found?.status === 'SENT' ? found : undefined;
    }, 'the invitation e-mail recorded SENT');
    expect(record).toMatchObject({ email: DEWI.email, messageId: email!.messageId });
  });

  it('only BKN reads whom a notification reached: an instansi operator is refused', async () => {
    const bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    const refused = await bogor('GET', `/programs/${programId}/participants/${DEWI.nip}/notifications`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
  });

  it('the bounced address gets nothing, and the skipped notification is recorded, visible to BKN', async () => {
    const [record] = await eventually(async () => {
      const records = await recordOf(RINA.nip, 'UNDANGAN');
      return records.length > 0 ? records : undefined;
    }, "Rina's notification recorded");
    expect(record).toMatchObject({ status: 'SUPPRESSED', suppressedBecause: 'BOUNCE', email: RINA.email });
    expect(await mailTo(stack, RINA.email)).toEqual([]);
  });

  it('a participant without an address gets no e-mail, and that is recorded, visible to BKN', async () => {
    const [record] = await eventually(async () => {
      const records = await recordOf(AGUS.nip, 'UNDANGAN');
      return records.length > 0 ? records : undefined;
    }, "Agus's notification recorded");
    expect(record).toMatchObject({ status: 'NO_ADDRESS', email: null });
  });

  it('the same invitation event delivered twice more still sends one e-mail', async () => {
    const message: InvitationRequested = {
      type: 'InvitationRequested',
      version: 1,
      programId,
      cohort: 1,
      nip: DEWI.nip,
      requestedAt: new Date().toISOString(),
      correlationId: `again-${run}`,
    };
    for (let i = 0; i < 2; i++) {
      await stack.clients.sqs.send(
        new SendMessageCommand({
          QueueUrl: stack.resources.queues.invitation.url,
          MessageBody: JSON.stringify(message),
        }),
      );
    }
    await queueSettled(stack, 'invitation');
    await queueSettled(stack, 'notification');
    expect(await mailTo(stack, DEWI.email)).toHaveLength(1);
    expect(await recordOf(DEWI.nip, 'UNDANGAN')).toHaveLength(1);
  });

  it(`reminds whoever has not confirmed ${REMINDER_DAYS_BEFORE_START} days before the cohort, once however often the job runs`, async () => {
    const early = (await stack.fireSchedule('confirmationReminders')) as { reminded: number };
    expect(early.reminded).toBe(0);
    const moved = await admin('PUT', '/_local/clock', {
      date: addDays(startDate, -REMINDER_DAYS_BEFORE_START),
    });
    expect(moved.status).toBe(200);
    for (let i = 0; i < 2; i++) await stack.fireSchedule('confirmationReminders');
    const reminders = await eventually(async () => {
      const received = (await mailTo(stack, DEWI.email)).filter((email) =>
        email.subject.startsWith('Pengingat'),
      );
      return received.length > 0 ? received : undefined;
    }, 'the reminder');
    await queueSettled(stack, 'notification');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toBe(
      `Pengingat: konfirmasi kehadiran Program notifikasi ${run} Angkatan 1`,
    );
    expect(reminders[0]!.body.text).toContain('kami belum menerima konfirmasi kehadiran Anda');
    expect(
      (await mailTo(stack, DEWI.email)).filter((email) => email.subject.startsWith('Pengingat')),
    ).toHaveLength(1);
  });

  it('a certificate issued (CertificateIssued on the bus, through its rule) e-mails the holder its download route and verification page, once', async () => {
    const number = `0042/SKTM-ASN/L3/${run}`;
    const issued: CertificateIssued = {
      eventId: `${number}#0`,
      registrationNumber: number,
      programId,
      nip: DEWI.nip,
      instansiCode: '3201',
      scheme: 'ADMINISTRATOR',
      decisionId: 'dec_1',
      issuedOn: startDate,
      sha256: '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161',
    };
    // Published twice, as the relay may after a failure: one e-mail.
    for (let i = 0; i < 2; i++) await publishEvent('CertificateIssued', issued, new Date());
    await queueSettled(stack, 'notification');
    const certificates = (await mailTo(stack, DEWI.email)).filter((email) =>
      email.subject.startsWith('Sertifikat'),
    );
    expect(certificates).toHaveLength(1);
    expect(certificates[0]!.subject).toBe('Sertifikat kompetensi Administrator Anda telah terbit');
    const text = certificates[0]!.body.text!;
    expect(text).toContain(`${stack.baseUrl}/certificates/0042-SKTM-ASN-L3-${run}`);
    expect(text).toContain(`${stack.baseUrl}/verifikasi/${number}`);
    expect(text).not.toContain('X-Amz-Signature');
  });
});
