import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_PLAN_EXAMPLE } from '../../events/api/training';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import { mailTo, monevProgramme, queueSettled } from './pipeline-helpers';

/*
 * The Monev questionnaire as its recipients read it: the daily job opens the 3-month round and the e-mails go
 * through the notification queue and SES, to the address the participant gave in their action plan and to the
 * mentor it names; read here from the local SES mailbox (tools/local/ses.ts, `GET /store`), as a person's
 * mailbox shows them. Once per round: a second run of the job sends nothing more.
 */

const run = randomUUID().slice(0, 8);
const DEWI = { nip: '198601012010011001', name: 'Dewi Lestari, S.Sos.' };
const PESERTA_EMAIL = `dewi.${run}@bogorkab.go.id`;
const MENTOR = { nip: '197001011995031001', name: 'Arm, S.Sos', email: `arm.${run}@bogorkab.go.id` };
const PROGRAMME = 'Pelatihan dan Sertifikasi Manajemen ASN 2019 (Monev e-mail)';

describe('the Monev questionnaire e-mail, read from the local SES mailbox', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2019-04-04' } });
    admin = await callerFor(stack, 'admin-bkn');
    programId = await monevProgramme(admin, PROGRAMME, [DEWI]);
    const dewi = await callerFor(stack, 'peserta', { nip: DEWI.nip, instansi: '3201' });
    const confirmed = await dewi('POST', `/programs/${programId}/participants/${DEWI.nip}/confirmation`, {
      attending: true,
      actionPlan: {
        ...ACTION_PLAN_EXAMPLE,
        identity: { ...ACTION_PLAN_EXAMPLE.identity, name: DEWI.name, email: PESERTA_EMAIL },
        mentor: MENTOR,
      },
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('3 months after the last day the participant and the mentor each find one questionnaire e-mail, with its link and closing date', async () => {
    // Act: the calendar on the 3-month point; the job runs twice (EventBridge may repeat a run).
    expect((await admin('PUT', '/_local/clock', { date: '2019-08-03' })).status).toBe(200);
    expect(await stack.fireSchedule('monevRounds')).toMatchObject({ opened: 1, sent: 2 });
    expect(await stack.fireSchedule('monevRounds')).toMatchObject({ opened: 0, sent: 0 });
    await queueSettled(stack, 'notification');

    // Assess
    for (const [address, name] of [
      [PESERTA_EMAIL, DEWI.name],
      [MENTOR.email, MENTOR.name],
    ] as const) {
      const mails = await mailTo(stack, address);
      expect(mails.map((m) => m.subject)).toEqual([`Kuesioner Monev 3 bulan pascapelatihan: ${PROGRAMME}`]);
      const text = mails[0]!.body.text!;
      expect(text).toContain(`Yth. ${name},`);
      expect(text).toContain(`mohon isi kuesioner Monev 3 bulan pascapelatihan`);
      expect(text).toMatch(/Isi kuesioner:\nhttps?:\/\/\S+\/monev\/questionnaires/);
      expect(text).toContain('Kuesioner dapat diisi sampai 2 September 2019.');
      expect(mails[0]!.body.html).toContain('<a href=');
    }
  });
});
