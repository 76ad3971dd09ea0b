import * as z from 'zod';
import { ROLE_LABELS, type Role } from '../../domain/access/roles';
import { MESSAGE_CHANNELS, MESSAGE_SCHEMAS } from '../messages';
import { ApiError } from './error';
import { IDEMPOTENCY_ERRORS, IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_RETENTION_HOURS } from './idempotency';
import { ROUTE_SCOPES, type ResponseSpec, type RouteDefinition, type RouteScope } from './route';
import { ROUTES } from './routes';

type JsonObject = Record<string, unknown>;

const componentRef = (id: string) => `#/components/schemas/${id}`;

const TAG_DESCRIPTIONS: Record<string, string> = {
  Sistem: 'Status layanan dan dokumen API ini.',
  Program: 'Program sertifikasi: jenjang, jendela usulan dan surat pemberitahuannya.',
  Instansi: 'Instansi pengusul dan Kanreg pembinanya.',
  Operator:
    'Daftar operator instansi dan Kanreg yang dipegang BKN: setiap permintaan operator dicocokkan dengannya (Pasal 11, 31(1)a-b).',
  Usulan: 'Usulan calon peserta oleh instansi atau Kanreg (Perban BKN 7/2020 Pasal 31-32).',
  Penyaringan: 'Penyaringan kelayakan dan sidang penetapan calon peserta.',
  Penjadwalan: 'Penetapan peserta, angkatan, kursi dan daftar tunggu (Pasal 17, 31(1)f).',
  'Pra Uji': 'Konsultasi pra uji: asesmen mandiri dan rekomendasi asesor (Pasal 31(1)e).',
  Pelatihan:
    'Konfirmasi kehadiran, riwayat pekerjaan, rencana tindak lanjut, e-learning dan kehadiran kelas.',
  Undangan: 'Surat undangan peserta (Perka BKN 11/2008) dan tautan unduhnya.',
  'Uji Kompetensi':
    'Penugasan asesor dan pakar, bukti per unit dan rekomendasi asesor (Perban BKN 7/2020 Pasal 20-24, 28-30).',
  'Sidang Hasil': 'Keputusan sidang hasil, banding dan pengaduan (Pasal 25, 36(1)d).',
  'Uji Ulang':
    'Permintaan dan penjadwalan uji ulang, kapasitas sesi uji dan sesi uji ulang BKN (Pasal 16(7), 25c, 26).',
  Sertifikat:
    'Sertifikat kompetensi dan sertifikat pelatihan: unduh, pencabutan, pemulihan dan penerbitan ulang (Pasal 34-36).',
  Verifikasi: 'Verifikasi publik keaslian dan status sertifikat, tanpa login.',
  'Kredensial Open Badges':
    'Sertifikat kompetensi sebagai kredensial Open Badges 3.0 (W3C VC 2.0): unduhan pemegang dan instansinya, serta dokumen publik penerbit dan daftar status pencabutan untuk pemeriksa mana pun.',
  'Tinjauan Proses Uji':
    'Umpan balik peserta, berita acara dan laporan asesor, tinjauan BKN terhadap prinsip uji dan prinsip bukti, log perbaikan, dan laporan untuk kebijakan pengembangan kompetensi (Perban BKN 7/2020 Pasal 24g, 25g, 30(2)n-r).',
  'Versi skema':
    'Register versi skema sertifikasi yang diterbitkan BKN dan pemutakhiran sertifikat pemegang dari catatan penyegaran dan uji ulang (Pasal 13(2), 15(4)-(5), 35(3)).',
  Notifikasi:
    'Pemberitahuan e-mail (undangan, pengingat konfirmasi, sertifikat terbit, Monev) lewat Amazon SES: terkirim sekali per peristiwa, atau tidak terkirim dan sebabnya (tanpa alamat, alamat memantul atau mengadu).',
  Monev:
    'Rencana tindak lanjut (formulir Panduan 2019) dibaca peserta, instansinya dan mentornya; Monitoring dan Evaluasi pada titik setelah pelatihan: kuesioner peserta dan mentor, pengingat, penutupan, laporan per angkatan, instansi dan jenjang.',
  'Pemeliharaan Sertifikat':
    'Pemantauan kinerja pemegang sertifikat, rekomendasi pengembangan dan tindak lanjutnya, serta persetujuan pemegang (Pasal 35, 36(2)).',
  'Komite Sertifikasi':
    'Keanggotaan Komite menurut Keputusan Kepala BKN, sidangnya (paling sedikit setahun sekali) dan keputusannya (Pasal 6).',
  'Dasbor Program':
    'Gambaran program bagi BKN dan Komite: alur peserta per instansi dan jenjang, kursi per angkatan, hasil per unit kompetensi.',
  'Penilaian kompetensi jabatan struktural':
    'Penilaian kompetensi PNS yang akan diangkat dalam jabatan struktural (Perka BKN 11/2008): calon yang lulus seleksi instansi, usulan pejabat kepegawaian kepada PPK dan penetapan PPK; dijalankan pejabat instansi itu sendiri.',
  'Penilaian kompetensi jabatan struktural: hasil dan laporan':
    'Hasil per metode dan kompetensi yang dicatat assessor UPK/TPK, laporan hasil yang konfidensial kepada PPK (dibaca hanya PPK, Baperjakat instansi dan PNS yang dinilai, setiap pembacaan dicatat), masa berlaku 2 tahun dan umpan balik PPK (Perka BKN 11/2008 III.2 Pelaksanaan dan Laporan, II.B, IV.4).',
  'Instrumen dan Rencana Uji':
    'Instrumen uji (soal beserta kunci jawaban, studi kasus, daftar observasi) yang disusun pakar bersama asesor, berversi dan ditinjau berkala, serta rencana uji setiap unit angkatan; tidak pernah untuk peserta atau operator (Pasal 19(7)-(8), 22, 30(2)c-e dan k, 30(4)).',
  'Program Daerah dan Alokasi':
    'Alokasi jumlah calon per Kanreg dalam program dan pemakaiannya (Pasal 11a, f); program usulan Kanreg atas inisiasi dan anggaran instansi daerah, disetujui unit pelatihan BKN setelah koordinasi, dengan sumber dana, kesepakatan jadwal dan tempat uji di Kanreg (Pasal 7, 8, 11b, 16(8), 27).',
  Pengarahan:
    'Pengarahan program bagi peserta yang layak diuji, oleh pejabat setingkat JPT Pratama atau yang ditunjuk, dan kehadirannya: peserta yang belum diarahkan tidak diuji (Perban BKN 7/2020 Pasal 33).',
  'Tempat Uji Kompetensi':
    'Kriteria TUK yang disusun BKN, identifikasi dan verifikasi TUK oleh koordinator sertifikasi setiap kali akan digunakan, dan SK penunjukannya (Perban BKN 7/2020 Pasal 27).',
};

function refTo(schema: z.ZodType, where: string): JsonObject {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error(`${where}: schema needs .meta({ id }) to be an OpenAPI component`);
  return { $ref: componentRef(id) };
}

/**
 * Every schema registered with an id becomes a component (routes' contracts and, for integrators, the message
 * contracts); `$schema`/`$id` are dropped as OpenAPI wants.
 */
function components(): Record<string, JsonObject> {
  for (const schema of MESSAGE_SCHEMAS) refTo(schema, 'message contracts');
  const rendered = (io: 'input' | 'output') =>
    (
      z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: componentRef, io }) as {
        schemas: Record<string, JsonObject>;
      }
    ).schemas;
  const [answers, requests] = [rendered('output'), rendered('input')];
  // A request body is what a client sends: a field with a default may be left out, so it is published as the
  // schema's input (not required), where an answer always carries it.
  const bodies = new Set(REQUEST_BODY_IDS);
  return Object.fromEntries(
    Object.entries(answers).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = bodies.has(id) ? requests[id]! : schema;
      return [id, rest];
    }),
  );
}

/** The components that are a route's request body and never an answer (one mode each: enforced by a test). */
export const REQUEST_BODY_IDS: readonly string[] = [
  ...new Set(ROUTES.flatMap((r) => (r.body ? [z.globalRegistry.get(r.body)?.id ?? ''] : []))),
].filter(Boolean);

/** A query parameter's own type, without the optional/default wrapper that says whether it must be sent. */
function unwrapOptional(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
    current = current.unwrap() as z.ZodType;
  return current;
}

function parameters(route: RouteDefinition): JsonObject[] {
  const from = (schema: z.ZodObject | undefined, where: 'path' | 'query') =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => {
      const zodField = field as z.ZodType;
      const inner = unwrapOptional(zodField);
      const id = z.globalRegistry.get(inner)?.id;
      const { $schema: _s, ...inline } = z.toJSONSchema(inner, {
        target: 'draft-2020-12',
        io: 'input',
      }) as JsonObject;
      return {
        name,
        in: where,
        required: where === 'path' || !zodField.safeParse(undefined).success,
        schema: id ? { $ref: componentRef(id) } : inline,
      };
    });
  return [
    ...from(route.params, 'path'),
    ...from(route.query, 'query'),
    ...(route.idempotent ? [IDEMPOTENCY_PARAMETER] : []),
  ];
}

const IDEMPOTENCY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: `Kunci pilihan klien (mis. UUID), 1-128 karakter ASCII yang terlihat tanpa spasi: permintaan ulang oleh pengguna yang sama dengan kunci dan isi yang sama dalam ${IDEMPOTENCY_RETENTION_HOURS} jam mendapat jawaban pertamanya lagi (header \`idempotent-replayed: true\`), tanpa membuat rekaman kedua. Jawaban gagal (4xx, 5xx) tidak disimpan: permintaan yang diperbaiki boleh memakai kunci yang sama.`,
  schema: { type: 'string', minLength: 1, maxLength: 128, pattern: IDEMPOTENCY_KEY_PATTERN.source },
};

const apiError = (description: string): ResponseSpec => ({ description, schema: ApiError });

/**
 * What the shared request parser (runtime/http/parse-request.ts) answers a route whose input it checks,
 * where the route does not say it in its own words.
 */
function parserErrors(route: RouteDefinition): RouteDefinition['responses'] {
  const body = route.body !== undefined || route.binaryBody !== undefined;
  if (!body)
    return route.params || route.query
      ? { 400: apiError('Parameter tidak valid (VALIDATION_FAILED, rinciannya di `details`).') }
      : {};
  return {
    400: apiError(
      'Data tidak valid (VALIDATION_FAILED atau kode aturannya, rinciannya di `details`), isi kosong (BODY_REQUIRED) atau bukan JSON (MALFORMED_JSON).',
    ),
    413: apiError('Isi permintaan melebihi batasnya (PAYLOAD_TOO_LARGE).'),
    415: apiError('Isi permintaan tidak berformat yang diminta (UNSUPPORTED_MEDIA_TYPE).'),
  };
}

/**
 * A route's own answers, with the request parser's it does not state itself and those of its `Idempotency-Key`
 * (events/api/idempotency.ts) added to them.
 */
function routeResponses(route: RouteDefinition): RouteDefinition['responses'] {
  const responses = { ...parserErrors(route), ...route.responses };
  if (!route.idempotent) return responses;
  for (const [status, text] of Object.entries(IDEMPOTENCY_ERRORS)) {
    const own = responses[Number(status)];
    responses[Number(status)] = own ? { ...own, description: `${own.description} ${text}` } : apiError(text);
  }
  return responses;
}

/** The answers any operation may give besides its route's own (`default`: any other status, a failure). */
const EVERY_OPERATION_RESPONSES: Readonly<Record<string, ResponseSpec>> = {
  409: apiError(
    'Data berubah oleh permintaan lain saat permintaan ini diproses (DATA_CHANGED); tidak ada yang dicatat: muat ulang lalu coba lagi.',
  ),
  429: apiError('Terlalu banyak permintaan (pembatasan API Gateway).'),
  503: apiError(
    'Layanan sedang sibuk (SERVICE_BUSY): ulangi sesudah jumlah detik yang disebut header `retry-after`.',
  ),
  default: apiError('Galat lain.'),
};

/**
 * The answers the document publishes for a route, by status (`default` included): its own, its request
 * parser's, its `Idempotency-Key`'s and those of every operation. Handler tests check each real answer against
 * them (test/functions/setup.ts).
 */
export const publishedResponses = (route: RouteDefinition): Readonly<Record<string, ResponseSpec>> => ({
  ...EVERY_OPERATION_RESPONSES,
  ...routeResponses(route),
});

/**
 * The route's scope rule, machine-readable: which path parameters bind the caller, and which of the route's roles
 * it restricts (the others reach every record).
 */
function scopeExtension(scope: RouteScope, roles: readonly Role[]): JsonObject {
  const rule = ROUTE_SCOPES[scope];
  return {
    rule: scope,
    effect: rule.effect,
    binds: rule.binds,
    roles: rule.roles.filter((role) => roles.includes(role)),
    description: rule.description,
  };
}

/** An answer's media types with their schemas; none for an answer without a body. */
function content(spec: ResponseSpec, where: string): JsonObject | undefined {
  const mediaType = spec.contentType ?? (spec.schema ? 'application/json' : undefined);
  if (!mediaType) return undefined;
  const schema = spec.schema
    ? refTo(spec.schema, where)
    : { type: mediaType === 'application/json' ? 'object' : 'string' };
  return {
    [mediaType]: { schema },
    ...Object.fromEntries((spec.alternatives ?? []).map((type) => [type, { schema: { type: 'string' } }])),
  };
}

function operation(route: RouteDefinition): JsonObject {
  const where = `${route.method} ${route.path}`;
  const responses = Object.fromEntries(
    Object.entries(publishedResponses(route)).map(([status, spec]) => {
      const media = content(spec, where);
      return [status, { description: spec.description, ...(media ? { content: media } : {}) }];
    }),
  );
  const roles = route.auth === 'public' ? [] : route.auth;
  return {
    operationId: route.operationId,
    summary: route.summary,
    // Who may call it, in words, on every operation: a public one says so too.
    description: [
      `${route.description ?? route.summary}.`,
      route.auth === 'public'
        ? 'Publik: tanpa token.'
        : `Peran: ${roles.map((r) => ROLE_LABELS[r]).join(', ')}.`,
      ...(route.scope && route.scope !== 'none'
        ? [`Cakupan data: ${ROUTE_SCOPES[route.scope].description}`]
        : []),
    ].join(' '),
    tags: [route.tag],
    ...(route.auth === 'public'
      ? { security: [] }
      : {
          'x-roles': roles,
          ...(route.scope ? { 'x-scope': scopeExtension(route.scope, roles) } : {}),
        }),
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: refTo(route.body, where) } },
          },
        }
      : route.binaryBody
        ? {
            requestBody: {
              required: true,
              description: route.binaryBody.description,
              content: {
                [route.binaryBody.contentType]: {
                  schema: { type: 'string', contentMediaType: route.binaryBody.contentType },
                },
              },
            },
          }
        : {}),
    responses,
  };
}

/** OpenAPI has no greedy variable: API Gateway's `{nomor+}` is documented as `{nomor}` (slashes allowed). */
export const openApiPath = (path: string) => path.replace(/\{(\w+)\+\}/g, '{$1}');

/**
 * The message contracts, as OpenAPI 3.1 webhooks: what the system sends on each of its queues and on the event
 * bus (`x-channel`), each body a component of the document.
 */
function webhooks(): Record<string, JsonObject> {
  return Object.fromEntries(
    MESSAGE_SCHEMAS.map((schema) => {
      const id = z.globalRegistry.get(schema)!.id!;
      const { channel, description } = MESSAGE_CHANNELS[id]!;
      return [
        id,
        {
          post: {
            operationId: `message${id}`,
            summary: description,
            'x-channel': channel,
            security: [],
            requestBody: { required: true, content: { 'application/json': { schema: refTo(schema, id) } } },
            responses: { '200': { description: 'Diterima oleh konsumennya.' } },
          },
        },
      ];
    }),
  );
}

/** The OpenAPI 3.1 document of the API, generated from the route list and the same zod schemas the handlers use. */
export function buildOpenApiDocument(serverUrl?: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of ROUTES) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'API Sertifikasi Kompetensi Teknis Manajemen ASN',
      version: '0.1.0',
      description:
        'Layanan BKN untuk usulan peserta, kelayakan, penjadwalan angkatan, uji kompetensi dan sertifikat (Perban BKN 7/2020).',
      // The unit that runs the programme, as its 2019 letter names itself (seed 003).
      contact: { name: 'Pusat Pengembangan ASN BKN', url: 'http://pusbangasn.bkn.go.id' },
      license: { name: 'Proprietary', identifier: 'LicenseRef-BKN' },
    },
    servers: [{ url: serverUrl ?? '/' }],
    tags: [...new Set(ROUTES.map((r) => r.tag))].map((name) => ({
      name,
      description: TAG_DESCRIPTIONS[name],
    })),
    security: [{ cognito: [] }],
    paths,
    webhooks: webhooks(),
    components: {
      securitySchemes: {
        cognito: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'ID token Cognito; peran dari klaim cognito:groups, instansi/kanreg dari atribut kustom.',
        },
      },
      schemas: components(),
    },
  };
}
