import { createHash } from 'node:crypto';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import { addMonths } from '../../domain/shared/dates';
import { recordSessionDecision } from '../../adapters/dynamodb/result-repository';
import { saveParticipant } from '../../adapters/dynamodb/seating-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { aDecision, aParticipant, message } from '../functions/certificate-worker/fixtures';
import { NIP } from '../functions/helpers/proposals';
import { verifyOpenBadge } from '../services/credentials/verifier';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import { programWithSigners, todayOn } from './pipeline-helpers';

const OTHER_NIP = '198703122011012003';

/*
 * Issue 15 point 3: the competency certificate is also an Open Badges 3.0 credential that a verifier this
 * project did not write (@digitalbazaar/vc with the eddsa-rdfc-2022 cryptosuite, a static document loader) verifies,
 * reading the issuer's documents and the status list from the local stack's public routes only, and that it
 * reports revoked once BKN revokes the certificate through the API, and not revoked once it is reinstated.
 */
describe('Open Badges credential of a competency certificate, on the local stack', () => {
  let stack: LocalStack;
  let admin: Caller;
  let holder: Caller;
  let anonymous: Caller;
  let certificateId: string;
  let programId: string;

  /** The verifier's loader reads what is not a packaged context from the stack's public routes. */
  const fromStack = async (url: string) => {
    const path = url.slice(stack.baseUrl.length);
    if (!url.startsWith(`${stack.baseUrl}/credentials/`)) return undefined;
    const answer = await anonymous('GET', path);
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
    return answer.body;
  };

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    holder = await callerFor(stack, 'peserta', { nip: NIP });
    anonymous = await callerFor(stack);
    programId = await programWithSigners(admin, 'Sertifikasi Manajemen ASN (Open Badges)', [
      { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startsInDays: 10 },
    ]);
    const at = stack.calendar.now().toISOString();
    await saveParticipant(aParticipant({ programId, seat: { cohort: 1, placedAt: at }, updatedAt: at }));
    const decision = aDecision({
      programId,
      cohort: 1,
      decidedAt: at,
      competentUnits: [...requiredUnitCodes('ADMINISTRATOR')],
    });
    expect(await recordSessionDecision(decision)).toBe(true);
    const request = message({
      programId,
      decisionId: decision.decisionId,
      requestedAt: at,
      correlationId: 'it-open-badge',
    });
    await stack.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: stack.resources.queues.certificate.url,
        MessageBody: JSON.stringify(request),
      }),
    );
    const certificates = await eventually(async () => {
      const answer = await holder('GET', `/programs/${programId}/participants/${NIP}/certificates`);
      return answer.body?.competency?.[0]?.document ? answer.body : undefined;
    }, 'the competency certificate to be issued');
    certificateId = certificates.competency[0].certificateId;
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const credentialOf = (caller: Caller) => caller('GET', `/certificates/${certificateId}/credential`);
  const issued = () =>
    eventually(async () => {
      const answer = await credentialOf(holder);
      return answer.status === 200 ? answer : undefined;
    }, 'the credential to be issued');
  /** The published status list carries the bit once the worker has followed the certificate's change. */
  const verifiedAs = (revoked: boolean) =>
    eventually(
      async () => {
        const verdict = await verifyOpenBadge((await issued()).body, fromStack);
        return verdict.revoked === revoked ? verdict : undefined;
      },
      `the credential to verify as ${revoked ? 'revoked' : 'not revoked'}`,
    );

  it('the holder downloads a credential the npm verifier verifies from the public routes, not revoked', async () => {
    // Act
    const answer = await issued();
    const verdict = await verifyOpenBadge(answer.body, fromStack);

    // Assess
    expect(answer.headers.get('content-type')).toBe('application/vc+ld+json');
    expect(verdict).toEqual({ verified: true, revoked: false, errors: [] });
    expect(answer.body).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: `${stack.baseUrl}/credentials/issuer`, type: ['Profile'] },
      credentialSubject: {
        name: 'Dewi Lestari, S.Sos.',
        licenseNumber: certificateId.replace(/-SKTM-ASN-/, '/SKTM-ASN/').replace(/-(\d{4})$/, '/$1'),
        identifier: [{ type: 'IdentityObject', hashed: true }],
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
      proof: { cryptosuite: 'eddsa-rdfc-2022' },
    });
    // The NIP is never in the credential in clear, only hashed with the credential's salt.
    expect(JSON.stringify(answer.body)).not.toContain(NIP);
  });

  it('another holder does not get it (answered as a missing certificate); anyone reads the public documents', async () => {
    const other = await callerFor(stack, 'peserta', { nip: OTHER_NIP });
    const refused = await credentialOf(other);
    const key = await anonymous('GET', '/credentials/issuer/keys/ed25519-1');
    expect([refused.status, refused.body.code]).toEqual([404, 'CERTIFICATE_NOT_FOUND']);
    expect([key.status, key.body.type]).toEqual([200, 'Multikey']);
    expect((await anonymous('GET', '/credentials/status-lists/999')).body.code).toBe('STATUS_LIST_NOT_FOUND');
  });

  it('holder and instansi get the credential beside the PDF: the listing links it, the archive holds it next to the PDF', async () => {
    // Prepare
    const answer = await issued();
    const sha256 = createHash('sha256').update(answer.bytes!).digest('hex');
    const registered = await admin('PUT', '/instansi/3201', {
      name: 'Pemerintah Kabupaten Bogor',
      kind: 'KABUPATEN_KOTA',
      kanreg: 'III',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const bogor = await callerFor(stack, 'instansi', { instansi: '3201' });

    // Act
    const listing = await holder('GET', `/programs/${programId}/participants/${NIP}/certificates`);
    const one = await bogor('GET', `/certificates/${certificateId}`);
    const archive = await bogor('POST', `/programs/${programId}/instansi/3201/certificates/archive`);

    // Assess: the link is the credential's own id, followed with the caller's token
    const link = {
      url: `${stack.baseUrl}/certificates/${certificateId}/credential`,
      mediaType: 'application/vc+ld+json',
      issuedAt: expect.any(String),
      sha256,
    };
    expect(listing.body.competency[0].credential).toEqual(link);
    expect(one.body.credential).toEqual(link);
    expect(answer.body.id).toBe(link.url);
    const followed = await bogor('GET', link.url.slice(stack.baseUrl.length));
    expect(followed.body).toEqual(answer.body);
    // The archive: the very credential next to its PDF, and the list names both.
    expect(archive.status, JSON.stringify(archive.body)).toBe(201);
    expect([archive.body.count, archive.body.credentials]).toEqual([1, 1]);
    const zip = unzipSync(new Uint8Array(await (await fetch(archive.body.download.url)).arrayBuffer()));
    const pdf = Object.keys(zip).find((name) => name.endsWith(`Sertifikat Kompetensi ${certificateId}.pdf`))!;
    const json = pdf.replace(/\.pdf$/, '.json');
    expect(createHash('sha256').update(zip[json]!).digest('hex')).toBe(sha256);
    expect(new TextDecoder().decode(zip['DAFTAR SERTIFIKAT.csv'])).toContain(`${pdf};${json};`);
  });

  it('revoked through the revocation route, the verifier reports it revoked; reinstated, not revoked', async () => {
    // Prepare
    await issued();
    const today = await todayOn(admin);

    // Act + Assess: revocation (Pasal 36(3))
    const revoked = await admin('POST', `/certificates/${certificateId}/revocation`, {
      // Authority was lost a year ago, so it can have returned six months ago (no clock to move: the verifier
      // checks the status list's validFrom against its own clock).
      grounds: [
        {
          kind: 'DISIPLIN',
          decisionRef: 'SK Bupati Bogor 862/2019',
          decidedOn: addMonths(today, -12),
          final: true,
        },
      ],
    });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(await verifiedAs(true)).toEqual({ verified: true, revoked: true, errors: [] });

    // Act + Assess: reinstatement six months after authority returned (Pasal 36(4)-(6))
    const reinstated = await admin('POST', `/certificates/${certificateId}/reinstatement`, {
      requestedByNip: NIP,
      instansiCode: '3201',
      letterNumber: '800/123/BKPSDM',
      authorityRestoredOn: addMonths(today, -6),
      requestedOn: today,
    });
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200);
    expect(await verifiedAs(false)).toEqual({ verified: true, revoked: false, errors: [] });
  });
});
