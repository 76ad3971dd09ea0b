import { createHash } from 'node:crypto';
import type { CertificateVerification } from '../../events/api/verification';

/*
 * The public verification page a certificate's QR code opens. Plain server-rendered HTML: it works without
 * JavaScript except for the optional PDF check, whose small script is allowed by hash in the page's CSP.
 */

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STATUS_TEXT: Record<CertificateVerification['status'], string> = {
  BERLAKU: 'Sertifikat sah dan berlaku',
  DICABUT: 'Sertifikat telah dicabut',
  DIGANTIKAN: 'Sertifikat telah digantikan oleh versi yang lebih baru',
  DIBATALKAN: 'Sertifikat telah dibatalkan dan tidak berlaku',
};

const DATE = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDate = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));

/** Sends the chosen PDF to the certificate's own resource and says whether it is exactly the issued file. */
const CHECK_SCRIPT = `
const form = document.getElementById('periksa-pdf');
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const out = document.getElementById('hasil-pdf');
  const file = form.querySelector('input[type=file]').files[0];
  if (!file) { out.textContent = 'Pilih berkas PDF terlebih dahulu.'; return; }
  out.textContent = 'Memeriksa...';
  const response = await fetch(form.dataset.endpoint, {
    method: 'POST', headers: { 'content-type': 'application/pdf' }, body: file,
  });
  const body = await response.json();
  if (!response.ok) { out.textContent = body.message; out.dataset.hasil = 'galat'; return; }
  out.dataset.hasil = body.matches ? 'sesuai' : 'tidak-sesuai';
  out.textContent = body.matches
    ? 'Berkas ini persis berkas sertifikat yang diterbitkan BKN.'
    : 'Berkas ini BUKAN berkas yang diterbitkan BKN untuk nomor ini (berbeda atau telah diubah).';
});
`;
const SCRIPT_HASH = createHash('sha256').update(CHECK_SCRIPT).digest('base64');

/** Headers of every verification page: no framing, no third-party content, only the page's own script. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** A link to another version's verification page. */
const link = (number: string) =>
  `<a href="/verifikasi/${number.split('/').map(encodeURIComponent).join('/')}">${escape(number)}</a>`;

function certificateSection(v: CertificateVerification): string {
  const units = v.units.map((u) => `<tr><td>${escape(u.code)}</td><td>${escape(u.title)}</td></tr>`).join('');
  const revoked = v.revocation
    ? `<p class="catatan">Dicabut sejak ${longDate(v.revocation.since)}: ${escape(v.revocation.reason)}.</p>`
    : '';
  const annulled = v.annulment
    ? `<p class="catatan">Dibatalkan sejak ${longDate(v.annulment.since)}: ${escape(v.annulment.reason)}.</p>`
    : '';
  const superseded = v.supersededBy ? `<p class="catatan">Digantikan oleh ${link(v.supersededBy)}.</p>` : '';
  const history = v.history
    .map(
      (h) =>
        `<li data-peristiwa="${h.event}"><time datetime="${h.on}">${longDate(h.on)}</time>: ${escape(h.description)}${h.relatedNumber ? ` (${link(h.relatedNumber)})` : ''}</li>`,
    )
    .join('');
  const endpoint = `/verification/${v.registrationNumber.split('/').map(encodeURIComponent).join('/')}`;
  return `
<section id="sertifikat" data-status="${v.status}">
  <p class="status status-${v.status.toLowerCase()}" id="status">${STATUS_TEXT[v.status]}</p>
  ${revoked}${annulled}${superseded}
  <dl>
    <dt>Nomor registrasi</dt><dd id="nomor">${escape(v.registrationNumber)}</dd>
    <dt>Nama pemegang</dt><dd id="nama">${escape(v.holderName)}</dd>
    <dt>Skema</dt><dd id="skema">${escape(v.schemeName)}</dd>
    <dt>Jenjang</dt><dd id="jenjang">${escape(v.level)}</dd>
    <dt>Tanggal terbit</dt><dd>${longDate(v.issuedOn)}</dd>
  </dl>
  <h2>Unit kompetensi yang dinyatakan kompeten</h2>
  <table id="unit"><thead><tr><th>Kode</th><th>Judul unit</th></tr></thead><tbody>${units}</tbody></table>
  <h2>Riwayat sertifikat</h2>
  <ol id="riwayat">${history}</ol>
  <h2>Periksa berkas PDF</h2>
  <p>Isi sertifikat di atas berasal dari catatan BKN, bukan dari berkas. Unggah berkas PDF sertifikat untuk
  memastikan berkas itu persis yang diterbitkan (SHA-256 <code>${v.fileSha256}</code>).</p>
  <form id="periksa-pdf" data-endpoint="${escape(endpoint)}">
    <input type="file" name="berkas" accept="application/pdf" aria-label="Berkas PDF sertifikat">
    <button type="submit">Periksa</button>
  </form>
  <p id="hasil-pdf" role="status"></p>
</section>`;
}

/**
 * The page for a registration number: the certificate as recorded when it exists, a clear "not registered"
 * otherwise, and the search form either way.
 */
export function verificationPage(input: { number?: string; found?: CertificateVerification }): string {
  const { number, found } = input;
  const result = found
    ? certificateSection(found)
    : number
      ? `<section id="sertifikat" data-status="TIDAK_TERDAFTAR"><p class="status status-tidak" id="status">Nomor ${escape(number)} tidak terdaftar sebagai sertifikat yang diterbitkan BKN.</p></section>`
      : '';
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verifikasi Sertifikat Kompetensi Teknis Manajemen ASN</title>
<style>
body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
.status{font-size:1.25rem;font-weight:700;padding:.75rem 1rem;border-radius:.5rem}
.status-berlaku{background:#e3f5e8;color:#0b5a22}.status-dicabut,.status-dibatalkan,.status-tidak{background:#fde7e7;color:#8a1111}
.status-digantikan{background:#fff4d6;color:#6b4a00}
dl{display:grid;grid-template-columns:12rem 1fr;gap:.25rem 1rem}dt{font-weight:600}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.35rem;text-align:left}
</style>
</head>
<body>
<header><h1>Verifikasi Sertifikat Kompetensi Teknis Manajemen ASN</h1><p>Badan Kepegawaian Negara</p></header>
<form method="get" action="/verifikasi">
  <label>Nomor registrasi <input name="nomor" value="${escape(number ?? '')}" placeholder="0042/SKTM-ASN/L3/2025" required></label>
  <button type="submit">Verifikasi</button>
</form>
${result}
<p><a href="/revocations">Daftar sertifikat yang dicabut (JSON)</a></p>
<script>${CHECK_SCRIPT}</script>
</body>
</html>`;
}
