import { createHash, randomUUID } from 'node:crypto';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { qualificationsOfScheme, requiredUnitCodes } from '../../domain/reference/qualifications';
import type { CertificateSigners } from '../../events/api/certificate';
import { competencyCertificateKey } from '../../services/certificate/model';
import { numberCertificate, recordIssued } from '../../functions/certificate-worker/issue-certificate';
import { recordCandidateDocument, recordLetter } from '../../adapters/dynamodb/proposal-repository';
import { documentPlace, letterPlace } from '../../functions/proposals/context';
import { DEMO_PDF } from '../demo/actors';
import { callerOf, HttpClient } from '../demo/http';
import { forEachLimit } from '../demo/progress';
import { generateInstansi } from '../demo/scenario';
import type { LocalStack } from '../local/local-stack';
import { nipFor } from '../programme-2019/programme';
import { eligibleCandidate, programBody } from '../fixtures/bodies';
import { sampleCertificate } from './certificate-sample';
import { dateInWib } from '../../domain/shared/dates';

const DEMO_PDF_SHA256 = createHash('sha256').update(DEMO_PDF).digest('hex');

/** An instansi operator as the load generator acts: the instansi's code and the operator's ID token. */
export interface Operator {
  code: string;
  token: string;
}

/** What the load runs against; plain data, so it can be handed to the generator's process. */
export interface LoadFixture {
  programId: string;
  /** Operators whose draft proposal is open and empty: the candidate PUTs go there. */
  editing: Operator[];
  /** Operators whose proposal is complete (two candidates, every document, the letter) and not yet submitted. */
  submitting: Operator[];
  /** Registration numbers of issued certificates (a PDF recorded for each). */
  certificates: string[];
  /** NIPs from `nipOf(firstFreeNip)` on are proposed nowhere yet. */
  firstFreeNip: number;
}

export interface LoadFixtureOptions {
  instansi: number;
  submissions: number;
  certificates: number;
  /** Fixture requests in flight at once. */
  concurrency: number;
}

/** Birth dates `nipFor` can vary before a CPNS start in January 2005 would be before the 18th birthday. */
const NIP_BIRTH_DATES = 4000;

/**
 * The i-th NIP of the load: `nipFor`'s birth dates, with the sequence number (digits 16-18) counting up from 002
 * every 4000, so there are millions and none is one of the 2019 programme's (sequence 001).
 */
export const nipOf = (i: number) =>
  `${nipFor(i % NIP_BIRTH_DATES).slice(0, 15)}${String(2 + Math.floor(i / NIP_BIRTH_DATES)).padStart(3, '0')}`;

/** The candidate body of the i-th PUT: eligible today, Administrator and Pengawas in turn, a distinct name. */
export const candidateBody = (i: number) =>
  eligibleCandidate(i % 2 === 0 ? 'ADMINISTRATOR' : 'PENGAWAS', `Calon Uji Beban ${i + 1}`);

/** The signers of the benchmark's sample certificate, as a programme records them. */
function signersOf(programId: string): CertificateSigners {
  const { signatures, place } = sampleCertificate(0);
  const { role: _role, ...back } = signatures.back;
  return {
    programId,
    front: { ...signatures.front, role: 'KEPALA_BKN' },
    back,
    place,
    updatedBy: 'bkn.admin.load',
    updatedAt: new Date().toISOString(),
  };
}

/**
 * Issues `count` competency certificates, Administrator and Pengawas, each numbered by the certificate worker's
 * own allocation (register, decision guard, record in one transaction) and given a recorded PDF. Nothing is
 * rendered: verification reads the record, never the file, so the document is recorded with a stand-in hash.
 * One lane per scheme, as each scheme's register takes one number at a time.
 */
async function issueCertificates(programId: string, instansi: string[], count: number): Promise<string[]> {
  const issuedOn = dateInWib(new Date());
  const decidedAt = new Date().toISOString();
  const schemes = ['ADMINISTRATOR', 'PENGAWAS'] as const;
  const signers = signersOf(programId);
  const numbers: string[] = [];
  await Promise.all(
    schemes.map(async (scheme, lane) => {
      const units = [...requiredUnitCodes(qualificationsOfScheme(scheme)[0]!.code)];
      for (let i = lane; i < count; i += schemes.length) {
        // NIPs counted down from the top of the range, far from the proposals' (counted up from 0).
        const nip = nipOf(3_000_000 - i);
        const participant = {
          programId,
          nip,
          instansiCode: instansi[i % instansi.length]!,
          name: `Peserta Uji Beban ${i + 1}, S.Sos.`,
          scheme,
          position: { title: 'Pejabat pengelola kepegawaian', unit: 'Unit kepegawaian', rank: 'III/d' },
          status: 'SET' as const,
          updatedAt: decidedAt,
        };
        const certificate = await numberCertificate({
          decision: {
            programId,
            nip,
            decisionId: `dec_${decidedAt}_1`,
            scheme,
            cohort: 1 + (i % 50),
            attempt: 0,
            outcome: 'KOMPETEN',
            competentUnits: units,
            notYetCompetentUnits: [],
            decidedBy: 'komite.ketua',
            decidedAt,
            reason: 'Kompeten pada seluruh unit.',
            source: 'SIDANG_HASIL',
          },
          participant,
          signers,
          issuedOn,
          now: new Date(),
        });
        if (!certificate) throw new Error(`certificate ${i} refused by the content rules`);
        const number = certificate.registrationNumber;
        const at = new Date();
        await recordIssued(
          certificate,
          {
            key: competencyCertificateKey(programId, nip, number),
            sha256: createHash('sha256').update(number).digest('hex'),
            renderedAt: at.toISOString(),
          },
          at,
        );
        numbers.push(number);
      }
    }),
  );
  return numbers;
}

/**
 * The programme and the people the load acts for: `instansi` instansi registered through the API (the demo's
 * mix of central agencies, provinces and districts), each with an operator and an open draft proposal in one
 * programme open for proposals; the first `submissions` of them complete, ready to submit; and issued
 * certificates to verify. Instansi, programme, proposals and candidates go through the API; the uploaded
 * documents and the letter are recorded through the repository (the upload path is not what is measured), and
 * so are the certificates (see `issueCertificates`).
 */
export async function prepareLoadFixture(
  stack: LocalStack,
  options: LoadFixtureOptions,
): Promise<LoadFixture> {
  if (options.submissions >= options.instansi)
    throw new Error('LOAD_SUBMISSIONS must leave some of LOAD_INSTANSI for the candidate PUTs');
  const client = new HttpClient(stack.baseUrl, options.concurrency);
  try {
    const admin = callerOf(
      client,
      await stack.authority.mint({ role: 'admin-bkn', username: 'bkn.admin.load' }),
    );
    const instansi = generateInstansi(options.instansi, 2019);
    await forEachLimit(instansi, options.concurrency, async ({ code, name, kind, kanreg }) => {
      await admin('PUT', `/instansi/${code}`, { name, kind, kanreg });
    });
    const program = await admin('POST', '/programs', programBody(-1_000, 3_600_000, 'Program uji beban'));
    const programId = String(program.body.id);
    await stack.fireSchedule('proposalWindows');
    const status = (await admin('GET', `/programs/${programId}`)).body.status;
    if (status !== 'OPEN') throw new Error(`programme ${programId} is ${status}, not open for proposals`);

    // Each operator is registered with BKN before it acts, as the API requires (PUT /operators/{sub}).
    const operators: Operator[] = await Promise.all(
      instansi.map(async ({ code }) => {
        const sub = randomUUID();
        const username = `operator.${code.toLowerCase()}`;
        await admin('PUT', `/operators/${sub}`, { username, role: 'instansi', instansiCode: code });
        return {
          code,
          token: await stack.authority.mint({ role: 'instansi', sub, username, instansi: code }),
        };
      }),
    );
    const submitting = operators.slice(0, options.submissions);
    await forEachLimit(operators, options.concurrency, async ({ code, token }, index) => {
      const as = callerOf(client, token);
      const base = `/programs/${programId}/proposals/${code}`;
      await as('PUT', base, undefined, [201]);
      if (index >= submitting.length) return;
      const uploadedBy = `operator.${code.toLowerCase()}`;
      // Recorded as a confirmation would pin them; the load test submits, it never reads the objects.
      const stored = (prefix: string) => ({
        key: `${prefix}/fixture`,
        versionId: 'fixture',
        sha256: DEMO_PDF_SHA256,
        contentType: 'application/pdf',
        size: DEMO_PDF.length,
        uploadedAt: new Date().toISOString(),
        uploadedBy,
      });
      // One Administrator and one Pengawas: the programme's quota of one per level.
      for (const n of [2 * index, 2 * index + 1]) {
        const nip = nipOf(n);
        await as('PUT', `${base}/candidates/${nip}`, candidateBody(n), [201]);
        for (const kind of REQUIRED_DOCUMENTS) {
          await recordCandidateDocument(
            { programId, instansiCode: code },
            nip,
            kind,
            stored(documentPlace({ programId, instansiCode: code }, nip, kind).prefix),
          );
        }
      }
      await recordLetter(
        { programId, instansiCode: code },
        stored(letterPlace({ programId, instansiCode: code }).prefix),
      );
    });

    const certificates = await issueCertificates(
      programId,
      instansi.map((i) => i.code),
      options.certificates,
    );
    return {
      programId,
      editing: operators.slice(submitting.length),
      submitting,
      certificates,
      firstFreeNip: 2 * submitting.length,
    };
  } finally {
    client.close();
  }
}
