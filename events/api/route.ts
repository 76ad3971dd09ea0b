import type { z } from 'zod';
import type { Role } from '../../domain/access/roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The Lambda functions that serve the API, one per workflow stage. Their deployment lives in infra/. */
export const API_FUNCTIONS = [
  'meta',
  'programs',
  'documents',
  'instansi',
  'proposals',
  'screening',
  'seating',
  'preassessment',
  'training',
  'invitations',
  'assessment',
  'results',
  'retests',
  'certificates',
  'certificateMaintenance',
  'verification',
  'credentials',
  'review',
  'monev',
  'surveillance',
  'komite',
  'schemes',
  'reissue',
  'dashboard',
  'structuralAssessment',
  'structuralNotices',
  'structuralReport',
  'testInstruments',
  'testTeams',
  'regional',
  'appeals',
  'resultSessions',
  'pikGraduates',
  'briefings',
  'testSites',
  'trainingDelivery',
  'testMechanism',
] as const;
export type ApiFunctionName = (typeof API_FUNCTIONS)[number];

/**
 * Which records a caller reaches once their role is allowed: the rule the shared API handler enforces after the
 * role and operator-registry checks, before the operation runs (runtime/http/scope.ts), rendered as
 * `x-scope` in the OpenAPI document (and checked by the authorization matrix test).
 */
export interface ScopeRule {
  /** The path parameters naming the record the rule is checked against. */
  binds: readonly string[];
  /** The roles the rule restricts; any other role the route allows reaches every record. */
  roles: readonly Role[];
  /**
   * `hide`: a record outside the caller's scope is answered exactly as one that does not exist (404, no oracle);
   * `narrow`: a listing cut to the scope, never refused.
   */
  effect: 'none' | 'hide' | 'narrow';
  description: string;
}

const OWN_NIP = 'peserta hanya NIP-nya sendiri';
const OPERATORS = ['instansi', 'kanreg'] as const;
const HOLDERS = [...OPERATORS, 'peserta'] as const;

/**
 * The scope rules of the API. An instansi operator acts for its own instansi, a Kanreg operator for the
 * provincial and district governments of its region (Perban BKN 7/2020 Pasal 31(1)a-b, Pasal 11; see
 * domain/access/scope.ts), both as BKN's operator registry records them; a participant for themself; an
 * assessor or expert for the cohorts whose team lists them; BKN, the committee and every role not listed reach
 * every record.
 */
export const ROUTE_SCOPES = {
  none: {
    binds: [],
    roles: [],
    effect: 'none',
    description: 'Tanpa pembatasan data: setiap peran yang diizinkan menjangkau semua data.',
  },
  instansi: {
    binds: ['instansiCode'],
    roles: OPERATORS,
    effect: 'hide',
    description:
      'Operator instansi hanya instansinya sendiri ({instansiCode}); operator Kanreg hanya pemerintah provinsi dan kabupaten/kota di wilayah kerjanya.',
  },
  candidate: {
    binds: ['instansiCode', 'nip'],
    roles: HOLDERS,
    effect: 'hide',
    description: `Operator instansi dan Kanreg hanya instansi dalam cakupannya ({instansiCode}); ${OWN_NIP} ({nip}).`,
  },
  participant: {
    binds: ['nip'],
    roles: HOLDERS,
    effect: 'hide',
    description: `Operator instansi dan Kanreg hanya peserta yang diusulkan instansi dalam cakupannya; ${OWN_NIP} ({nip}).`,
  },
  holder: {
    binds: ['nip'],
    roles: HOLDERS,
    effect: 'hide',
    description: `Operator instansi dan Kanreg hanya ASN yang pelatihan terakhirnya diusulkan instansi dalam cakupannya; ${OWN_NIP} ({nip}).`,
  },
  certificate: {
    binds: ['certificateId'],
    roles: HOLDERS,
    effect: 'hide',
    description: `Operator instansi dan Kanreg hanya sertifikat pemegang dari instansi dalam cakupannya; ${OWN_NIP}.`,
  },
  'test-team': {
    binds: ['programId', 'number'],
    roles: ['asesor', 'pakar'],
    effect: 'hide',
    description: 'Asesor dan pakar hanya pada angkatan tempat mereka ditugaskan ({number}).',
  },
  'kanreg-region': {
    binds: [],
    roles: ['kanreg'],
    effect: 'narrow',
    description: 'Operator Kanreg hanya melihat data wilayah kerjanya, menurut daftar operator BKN.',
  },
  'action-plan': {
    binds: ['programId', 'nip'],
    roles: [...HOLDERS, 'mentor'],
    effect: 'hide',
    description: `Rencana tindak lanjut: operator instansi dan Kanreg hanya peserta dalam cakupannya; ${OWN_NIP} ({nip}); mentor hanya peserta yang rencananya menyebut NIP-nya.`,
  },
  'instansi-official': {
    binds: ['instansiCode'],
    roles: ['kepegawaian', 'ppk', 'baperjakat'],
    effect: 'hide',
    description:
      'Pejabat kepegawaian, PPK dan anggota Baperjakat hanya instansi pada tokennya ({instansiCode}), yang terdaftar di BKN (Perka BKN 11/2008).',
  },
  'structural-assessor': {
    binds: ['instansiCode', 'nip'],
    roles: ['asesor'],
    effect: 'hide',
    description:
      'Assessor hanya calon yang penilaiannya diserahkan kepada UPK tempatnya menjadi assessor atau TPK tempatnya menjadi anggota, menurut NIP pada tokennya (Perka BKN 11/2008 III.1.d, PK-HASIL-OLEH-ASESOR).',
  },
  'structural-report': {
    binds: ['instansiCode', 'nip'],
    roles: ['ppk', 'baperjakat', 'peserta'],
    effect: 'hide',
    description:
      'Laporan hasil konfidensial: PPK dan anggota Baperjakat hanya instansi pada tokennya ({instansiCode}), peserta hanya laporannya sendiri ({nip}); selain itu dijawab seperti laporan yang tidak ada (Perka BKN 11/2008 III.2 Laporan 3), II.B.2, PK-HASIL-KONFIDENSIAL).',
  },
  'test-team-leader': {
    binds: ['teamId'],
    roles: ['asesor', 'pakar'],
    effect: 'hide',
    description:
      'Asesor dan pakar hanya tim uji yang mereka ketuai ({teamId}); tim lain dijawab seperti tim yang tidak ada (Perban BKN 7/2020 Pasal 30(1)d).',
  },
} as const satisfies Record<string, ScopeRule>;
export type RouteScope = keyof typeof ROUTE_SCOPES;

export interface ResponseSpec {
  description: string;
  /** A schema registered with `.meta({ id })`, rendered as a component; absent for empty or non-JSON bodies. */
  schema?: z.ZodType;
  contentType?: string;
  /** The same answer in other media types a request may ask for (e.g. `text/csv` with `?format=csv`), as text. */
  alternatives?: readonly string[];
}

/**
 * One API route, declared once: the CDK stack deploys it, the local server serves it, the handler enforces its
 * auth and parses its input with these schemas, and the OpenAPI document is generated from it.
 */
export interface RouteDefinition {
  operationId: string;
  method: HttpMethod;
  /** API Gateway path syntax, e.g. `/programs/{programId}`. */
  path: string;
  function: ApiFunctionName;
  /** `public` routes skip the JWT authorizer; otherwise the Cognito groups allowed to call the route. */
  auth: 'public' | readonly Role[];
  /** Which records the allowed roles reach (ROUTE_SCOPES); every non-public route declares one, `none` included. */
  scope?: RouteScope;
  summary: string;
  description?: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A raw (non-JSON) body instead, e.g. a PDF to check: handed to the operation as bytes. */
  binaryBody?: { contentType: string; maxBytes: number; description: string };
  /**
   * The route creates a record (or queues work): it accepts an `Idempotency-Key` header, and a retry with the
   * same key gets the first answer instead of a second record (events/api/idempotency.ts). Authenticated
   * routes only: the key is the caller's own.
   */
  idempotent?: true;
  responses: Readonly<Record<number, ResponseSpec>>;
}

export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string =>
  `${route.method} ${route.path}`;
