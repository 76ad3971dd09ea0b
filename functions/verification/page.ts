import type {
  CertificateVerification,
  CompetencyCertificateVerification,
  RevocationList,
  TrainingCertificateVerification,
} from '../../events/api/verification';
import { SCHEMES } from '../../domain/reference/schemes';
import { pageHeaders } from '../../runtime/http/page-headers';
import type { Contact } from '../../events/config/verification-contact';

/*
 * The public verification pages a certificate's QR code opens, and every other answer a browser gets from the
 * verification stage (not registered, a malformed number, busy, failed; the revocation list). Plain
 * server-rendered HTML, laid out for a phone first: nothing may be wider than the screen, however long a name,
 * instansi or unit title. It works without JavaScript except for the optional PDF check, whose small script is
 * allowed by hash in the page's CSP.
 */

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const DATE = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A calendar date (already a WIB date) in words, e.g. 1 Oktober 2027. */
const longDate = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));
const time = (iso: string) => `<time datetime="${iso}">${longDate(iso)}</time>`;

const pathOf = (number: string) => number.split('/').map(encodeURIComponent).join('/');
/** A link to a version's verification page. */
const link = (number: string) => `<a href="/verifikasi/${pathOf(number)}">${escape(number)}</a>`;

/** Sends the chosen PDF to the certificate's own resource and says whether it is exactly the issued file. */
const CHECK_SCRIPT = `
const form = document.getElementById('periksa-pdf');
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const out = document.getElementById('hasil-pdf');
  const file = form.querySelector('input[type=file]').files[0];
  if (!file) { out.textContent = 'Pilih berkas PDF terlebih dahulu.'; return; }
  out.textContent = 'Memeriksa...';
  delete out.dataset.hasil;
  let response, body;
  try {
    response = await fetch(form.dataset.endpoint, {
      method: 'POST', headers: { 'content-type': 'application/pdf', accept: 'application/json' }, body: file,
    });
    body = await response.json();
  } catch {
    out.dataset.hasil = 'galat';
    out.textContent = 'Pemeriksaan tidak dapat dilakukan saat ini. Silakan coba lagi.';
    return;
  }
  if (!response.ok) { out.textContent = body.message; out.dataset.hasil = 'galat'; return; }
  // The service's judgement in words: signature, record and the certificate's standing (PdfCheck.message).
  out.dataset.hasil = body.matches ? (body.status === 'BERLAKU' ? 'sesuai' : 'tidak-berlaku') : 'tidak-sesuai';
  out.textContent = body.message;
});
`;
/** Headers of every verification page: no framing, no third-party content, only the page's own script. */
export const PAGE_HEADERS = pageHeaders(CHECK_SCRIPT);

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1b1f24;background:#f3f5f8;overflow-wrap:anywhere}
a{color:#0a4ea2}
.wrap{max-width:54rem;margin:0 auto;padding:0 1rem}
.bkn{background:#0b3a75;color:#fff;border-bottom:4px solid #d4a017}
.bkn .wrap{display:flex;gap:.75rem;align-items:center;padding-top:.75rem;padding-bottom:.75rem}
.bkn svg{flex:none}
.bkn p{margin:0}
.bkn .nama{font-weight:700;letter-spacing:.04em;text-transform:uppercase}
.bkn .layanan{font-size:.9rem}
main{padding:1rem 0 2rem}
h1{font-size:1.4rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.1rem;margin:0 0 .75rem}
.kartu{background:#fff;border:1px solid #d3d9e0;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.kartu>:first-child{margin-top:0}.kartu>:last-child{margin-bottom:0}
.status{display:flex;gap:.75rem;align-items:flex-start;border:2px solid;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.status .tanda{flex:none;font-size:1.6rem;line-height:1;font-weight:700}
.status p{margin:0}
.status .judul{font-size:1.25rem;font-weight:700;line-height:1.3}
.status .rinci{margin-top:.35rem}
.berlaku{background:#e7f5eb;color:#0b5a22;border-color:#2e7d43}
.dicabut,.dibatalkan,.tidak,.galat{background:#fdeded;color:#7f1010;border-color:#b42318}
.digantikan,.sibuk{background:#fff5d9;color:#553c00;border-color:#a87a00}
.riwayat-cabut{border-left:4px solid #a87a00;background:#fff9e8;padding:.75rem 1rem;margin:0 0 1rem;border-radius:0 .5rem .5rem 0}
.riwayat-cabut p{margin:0 0 .25rem}
dl{display:grid;grid-template-columns:minmax(0,1fr);margin:0}
dt{font-weight:600;color:#48525e;font-size:.9rem}
dd{margin:0 0 .6rem}
@media (min-width:40rem){dl{grid-template-columns:12rem minmax(0,1fr);column-gap:1rem}dd{margin:0 0 .4rem}}
.catatan{font-size:.9rem;color:#48525e;margin:.5rem 0 0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
/* Unit codes (MASN-ADM-01) in a monospace column just wide enough for them: they wrap only when longer. */
col.kode,#unit td:first-child{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.85rem}
col.kode{width:calc(11ch + 1.4rem)}
th,td{border:1px solid #d3d9e0;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f5}
ol.riwayat{margin:0;padding-left:1.25rem}
ol.riwayat li{margin:0 0 .4rem}
ol.daftar{list-style:none;margin:0;padding:0}
ol.daftar li{border-top:1px solid #d3d9e0;padding:.75rem 0}
ol.daftar li:first-child{border-top:0;padding-top:0}
form{margin:0}
.cari{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.cari label{flex:1 1 15rem;display:flex;flex-direction:column;gap:.25rem;font-weight:600}
input{font:inherit;max-width:100%}
input[type=text]{padding:.5rem;border:1px solid #5f6b78;border-radius:.25rem;width:100%}
button{font:inherit;font-weight:600;padding:.55rem 1.1rem;background:#0b3a75;color:#fff;border:0;border-radius:.25rem;cursor:pointer}
.unggah{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.unggah label{flex-basis:100%;font-weight:600}
code{word-break:break-all;font-size:.85rem}
#hasil-pdf{font-weight:600;margin:.75rem 0 0}
#hasil-pdf[data-hasil=sesuai]{color:#0b5a22}
#hasil-pdf[data-hasil=tidak-sesuai],#hasil-pdf[data-hasil=galat]{color:#7f1010}
footer{background:#e4e8ee;border-top:1px solid #d3d9e0;padding:1rem 0 2rem;font-size:.95rem}
footer h2{font-size:1rem}
footer p{margin:0 0 .5rem}
`;

/** A plain emblem with the agency's initials: not the official logo, which the page does not load. */
const EMBLEM =
  '<svg width="44" height="44" viewBox="0 0 44 44" aria-hidden="true" focusable="false"><circle cx="22" cy="22" r="21" fill="#fff"/><circle cx="22" cy="22" r="17.5" fill="none" stroke="#d4a017" stroke-width="2"/><text x="22" y="26.5" text-anchor="middle" font-family="system-ui,sans-serif" font-size="12" font-weight="700" fill="#0b3a75">BKN</text></svg>';

function contactSection(contact: Contact): string {
  const lines = [
    `<p><strong>${escape(contact.unit)}</strong><br>${escape(contact.address)}</p>`,
    contact.phone
      ? `<p>Telepon: <a href="tel:${escape(contact.phone.replace(/[^\d+]/g, ''))}">${escape(contact.phone)}</a></p>`
      : '',
    contact.email
      ? `<p>Surel: <a href="mailto:${escape(contact.email)}">${escape(contact.email)}</a></p>`
      : '',
    contact.web ? `<p>Laman: <a href="${escape(contact.web)}">${escape(contact.web)}</a></p>` : '',
    `<p>Pengaduan: ${contact.complaint.url ? `<a href="${escape(contact.complaint.url)}">${escape(contact.complaint.name)}</a>` : escape(contact.complaint.name)}</p>`,
  ];
  return `<footer id="kontak"><div class="wrap">
<h2>Kontak dan pengaduan</h2>
<p>Bila data di halaman ini berbeda dengan sertifikat yang Anda terima, Anda menduga pemalsuan, atau ingin
bertanya tentang sertifikat ini, hubungi:</p>
${lines.join('\n')}
<p><a href="/revocations">Daftar sertifikat yang dicabut</a></p>
</div></footer>`;
}

function searchForm(number: string | undefined): string {
  return `<form class="cari" method="get" action="/verifikasi" role="search">
  <label for="nomor-cari">Nomor registrasi sertifikat
    <input type="text" id="nomor-cari" name="nomor" value="${escape(number ?? '')}" placeholder="mis. 0042/SKTM-ASN/L3/2025" autocomplete="off" spellcheck="false" required>
  </label>
  <button type="submit">Periksa</button>
</form>`;
}

interface Layout {
  title: string;
  /** The page's own content, inside <main>. */
  content: string;
  contact: Contact;
  /** The number to show in the search form (the one asked about). */
  number?: string;
  /** The heading of the search form: the search page's own, or "another certificate" under an answer. */
  searchHeading?: string;
  /** The same answer as JSON, for programs that follow the page. */
  alternate?: string;
  script?: boolean;
}

function layout(page: Layout): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)} | Verifikasi Sertifikat BKN</title>
${page.alternate ? `<link rel="alternate" type="application/json" href="${escape(page.alternate)}">` : ''}
<style>${STYLE}</style>
</head>
<body>
<header class="bkn"><div class="wrap">${EMBLEM}<div><p class="nama">Badan Kepegawaian Negara</p><p class="layanan">Verifikasi Sertifikat Kompetensi dan Pelatihan Teknis Manajemen ASN</p></div></div></header>
<main><div class="wrap">
${page.content}
<section class="kartu" aria-labelledby="judul-cari"><h2 id="judul-cari">${page.searchHeading ?? 'Periksa sertifikat lain'}</h2>${searchForm(page.number)}</section>
</div></main>
${contactSection(page.contact)}
${page.script ? `<script>${CHECK_SCRIPT}</script>` : ''}
</body>
</html>`;
}

interface Banner {
  kind: string;
  mark: string;
  title: string;
  detail?: string;
}

const banner = (b: Banner) =>
  `<div class="status ${b.kind}" id="status"><span class="tanda" aria-hidden="true">${b.mark}</span><div><p class="judul">${escape(b.title)}</p>${b.detail ? `<p class="rinci">${b.detail}</p>` : ''}</div></div>`;

const reasonText = (reason: string) => escape(reason.replace(/\.$/, ''));

/** A version no longer in force, revoked or annulled: since when and why. */
const ended = (kind: string, title: string, verb: string, end?: { since: string; reason: string }) =>
  banner({
    kind,
    mark: '✕',
    title,
    detail: end ? `${verb} sejak ${time(end.since)}: ${reasonText(end.reason)}.` : undefined,
  });

function statusBanner(v: CompetencyCertificateVerification): string {
  switch (v.status) {
    case 'BERLAKU':
      return banner({
        kind: 'berlaku',
        mark: '✓',
        title: 'Sertifikat sah dan berlaku',
        detail: `Diterbitkan Badan Kepegawaian Negara pada ${time(v.issuedOn)}.`,
      });
    case 'DICABUT':
      return ended('dicabut', 'Sertifikat telah dicabut dan tidak berlaku', 'Dicabut', v.revocation);
    case 'DIGANTIKAN': {
      const s = v.supersession;
      const direct =
        v.supersededBy && s && v.supersededBy !== s.currentVersion
          ? ` Versi ini digantikan langsung oleh ${link(v.supersededBy)}.`
          : '';
      return banner({
        kind: 'digantikan',
        mark: '!',
        title: 'Sertifikat ini telah digantikan versi yang lebih baru',
        detail: s
          ? `Digantikan sejak ${time(s.since)}: ${reasonText(s.reason)}. Periksa versi terbaru: <span id="versi-terbaru">${link(s.currentVersion)}</span>.${direct}`
          : v.supersededBy
            ? `Digantikan oleh ${link(v.supersededBy)}.`
            : undefined,
      });
    }
    case 'DIBATALKAN':
      return ended('dibatalkan', 'Sertifikat telah dibatalkan dan tidak berlaku', 'Dibatalkan', v.annulment);
  }
}

/**
 * Each time the certificate was revoked and then recognised again, said in one sentence at the top: a
 * certificate in force that was once revoked should not surprise whoever saw it on the revocation list.
 */
function reinstatements(v: CompetencyCertificateVerification): string {
  const spells = v.history.flatMap((entry, i) => {
    if (entry.event !== 'DIPULIHKAN') return [];
    const revoked = v.history.slice(0, i).findLast((e) => e.event === 'DICABUT');
    if (!revoked) return [];
    return [
      `<p>${time(revoked.on)}: ${escape(revoked.description)}</p><p>${time(entry.on)}: ${escape(entry.description)}</p>`,
    ];
  });
  if (!spells.length) return '';
  const heading =
    v.status === 'BERLAKU' ? 'Pernah dicabut, kini berlaku kembali.' : 'Pernah dicabut dan diakui kembali.';
  return `<div class="riwayat-cabut" id="riwayat-pencabutan"><p><strong>${heading}</strong></p>${spells.join('')}</div>`;
}

/** Name, masked NIP and instansi: enough to tell namesakes apart, never the full NIP nor the position. */
function holderRows(v: CertificateVerification, instansiLabel: string): string {
  const instansi = v.instansi.name
    ? `${escape(v.instansi.name)} <span class="kode">(kode ${escape(v.instansi.code)})</span>`
    : `Kode instansi ${escape(v.instansi.code)}`;
  return `<dt>Nama pemegang</dt><dd id="nama">${escape(v.holderName)}</dd>
    <dt>NIP (disamarkan)</dt><dd id="nip">${escape(v.maskedNip)}</dd>
    <dt>${instansiLabel}</dt><dd id="instansi">${instansi}</dd>`;
}

const NAMESAKES = `<p class="catatan">Pemegang yang bernama sama dibedakan oleh NIP yang disamarkan (tahun dan bulan lahir serta empat
  angka terakhir NIP) dan instansinya: cocokkan keduanya dengan sertifikat yang Anda terima.</p>`;

/** The upload form of the PDF check, sent to the certificate's own JSON address. */
function pdfCheck(v: CertificateVerification): string {
  const endpoint = `/verification/${pathOf(v.registrationNumber)}`;
  return `<div class="kartu">
  <h2>Periksa berkas PDF</h2>
  <p>Isi sertifikat di atas berasal dari catatan BKN, bukan dari berkas. Unggah berkas PDF sertifikat untuk
  memeriksa tanda tangan elektroniknya dan memastikan berkas itu yang diterbitkan (SHA-256
  <code>${v.fileSha256}</code>).</p>
  <form id="periksa-pdf" class="unggah" data-endpoint="${escape(endpoint)}">
    <label for="berkas-pdf">Berkas PDF sertifikat</label>
    <input type="file" id="berkas-pdf" name="berkas" accept="application/pdf">
    <button type="submit">Periksa berkas</button>
  </form>
  <p id="hasil-pdf" role="status"></p>
</div>`;
}

function certificateContent(v: CompetencyCertificateVerification): string {
  const units = v.units.map((u) => `<tr><td>${escape(u.code)}</td><td>${escape(u.title)}</td></tr>`).join('');
  const history = v.history
    .map(
      (h) =>
        `<li data-peristiwa="${h.event}">${time(h.on)}: ${escape(h.description)}${h.relatedNumber ? ` (${link(h.relatedNumber)})` : ''}</li>`,
    )
    .join('');
  return `<h1>Hasil verifikasi sertifikat</h1>
<section id="sertifikat" data-status="${v.status}" data-jenis="${v.kind}" aria-label="Sertifikat ${escape(v.registrationNumber)}">
${statusBanner(v)}
${reinstatements(v)}
<div class="kartu">
  <h2>Data sertifikat menurut catatan BKN</h2>
  <dl>
    <dt>Nomor registrasi</dt><dd id="nomor">${escape(v.registrationNumber)}</dd>
    ${holderRows(v, 'Instansi pengusul')}
    <dt>Skema</dt><dd id="skema">${escape(v.schemeName)}</dd>
    <dt>Jenjang</dt><dd id="jenjang">${escape(v.level)}</dd>
    <dt>Tanggal terbit</dt><dd id="terbit">${time(v.issuedOn)}</dd>
  </dl>
  ${NAMESAKES}
</div>
<div class="kartu">
  <h2>Unit kompetensi yang dinyatakan kompeten</h2>
  <table id="unit"><colgroup><col class="kode"><col></colgroup><thead><tr><th scope="col">Kode</th><th scope="col">Judul unit</th></tr></thead><tbody>${units}</tbody></table>
</div>
<div class="kartu">
  <h2>Riwayat sertifikat</h2>
  <ol class="riwayat" id="riwayat">${history}</ol>
</div>
${pdfCheck(v)}
</section>`;
}

const TRAINING_TYPES: Record<TrainingCertificateVerification['trainingType'], string> = {
  KEPEMIMPINAN: 'Pelatihan Struktural/Kepemimpinan',
  TEKNIS: 'Pelatihan Teknis',
  FUNGSIONAL: 'Pelatihan Fungsional',
  SOSIAL_KULTURAL: 'Pelatihan Sosial Kultural',
  E_LEARNING: 'E-Learning/Pelatihan Mandiri',
};

/** A training certificate: who attended which training, when, where, for how many JP, on which modules. */
function trainingContent(v: TrainingCertificateVerification): string {
  const modules = v.modules.map((m) => `<li>${escape(m.title)}</li>`).join('');
  const hours = v.hours.map((h) => `<tr><td>${escape(h.name)}</td><td>${h.jp}</td></tr>`).join('');
  const period =
    v.startDate === v.endDate ? time(v.startDate) : `${time(v.startDate)} s.d. ${time(v.endDate)}`;
  return `<h1>Hasil verifikasi sertifikat pelatihan</h1>
<section id="sertifikat" data-status="${v.status}" data-jenis="${v.kind}" aria-label="Sertifikat pelatihan ${escape(v.registrationNumber)}">
${banner({
  kind: 'berlaku',
  mark: '✓',
  title: 'Sertifikat pelatihan sah',
  detail: `Diterbitkan Badan Kepegawaian Negara pada ${time(v.issuedOn)}: pemegangnya telah mengikuti pelatihan ini.`,
})}
<div class="kartu">
  <h2>Data sertifikat menurut catatan BKN</h2>
  <dl>
    <dt>Nomor sertifikat</dt><dd id="nomor">${escape(v.registrationNumber)}</dd>
    ${holderRows(v, 'Instansi')}
    <dt>Pelatihan</dt><dd id="judul">${escape(v.title)}</dd>
    <dt>Jenis pelatihan</dt><dd id="jenis">${escape(TRAINING_TYPES[v.trainingType])}</dd>
    <dt>Jenjang</dt><dd id="jenjang">${escape(v.level)}</dd>
    <dt>Tanggal pelatihan</dt><dd id="tanggal">${period}</dd>
    <dt>Tempat</dt><dd id="tempat">${escape(v.venue)}</dd>
    <dt>Jumlah jam pelajaran</dt><dd id="jp">${v.jp} JP</dd>
    <dt>Tanggal terbit</dt><dd id="terbit">${time(v.issuedOn)}</dd>
  </dl>
  ${NAMESAKES}
</div>
<div class="kartu">
  <h2>Modul pelatihan</h2>
  <ol id="modul">${modules}</ol>
  <table id="jam-pelajaran"><thead><tr><th scope="col">Bagian pelatihan</th><th scope="col">JP</th></tr></thead><tbody>${hours}</tbody></table>
</div>
${pdfCheck(v)}
</section>`;
}

const TITLES: Record<CertificateVerification['status'], string> = {
  BERLAKU: 'Sertifikat sah dan berlaku',
  DICABUT: 'Sertifikat dicabut',
  DIGANTIKAN: 'Sertifikat digantikan versi baru',
  DIBATALKAN: 'Sertifikat dibatalkan',
};

/** The page of a registered certificate: its standing first, then its content as BKN recorded it. */
export function certificatePage(v: CertificateVerification, contact: Contact): string {
  const training = v.kind === 'PELATIHAN';
  return layout({
    title: `${training ? 'Sertifikat pelatihan sah' : TITLES[v.status]}: ${v.registrationNumber}`,
    content: training ? trainingContent(v) : certificateContent(v),
    contact,
    alternate: `/verification/${pathOf(v.registrationNumber)}`,
    script: true,
  });
}

/** The search page, before any number is given. */
export function searchPage(contact: Contact): string {
  return layout({
    title: 'Periksa keaslian sertifikat',
    content: `<h1>Periksa keaslian sertifikat</h1>
<div class="kartu"><p>Masukkan nomor registrasi yang tercetak pada sertifikat, atau pindai kode QR-nya. Halaman ini
menampilkan status dan isi sertifikat menurut catatan Badan Kepegawaian Negara: sertifikat kompetensi (nomor
registrasi seperti 0042/SKTM-ASN/L3/2025) maupun sertifikat pelatihan (nomor seperti 0007/SPL-MASN/2027).</p></div>`,
    contact,
    searchHeading: 'Cari menurut nomor registrasi',
  });
}

/** What a browser is told when the answer is not a certificate: the error's own message, in plain words. */
export interface Problem {
  status: number;
  message: string;
  /** The registration number asked about, as typed. */
  number?: string;
  /** The request's correlation id, for a complaint about a failure. */
  reference?: string;
}

/** A number typed by someone, shortened for display: it is shown back, never trusted. */
const typed = (number: string) => (number.length > 80 ? `${number.slice(0, 80)}…` : number);

function problemBanner(p: Problem): Banner & { state: string } {
  if (p.status === 404) {
    return {
      state: 'TIDAK_TERDAFTAR',
      kind: 'tidak',
      mark: '✕',
      title: 'Nomor tidak terdaftar',
      detail: `${p.number ? `Nomor <strong>${escape(typed(p.number))}</strong> tidak terdaftar sebagai sertifikat yang diterbitkan BKN. ` : ''}Periksa kembali penulisannya (garis miring dan akhiran -P1, -P2 termasuk). Sertifikat dengan nomor yang tidak terdaftar tidak sah: laporkan melalui kanal pengaduan di bawah.`,
    };
  }
  if (p.status === 400) {
    return {
      state: 'NOMOR_TIDAK_SAH',
      kind: 'galat',
      mark: '!',
      title: 'Nomor registrasi tidak dapat diperiksa',
      detail: `${escape(p.message)} Nomor registrasi tertulis seperti 0042/SKTM-ASN/L3/2025, nomor sertifikat pelatihan seperti 0007/SPL-MASN/2027.`,
    };
  }
  const reference = p.reference ? ` Kode rujukan: <code>${escape(p.reference)}</code>.` : '';
  if (p.status === 503 || p.status === 429) {
    return {
      state: 'SIBUK',
      kind: 'sibuk',
      mark: '!',
      title: 'Layanan sedang sibuk',
      detail: `Verifikasi belum dapat dilakukan saat ini. Silakan coba lagi sebentar lagi.${reference}`,
    };
  }
  return {
    state: 'GALAT',
    kind: 'galat',
    mark: '!',
    title: 'Terjadi kesalahan pada sistem',
    detail: `Verifikasi belum dapat dilakukan. Silakan coba lagi; bila tetap gagal, sampaikan kode rujukan ini melalui kontak di bawah.${reference}`,
  };
}

/** The page of an answer that is not a certificate: not registered, a malformed number, busy or failed. */
export function problemPage(problem: Problem, contact: Contact): string {
  const b = problemBanner(problem);
  return layout({
    title: b.title,
    content: `<h1>Hasil verifikasi sertifikat</h1>
<section id="sertifikat" data-status="${b.state}" aria-label="Hasil pemeriksaan">${banner(b)}</section>`,
    contact,
    number: problem.number,
  });
}

/** The public revocation list as a page, newest first, a page at a time. */
export function revocationsPage(list: RevocationList, next: string | undefined, contact: Contact): string {
  const items = list.items
    .map(
      (item) => `<li data-nomor="${escape(item.registrationNumber)}">
  <p class="judul-item"><strong>${escape(item.holderName)}</strong></p>
  <dl>
    <dt>Nomor registrasi</dt><dd>${link(item.registrationNumber)}</dd>
    <dt>NIP (disamarkan)</dt><dd>${escape(item.maskedNip)}</dd>
    <dt>Instansi pengusul</dt><dd>${escape(item.instansi.name ?? `Kode instansi ${item.instansi.code}`)}</dd>
    <dt>Skema</dt><dd>${escape(SCHEMES[item.scheme].name)}</dd>
    <dt>Dicabut sejak</dt><dd>${time(item.since)}</dd>
    <dt>Alasan</dt><dd>${escape(item.reason)}</dd>
  </dl>
</li>`,
    )
    .join('\n');
  return layout({
    title: 'Daftar sertifikat yang dicabut',
    content: `<h1>Daftar sertifikat yang dicabut</h1>
<div class="kartu">
<p>Sertifikat yang dicabut BKN karena pelanggaran disiplin atau pidana (Perban BKN 7/2020 Pasal 36 ayat (3)),
terbaru dahulu. Pemegang yang bernama sama dibedakan oleh NIP yang disamarkan dan instansinya.</p>
${items ? `<ol class="daftar" id="daftar-cabut">${items}</ol>` : '<p id="daftar-cabut">Tidak ada sertifikat yang sedang dicabut.</p>'}
${next ? `<p><a href="${escape(next)}" rel="next">Halaman berikutnya</a></p>` : ''}
</div>`,
    contact,
    alternate: '/revocations',
  });
}
