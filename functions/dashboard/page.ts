import { pageHeaders } from '../../runtime/http/page-headers';

/*
 * BKN's programme dashboard page (issue 16 point 8): a shell with no data. Its script takes the user's Cognito ID
 * token from the Hosted UI's redirect (`#id_token=…`, the implicit grant) or, where no Hosted UI is configured
 * (the local stack), from a pasted token, keeps it for the tab only (sessionStorage), and reads the programme
 * list and the dashboard's figures from the API with it. The charts are drawn by the script as inline SVG bars
 * beside their numbers in text, so they need no library and load nothing from the network; every number a
 * chart shows is also written out, for screen readers and for the page's test.
 */

export interface LoginSettings {
  /** The Cognito Hosted UI's base URL. */
  domain: string;
  clientId: string;
}

const SCRIPT = `
const STAGES = [
  ['proposed', 'Diusulkan'],
  ['eligible', 'Memenuhi syarat'],
  ['seated', 'Mendapat kursi'],
  ['tested', 'Diuji'],
  ['competent', 'Kompeten'],
  ['certified', 'Bersertifikat'],
  ['monevAnswered', 'Menjawab Monev'],
];
const KEY = 'dasbor.idToken';
const STATE = 'dasbor.state';
const $ = (id) => document.getElementById(id);
const cognito = $('masuk-cognito');
const el = (tag, attrs = {}, text) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = String(text);
  return node;
};
const SVG = 'http://www.w3.org/2000/svg';
const number = new Intl.NumberFormat('id-ID');

/** One bar: segments [{value, cls}] on a track of \`max\`, drawn in a 100-unit wide SVG. */
function bar(segments, max) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 4');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'batang');
  const track = document.createElementNS(SVG, 'rect');
  track.setAttribute('class', 'jalur');
  track.setAttribute('width', '100');
  track.setAttribute('height', '4');
  svg.append(track);
  let x = 0;
  for (const { value, cls } of segments) {
    const width = max > 0 ? (value / max) * 100 : 0;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', cls);
    rect.setAttribute('x', String(x));
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', '4');
    svg.append(rect);
    x += width;
  }
  return svg;
}

/** A chart: one row per item, its label and numbers in text above its bar. */
function chart(rows) {
  const list = el('ul', { class: 'grafik' });
  for (const row of rows) {
    const item = el('li', row.attrs);
    const head = el('div', { class: 'baris' });
    head.append(el('span', { class: 'label' }, row.label), el('span', { class: 'nilai' }, row.value));
    item.append(head, bar(row.segments, row.max));
    list.append(item);
  }
  return list;
}

function pipeline(counts) {
  const max = Math.max(1, ...STAGES.map(([stage]) => counts[stage]));
  return chart(
    STAGES.map(([stage, label]) => ({
      attrs: { 'data-stage': stage },
      label,
      value: number.format(counts[stage]),
      segments: [{ value: counts[stage], cls: 'isi' }],
      max,
    })),
  );
}

function section(id, title, note) {
  const part = el('section', { id, 'aria-labelledby': id + '-judul' });
  part.append(el('h2', { id: id + '-judul' }, title));
  if (note) part.append(el('p', { class: 'catatan' }, note));
  return part;
}

function grouped(id, title, note, groups) {
  const part = section(id, title, note);
  if (groups.length === 0) part.append(el('p', {}, 'Belum ada data.'));
  for (const group of groups) {
    const details = el('details', { 'data-key': group.key });
    const summary = el('summary', {}, group.label + ': diusulkan ' + number.format(group.counts.proposed) +
      ', bersertifikat ' + number.format(group.counts.certified));
    details.append(summary, pipeline(group.counts));
    part.append(details);
  }
  return part;
}

function render(data, programName) {
  const out = $('dasbor');
  out.replaceChildren();
  out.append(el('p', { id: 'dibaca' }, programName + ' · dibaca ' +
    new Date(data.generatedAt).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' }) + ' WIB'));
  const total = section('alur', 'Alur peserta', 'Jumlah orang (NIP) pada setiap tahap, masing-masing dihitung sekali.');
  total.append(pipeline(data.total));
  out.append(total);
  out.append(grouped('per-jenjang', 'Alur per jenjang', null,
    data.byLevel.map((l) => ({ key: l.scheme, label: l.name, counts: l.counts }))));
  out.append(grouped('per-instansi', 'Alur per instansi', 'Buka satu instansi untuk melihat setiap tahapnya.',
    data.byInstansi.map((i) => ({ key: i.instansiCode, label: i.name + ' (' + i.instansiCode + ')', counts: i.counts }))));

  const seats = section('kursi', 'Kursi per angkatan', 'Kursi terisi dari kapasitas setiap angkatan pelatihan.');
  seats.append(data.cohorts.length === 0 ? el('p', {}, 'Belum ada angkatan.') : chart(data.cohorts.map((c) => ({
    attrs: { 'data-cohort': String(c.number) },
    label: 'Angkatan ' + c.number + ' · ' + c.levelName + ' · mulai ' + c.startDate,
    value: number.format(c.seatsTaken) + ' dari ' + number.format(c.capacity),
    segments: [{ value: c.seatsTaken, cls: 'isi' }],
    max: Math.max(c.capacity, c.seatsTaken),
  }))));
  out.append(seats);

  const units = section('unit', 'Hasil per unit kompetensi', 'Menurut keputusan yang berlaku setiap peserta yang diuji.');
  const legend = el('p', { class: 'legenda' });
  legend.append(el('span', { class: 'kotak kompeten' }), ' Kompeten ', el('span', { class: 'kotak belum' }), ' Belum kompeten');
  const max = Math.max(1, ...data.units.map((u) => u.competent + u.notYetCompetent));
  units.append(legend, data.units.length === 0 ? el('p', {}, 'Belum ada hasil uji.') : chart(data.units.map((u) => ({
    attrs: { 'data-unit': u.code },
    label: u.code + ' ' + u.title,
    value: 'kompeten ' + number.format(u.competent) + ' · belum kompeten ' + number.format(u.notYetCompetent),
    segments: [{ value: u.competent, cls: 'kompeten' }, { value: u.notYetCompetent, cls: 'belum' }],
    max,
  }))));
  out.append(units);
}

function say(text) {
  $('pesan').textContent = text;
}

// Each login or logout starts a new session of the page: an answer of an earlier one that arrives late is dropped
// (a dashboard loading with the old token must not be drawn after the user left or pasted another).
let session = 0;

function askLogin(text) {
  session++;
  sessionStorage.removeItem(KEY);
  for (const id of ['dasbor', 'program']) $(id).replaceChildren();
  $('masuk').hidden = false;
  $('keluar').hidden = true;
  $('pilih').hidden = true;
  say(text);
  return false;
}

async function api(path) {
  const response = await fetch(path, {
    headers: { authorization: 'Bearer ' + sessionStorage.getItem(KEY), accept: 'application/json' },
  });
  if (response.status === 401) throw Object.assign(new Error('login'), { login: true });
  const body = await response.json();
  if (!response.ok) throw new Error(response.status === 403
    ? 'Akun Anda tidak berwenang melihat dasbor ini (khusus BKN dan Komite).'
    : body.message || 'Data tidak dapat dibaca.');
  return body;
}

async function show(programId, mine = session) {
  const select = $('program');
  const name = select.selectedOptions[0] ? select.selectedOptions[0].textContent : programId;
  say('Membaca angka program...');
  try {
    const data = await api('/programs/' + encodeURIComponent(programId) + '/dashboard');
    if (mine !== session) return;
    render(data, name);
    say('');
    $('dasbor').dataset.programId = programId;
  } catch (error) {
    if (mine !== session) return;
    if (error.login) askLogin('Sesi Anda berakhir. Silakan masuk kembali.');
    else say(error.message);
  }
}

/**
 * The token the Hosted UI sent back in the fragment, taken only with the state this tab sent it (no one else's
 * login slipped in); locally, where there is no Hosted UI, a token in the fragment is taken as pasted.
 */
function takeFragment() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.has('id_token') && !fragment.has('error')) return true;
  history.replaceState(null, '', location.pathname + location.search);
  const expected = sessionStorage.getItem(STATE);
  sessionStorage.removeItem(STATE);
  if (fragment.has('error')) return askLogin('Login gagal: ' + (fragment.get('error_description') || fragment.get('error')));
  if (cognito && fragment.get('state') !== expected) return askLogin('Login tidak dapat dipastikan berasal dari halaman ini. Silakan masuk kembali.');
  sessionStorage.setItem(KEY, fragment.get('id_token'));
  return true;
}

async function start() {
  const mine = ++session;
  if (!takeFragment()) return;
  if (!sessionStorage.getItem(KEY)) return askLogin('Silakan masuk untuk melihat dasbor.');
  $('masuk').hidden = true;
  $('keluar').hidden = false;
  const wanted = new URLSearchParams(location.search).get('program');
  let programs;
  try {
    // GET /programs lists the current year and later; a programme of an earlier year named in the link is added.
    programs = (await api('/programs')).items;
    if (wanted && !programs.some((p) => p.id === wanted)) {
      const named = await api('/programs/' + encodeURIComponent(wanted)).catch(() => undefined);
      if (named) programs.push(named);
    }
  } catch (error) {
    if (mine !== session) return;
    if (error.login) return askLogin('Token tidak sah atau kedaluwarsa. Silakan masuk kembali.');
    return say(error.message);
  }
  if (mine !== session) return;
  const select = $('program');
  select.replaceChildren(...programs.map((p) => el('option', { value: p.id }, p.name + ' (' + p.year + ')')));
  if (programs.length === 0) return say('Belum ada program.');
  if (wanted && programs.some((p) => p.id === wanted)) select.value = wanted;
  $('pilih').hidden = false;
  await show(select.value, mine);
}

$('pilih').addEventListener('submit', (event) => {
  event.preventDefault();
  const programId = $('program').value;
  history.replaceState(null, '', location.pathname + '?program=' + encodeURIComponent(programId));
  show(programId);
});
$('token-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token').value.trim();
  if (!token) return say('Tempelkan token ID terlebih dahulu.');
  sessionStorage.setItem(KEY, token);
  $('token').value = '';
  start();
});
$('keluar').addEventListener('click', () => askLogin('Anda telah keluar.'));
// A token handed over while the page is open (the same address with a new fragment) is taken at once.
window.addEventListener('hashchange', start);
// The Hosted UI sends the token back to this very page, whatever its domain or stage, with a fresh state.
cognito?.addEventListener('click', () => {
  const state = crypto.randomUUID();
  sessionStorage.setItem(STATE, state);
  const authorize = new URL(cognito.dataset.authorize);
  authorize.searchParams.set('redirect_uri', location.origin + location.pathname);
  authorize.searchParams.set('state', state);
  cognito.href = authorize.href;
});
start();
`;
/** No framing, nothing from elsewhere: only the page's own script, talking to its own API. */
export const PAGE_HEADERS = pageHeaders(SCRIPT);

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1b1f24;background:#f3f5f8;overflow-wrap:anywhere}
header{background:#0b3d91;color:#fff;padding:1rem}
header h1{margin:0;font-size:1.25rem}
header p{margin:.25rem 0 0}
main{max-width:56rem;margin:0 auto;padding:1rem}
section,#masuk,#pilih{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
h2{font-size:1.1rem;margin:0 0 .5rem}
.catatan,#dibaca{color:#4a5360;margin:.25rem 0 .75rem}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
select,textarea,button{font:inherit;max-width:100%}
select,textarea{width:100%;padding:.5rem;border:1px solid #6e7781;border-radius:.25rem}
button,.tombol{display:inline-block;margin-top:.5rem;padding:.5rem 1rem;border:0;border-radius:.25rem;background:#0b3d91;color:#fff;text-decoration:none;cursor:pointer}
#keluar{background:#4a5360}
code{background:#eef1f4;padding:0 .25rem;border-radius:.25rem}
#pesan{font-weight:600;min-height:1.5rem}
.grafik{list-style:none;margin:0;padding:0}
.grafik li{margin:0 0 .6rem}
.baris{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 .75rem}
.nilai{font-variant-numeric:tabular-nums;font-weight:600}
.batang{display:block;width:100%;height:.9rem}
.jalur{fill:#e6e9ee}
.isi{fill:#0b3d91}
.kompeten{fill:#1a7f37}
.belum{fill:#bc4c00}
.legenda{margin:0 0 .75rem}
.kotak{display:inline-block;width:.9rem;height:.9rem;vertical-align:middle;border-radius:.15rem}
.kotak.kompeten{background:#1a7f37}
.kotak.belum{background:#bc4c00}
details{border-top:1px solid #d0d7de;padding:.5rem 0}
summary{cursor:pointer}
`;

/** The way in: the Hosted UI where one is configured, else (locally) a pasted token. */
function loginPart(login: LoginSettings | undefined): string {
  if (login) {
    const authorize = new URL('/oauth2/authorize', login.domain);
    authorize.searchParams.set('response_type', 'token');
    authorize.searchParams.set('client_id', login.clientId);
    authorize.searchParams.set('scope', 'openid');
    // The redirect comes back to this very page; the script completes it from the page's own address.
    const href = authorize.href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    return `<a class="tombol" id="masuk-cognito" data-authorize="${href}" href="${href}">Masuk dengan akun BKN</a>`;
  }
  return `<form id="token-form">
<label for="token">Token ID</label>
<textarea id="token" rows="3" autocomplete="off" spellcheck="false"></textarea>
<p class="catatan">Lokal: <code>npm run -s token -- --role admin-bkn</code>, lalu tempelkan hasilnya di sini.</p>
<button type="submit">Gunakan token</button>
</form>`;
}

export function dashboardPage(login: LoginSettings | undefined): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dasbor Program · Sertifikasi Kompetensi Teknis Manajemen ASN</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Dasbor Program</h1>
<p>Sertifikasi Kompetensi Teknis Manajemen ASN · Badan Kepegawaian Negara</p>
</header>
<main>
<p id="pesan" role="status" aria-live="polite"></p>
<div id="masuk" hidden>
<h2>Masuk</h2>
<p>Dasbor ini hanya untuk petugas BKN dan Komite Sertifikasi.</p>
${loginPart(login)}
</div>
<form id="pilih" hidden>
<label for="program">Program</label>
<select id="program"></select>
<button type="submit">Tampilkan</button>
<button type="button" id="keluar" hidden>Keluar</button>
</form>
<div id="dasbor"></div>
</main>
<script>${SCRIPT}</script>
</body>
</html>`;
}
