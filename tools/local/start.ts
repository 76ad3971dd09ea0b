import { parseArgs } from 'node:util';
import { FUNCTIONS, QUEUES, SCHEDULES } from '../../infra/resource-model';
import { ROUTES } from '../../events/api/routes';
import { startLocalStack } from './local-stack';
import { RESTART_POLICY } from './supervisor';
import { LOCAL_DIR, LOCAL_KEY_FILE } from './paths';

/**
 * `npm start`: the whole system on this machine, data kept in .local/ between runs.
 * `npm start -- --date 2019-04-05` (or `--at <ISO instant>`) sets the business calendar first; it only moves
 * forward, and otherwise resumes where it stood when the stack last stopped.
 * A DynamoDB Local that dies is started again on the same data and port, `--restarts <n>` times a minute at most
 * (3 unless set; 0 to stop at once); after that `npm start` stops everything and exits with 1.
 */
const { values } = parseArgs({
  options: { date: { type: 'string' }, at: { type: 'string' }, restarts: { type: 'string' } },
});
const maxRestarts = Number(values.restarts ?? RESTART_POLICY.maxRestarts);
if (!Number.isInteger(maxRestarts) || maxRestarts < 0) {
  console.error(`--restarts harus bilangan bulat 0 atau lebih, bukan "${values.restarts}".`);
  process.exit(2);
}
const port = Number(process.env.PORT ?? 0);
console.log('Menyalakan DynamoDB Local dan fauxqs…');
const stack = await startLocalStack({
  dataDir: LOCAL_DIR,
  keyFile: LOCAL_KEY_FILE,
  port,
  restarts: { maxRestarts },
  ...(values.date ? { calendarStart: { date: values.date } } : {}),
  ...(values.at ? { calendarStart: { at: values.at } } : {}),
});

console.log(`
  Sertifikasi Kompetensi Teknis Manajemen ASN: sistem lokal berjalan

  API           ${stack.baseUrl}
  OpenAPI       ${stack.baseUrl}/openapi.json
  Kesehatan     ${stack.baseUrl}/health  (503 bila DynamoDB Local atau fauxqs tidak menjawab)
  DynamoDB      ${stack.endpoints.dynamodb}  (tabel ${stack.resources.table})
  SQS           ${stack.endpoints.fauxqs}  (fauxqs)
  S3            ${stack.endpoints.s3}  (fauxqs, dengan versi objek)
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
