import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FUNCTIONS, QUEUES, SCHEDULES } from '../../infra/resource-model';
import { ROUTES } from '../../events/api/routes';
import { startLocalStack } from './local-stack';
import { RESTART_POLICY } from './supervisor';
import { LOCAL_DIR, LOCAL_KEY_FILE } from './paths';
import { portUnavailable } from './ports';

/**
 * `npm start`: the whole system on this machine, data kept in .local/ between runs.
 * `npm start -- --date 2019-04-05` (or `--at <ISO instant>`) sets the business calendar first; it only moves
 * forward, and otherwise resumes where it stood when the stack last stopped.
 * `--port` (or PORT) fixes the API's port, 3000 unless given (0: a free one); `--dynamodb-port`, `--sqs-port`
 * (fauxqs) and `--s3-port` fix the emulators' ports, free ones otherwise. `--public-url` (or PUBLIC_BASE_URL) is
 * the address signed documents print in QR codes and links, `http://localhost:<port>` unless given: a fixed
 * address, so yesterday's certificates still open their verification page.
 * A DynamoDB Local that dies is started again on the same data and port, `--restarts <n>` times a minute at most
 * (3 unless set; 0 to stop at once); after that `npm start` stops everything and exits with 1.
 */
/** The API's port unless given: a fixed address for the links printed on documents. */
const DEFAULT_API_PORT = 3000;

const PORT_FLAGS = {
  port: 'API',
  'dynamodb-port': 'DynamoDB Local',
  'sqs-port': 'SQS (fauxqs)',
  's3-port': 'S3',
} as const;
type PortFlag = keyof typeof PORT_FLAGS;

function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

const OPTIONS = {
  date: { type: 'string' },
  at: { type: 'string' },
  port: { type: 'string' },
  'dynamodb-port': { type: 'string' },
  'sqs-port': { type: 'string' },
  's3-port': { type: 'string' },
  restarts: { type: 'string' },
  'public-url': { type: 'string' },
} as const;
const values = (() => {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    const known = Object.keys(OPTIONS).map((option) => `--${option}`);
    return refuse(`Opsi salah: ${(error as Error).message}\nOpsi npm start: ${known.join(', ')}.`);
  }
})();

/**
 * The ports asked for, each checked before anything starts: a port another process holds would otherwise fail
 * deep inside java or fauxqs, or worse, DynamoDB requests would reach whatever answers there.
 */
async function askedPorts(): Promise<Partial<Record<PortFlag, number>>> {
  const asked: Partial<Record<PortFlag, number>> = {};
  for (const flag of Object.keys(PORT_FLAGS) as PortFlag[]) {
    const text =
      values[flag] ?? (flag === 'port' ? (process.env.PORT ?? String(DEFAULT_API_PORT)) : undefined);
    if (text === undefined) continue;
    const port = Number(text);
    if (!/^\d+$/.test(text) || port > 65_535) {
      refuse(`--${flag} ${text}: bukan nomor port (1-65535; 0 atau tanpa --${flag}: port bebas dipilih).`);
    }
    if (port === 0) continue;
    const twice = (Object.keys(asked) as PortFlag[]).find((other) => asked[other] === port);
    if (twice)
      refuse(`Port ${port} diminta untuk --${twice} dan --${flag}; setiap layanan butuh port sendiri.`);
    const problem = await portUnavailable(port);
    if (problem === 'EADDRINUSE') {
      refuse(
        `Port ${port} (${PORT_FLAGS[flag]}, --${flag}) sudah dipakai proses lain. Hentikan proses itu, ` +
          `pilih port lain, atau hilangkan --${flag} agar port bebas dipilih otomatis.`,
      );
    }
    if (problem) refuse(`Port ${port} (${PORT_FLAGS[flag]}, --${flag}) tidak bisa dipakai: ${problem}.`);
    asked[flag] = port;
  }
  return asked;
}

const ports = await askedPorts();

/** The address documents print: given, or the fixed local one; refused unless an http(s) URL without a path. */
function publicBaseUrl(): string | undefined {
  const text = values['public-url'] ?? process.env.PUBLIC_BASE_URL;
  if (text === undefined) return ports.port ? `http://localhost:${ports.port}` : undefined;
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    refuse(
      `--public-url ${text}: bukan alamat http(s) tanpa jalur, mis. http://localhost:3000 atau https://sertifikasi.bkn.go.id.`,
    );
  }
  return url.origin;
}
const publicUrl = publicBaseUrl();
const maxRestarts = Number(values.restarts ?? RESTART_POLICY.maxRestarts);
if (!Number.isInteger(maxRestarts) || maxRestarts < 0) {
  refuse(`--restarts harus bilangan bulat 0 atau lebih, bukan "${values.restarts}".`);
}
console.log('Menyalakan DynamoDB Local dan fauxqs…');
const stack = await startLocalStack({
  dataDir: LOCAL_DIR,
  keyFile: LOCAL_KEY_FILE,
  port: ports.port,
  publicBaseUrl: publicUrl,
  servicePorts: { dynamodb: ports['dynamodb-port'], fauxqs: ports['sqs-port'], s3: ports['s3-port'] },
  restarts: { maxRestarts },
  ...(values.date ? { calendarStart: { date: values.date } } : {}),
  ...(values.at ? { calendarStart: { at: values.at } } : {}),
}).catch((error: NodeJS.ErrnoException) => {
  // Taken between the check above and the start (another process was quicker).
  if (error.code === 'EADDRINUSE')
    refuse(`Port sudah dipakai proses lain saat sistem lokal menyala: ${error.message}`);
  throw error;
});

console.log(`
  Sertifikasi Kompetensi Teknis Manajemen ASN: sistem lokal berjalan

  API           ${stack.baseUrl}
  Alamat publik ${process.env.PUBLIC_BASE_URL}  (kode QR dan tautan pada dokumen bertanda tangan; --public-url)
  OpenAPI       ${stack.baseUrl}/openapi.json
  Kesehatan     ${stack.baseUrl}/health  (503 bila DynamoDB Local atau fauxqs tidak menjawab)
  DynamoDB      ${stack.endpoints.dynamodb}  (tabel ${stack.resources.table})
  SQS           ${stack.endpoints.fauxqs}  (fauxqs)
  S3            ${stack.endpoints.s3}  (fauxqs, dengan versi objek)
  KMS           ${process.env.AWS_ENDPOINT_URL_KMS}  (tanda tangan dokumen, kunci pengembangan)
  Kotak surat   ${stack.mailbox}  (e-mail yang dikirim sistem, lewat emulator SES v2; buka di peramban)
  Dasbor        ${stack.baseUrl}/dashboard  (BKN dan Komite: buka di peramban, tempelkan token admin-bkn)
  Pantulan      curl -X POST -H "authorization: Bearer $TOKEN" -d '{"email":"a@contoh.go.id","kind":"BOUNCE"}' ${stack.baseUrl}/_local/email-feedback
  CA dev        ${join(LOCAL_DIR, 'signing', 'ca.pem')}  (percayai untuk memeriksa tanda tangan PDF, mis.
                certutil -A -d sql:<nssdb> -n sertifikasi-dev -t CT,C,C -i <berkas>; lalu pdfsig -nssdir sql:<nssdb>)
  Rute          ${ROUTES.length}   Fungsi ${Object.keys(FUNCTIONS).length}   Antrean ${Object.keys(QUEUES).length}   Jadwal ${Object.keys(SCHEDULES).length}
  Data          ${LOCAL_DIR}
  Kalender      ${stack.calendar.now().toISOString()}  (GET/PUT ${stack.baseUrl}/_local/clock)

  Token:  TOKEN=$(npm run -s token -- --role admin-bkn)
          (peran: instansi --instansi KODE | kanreg --kanreg KODE | admin-bkn | asesor | pakar | komite | peserta --nip NIP)
  Coba:   curl -H "authorization: Bearer $TOKEN" ${stack.baseUrl}/programs
  Waktu:  curl -X PUT -H "authorization: Bearer $TOKEN" -d '{"date":"2019-05-06"}' ${stack.baseUrl}/_local/clock
  DLQ:    AWS_ENDPOINT_URL_SQS=${stack.endpoints.fauxqs} npm run redrive -- <${Object.keys(QUEUES).join('|')}> [--dry-run]

  Ctrl-C untuk berhenti.
`);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: menghentikan sistem lokal…`);
  try {
    await stack.stop();
    console.log('Berhenti. Tidak ada proses yang tertinggal.');
    process.exit(0);
  } catch (error) {
    console.error('Gagal menghentikan sistem lokal dengan bersih:', error);
    process.exit(1);
  }
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

// A dependency that cannot be kept up ends `npm start` with a failure, rather than an API answering 503 for good.
void stack.failure.then(async (error) => {
  if (stopping) return;
  stopping = true;
  console.error('\nMenghentikan sistem lokal: layanan yang dibutuhkannya tidak dapat dinyalakan lagi…');
  await stack.stop().catch((stopError: unknown) => console.error(stopError));
  console.error(`Berhenti dengan galat: ${error.message}.`);
  process.exit(1);
});
