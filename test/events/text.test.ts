import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { TeamAssignmentRequest } from '../../events/api/assessment';
import { CertificateSignersRequest, ReissueRequest } from '../../events/api/certificate';
import { ruleOfIssue } from '../../events/api/error';
import { UpsertInstansiRequest } from '../../events/api/instansi';
import { InvitationSignerRequest } from '../../events/api/invitation';
import { TestSiteRequest } from '../../events/api/participant';
import { CreateProgramRequest } from '../../events/api/program';
import { CandidateInput } from '../../events/api/proposal';

type Json = Record<string, unknown>;
const exampleOf = (schema: z.ZodType, i = 0) =>
  structuredClone((schema.meta()?.examples as Json[])[i]!) as Json;

/** A copy of `body` with the string at `path` changed by `change`. */
function withText(body: Json, path: readonly string[], change: (text: string) => string): Json {
  const copy = structuredClone(body);
  const parent = path.slice(0, -1).reduce<Json>((at, key) => at[key] as Json, copy);
  parent[path.at(-1)!] = change(parent[path.at(-1)!] as string);
  return copy;
}

const at = (value: unknown, path: readonly string[]) =>
  path.reduce<unknown>((node, key) => (node as Json)[key], value);

const NAMA = 'NAMA-KARAKTER-KENDALI';
const TEKS = 'TEKS-KARAKTER-KENDALI';

/** Every name, and every other text printed on a letter or certificate, that enters through the API. */
const PRINTED: readonly [string, z.ZodType, Json, readonly string[], string][] = [
  ['candidate name', CandidateInput, exampleOf(CandidateInput), ['name'], NAMA],
  ['candidate position title', CandidateInput, exampleOf(CandidateInput), ['position', 'title'], TEKS],
  ['candidate work unit', CandidateInput, exampleOf(CandidateInput), ['position', 'unit'], TEKS],
  ['instansi name', UpsertInstansiRequest, exampleOf(UpsertInstansiRequest), ['name'], NAMA],
  ['programme name', CreateProgramRequest, exampleOf(CreateProgramRequest), ['name'], NAMA],
  ['test site name', TestSiteRequest, exampleOf(TestSiteRequest), ['name'], NAMA],
  ['assessor name', TeamAssignmentRequest, exampleOf(TeamAssignmentRequest, 0), ['name'], NAMA],
  ['expert name', TeamAssignmentRequest, exampleOf(TeamAssignmentRequest, 1), ['name'], NAMA],
  ['invitation signer name', InvitationSignerRequest, exampleOf(InvitationSignerRequest), ['name'], NAMA],
  [
    'invitation signer position',
    InvitationSignerRequest,
    exampleOf(InvitationSignerRequest),
    ['position'],
    TEKS,
  ],
  [
    'certificate front signer name',
    CertificateSignersRequest,
    exampleOf(CertificateSignersRequest),
    ['front', 'name'],
    NAMA,
  ],
  [
    'certificate back signer name',
    CertificateSignersRequest,
    exampleOf(CertificateSignersRequest),
    ['back', 'name'],
    NAMA,
  ],
  [
    'certificate front signer position',
    CertificateSignersRequest,
    exampleOf(CertificateSignersRequest),
    ['front', 'position'],
    TEKS,
  ],
  [
    'certificate back signer position',
    CertificateSignersRequest,
    exampleOf(CertificateSignersRequest),
    ['back', 'position'],
    TEKS,
  ],
  ['certificate place', CertificateSignersRequest, exampleOf(CertificateSignersRequest), ['place'], TEKS],
  ['corrected holder name', ReissueRequest, exampleOf(ReissueRequest, 0), ['name'], NAMA],
];

describe('every printed name and text of the API is stored in NFC and refuses hidden characters', () => {
  it.each(PRINTED)(
    '%s: a right-to-left override is refused with the rule code',
    (_f, schema, body, path, code) => {
      const result = schema.safeParse(withText(body, path, (text) => `\u202E${text}`));
      expect(result.success).toBe(false);
      const issue = result.error!.issues.find((i) => i.path.join('.') === path.join('.'));
      expect(ruleOfIssue(issue!)?.code).toBe(code);
      expect(issue!.message).toContain('U+202E (pengarah teks dua arah) pada posisi 1');
    },
  );

  it.each(PRINTED)('%s: text sent in NFD is stored in NFC', (_f, schema, body, path) => {
    const result = schema.safeParse(withText(body, path, (text) => `${text} Gonc\u0327alves`));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(at(result.data, path)).toMatch(/ Gonçalves$/);
  });
});
