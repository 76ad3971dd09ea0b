import { randomUUID } from 'node:crypto';
import type { Role } from '../../domain/access/roles';
import type { LocalAuthority } from '../local/local-auth';
import { callerOf, UnexpectedReply, type Caller, type HttpClient } from './http';
import type { InstansiSpec } from './scenario';

/** The bytes every demo upload carries: a minimal PDF, as the upload checks want (type and size signed). */
export const DEMO_PDF = Buffer.from('%PDF-1.7\n% dokumen demo sertifikasi manajemen ASN\n%%EOF\n');

/** Who records the result sessions for BKN's training unit, and who reviews appeals; neither tests anyone. */
export const RECORDER = 'pusbang.sidang';
export const APPEAL_REVIEWER = 'pusbang.peninjau';

/** The username of an instansi's official in the structural-position assessment, as the API records it. */
export const officialName = (role: 'kepegawaian' | 'ppk' | 'baperjakat', code: string) =>
  `${role}.${code.toLowerCase()}`;

/**
 * The people who act on the programme, each with a token as Cognito would issue it (minted once, kept for the
 * run): BKN's administrator, the unit's session recorder and appeal reviewer, instansi and Kanreg operators,
 * assessors and the participants. An instansi or Kanreg operator is registered with BKN (`PUT /operators/{sub}`,
 * as the administrator) once, before its first request, as BKN registers every operator before it can act.
 */
export class Actors {
  private readonly callers = new Map<string, Promise<Caller>>();

  constructor(
    private readonly authority: LocalAuthority,
    readonly client: HttpClient,
  ) {}

  private caller(
    key: string,
    claims: { role: Role; username: string; instansi?: string; kanreg?: string; nip?: string },
  ): Promise<Caller> {
    let caller = this.callers.get(key);
    if (!caller) {
      caller = this.minted(claims);
      this.callers.set(key, caller);
    }
    return caller;
  }

  private async minted(claims: { role: Role; username: string; instansi?: string; kanreg?: string }) {
    const sub = randomUUID();
    const caller = callerOf(this.client, await this.authority.mint({ ...claims, sub }));
    if (claims.role === 'instansi' || claims.role === 'kanreg') {
      const scope =
        claims.role === 'instansi'
          ? { role: 'instansi', instansiCode: claims.instansi }
          : { role: 'kanreg', kanreg: claims.kanreg };
      await (
        await this.admin()
      )('PUT', `/operators/${sub}`, { username: claims.username, ...scope });
    }
    return caller;
  }

  admin = () => this.caller('admin', { role: 'admin-bkn', username: 'bkn.admin' });
  recorder = () => this.caller('recorder', { role: 'admin-bkn', username: RECORDER });
  reviewer = () => this.caller('reviewer', { role: 'admin-bkn', username: APPEAL_REVIEWER });
  assessor = (username: string) => this.caller(`asesor:${username}`, { role: 'asesor', username });
  participant = (nip: string, instansi: string) =>
    this.caller(`peserta:${nip}`, { role: 'peserta', username: `peserta.${nip}`, nip, instansi });
  /** A participant's mentor or direct supervisor, known by the NIP their action plan names. */
  mentor = (nip: string) => this.caller(`mentor:${nip}`, { role: 'mentor', username: `mentor.${nip}`, nip });
  /** An assessor of a UPK or TPK in the structural-position assessment, known by their NIP (custom:nip). */
  structuralAssessor = (nip: string) =>
    this.caller(`asesor-nip:${nip}`, { role: 'asesor', username: `asesor.${nip}`, nip });
  /** A member of the Komite Sertifikasi who records its meetings. */
  komite = (username: string) => this.caller(`komite:${username}`, { role: 'komite', username });

  /**
   * An instansi's official in the structural-position assessment (Perka BKN 11/2008): its personnel official,
   * its PPK or a Baperjakat member, each acting for that one instansi (not in BKN's operator registry).
   */
  official = (role: 'kepegawaian' | 'ppk' | 'baperjakat', code: string) =>
    this.caller(`${role}:${code}`, { role, username: officialName(role, code), instansi: code });

  /** The instansi's own operator: its personnel official's office. */
  operator = (code: string) =>
    this.caller(`instansi:${code}`, {
      role: 'instansi',
      username: `operator.${code.toLowerCase()}`,
      instansi: code,
    });

  /** A Kanreg's operator, acting for the instansi of its region. */
  kanreg = (code: string) =>
    this.caller(`kanreg:${code}`, { role: 'kanreg', username: `kanreg.${code.toLowerCase()}`, kanreg: code });

  /** An expert (pakar) of a test team, who prepares its instruments. */
  expert = (username: string) => this.caller(`pakar:${username}`, { role: 'pakar', username });

  /** The operator who builds an instansi's proposal: its own, or its Kanreg's for a regional government. */
  proposer = (instansi: InstansiSpec) =>
    instansi.proposedBy === 'kanreg' && instansi.kanreg
      ? this.kanreg(instansi.kanreg)
      : this.operator(instansi.code);

  /**
   * Uploads a candidate's documents as the operator's form does: every slot in one request, the files PUT to
   * storage in parallel, then all confirmed in one request.
   */
  async uploadDocuments(as: Caller, candidatePath: string, kinds: readonly string[]) {
    const slots = await as('POST', `${candidatePath}/documents/uploads`, {
      documents: kinds.map((kind) => ({ kind, contentType: 'application/pdf', size: DEMO_PDF.length })),
    });
    await Promise.all(
      (slots.body.documents as { url: string; headers: Record<string, string> }[]).map(async (slot) => {
        const put = await this.client.send(slot.url, 'PUT', slot.headers, DEMO_PDF);
        if (put.status !== 200) throw new UnexpectedReply('PUT', slot.url, put);
      }),
    );
    return as('PUT', `${candidatePath}/documents`, { documents: kinds.map((kind) => ({ kind })) });
  }

  /** Uploads the demo PDF through a signed slot as a browser would (slot, PUT to storage), then confirms it. */
  async upload(as: Caller, slotPath: string, confirmPath: string) {
    const slot = await as('POST', slotPath, { contentType: 'application/pdf', size: DEMO_PDF.length });
    const put = await this.client.send(slot.body.url, 'PUT', slot.body.headers, DEMO_PDF);
    if (put.status !== 200) throw new UnexpectedReply('PUT', slot.body.url, put);
    return as('PUT', confirmPath);
  }
}
