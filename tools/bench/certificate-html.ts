import QRCode from 'qrcode';
import type { CompetencyCertificateData } from '../../functions/certificate-worker/render-certificate';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The same competency certificate as HTML, the way the common alternative renders it (a template printed to PDF
 * by headless Chromium): front and back page, the QR code as inline SVG.
 */
export async function certificateHtml(data: CompetencyCertificateData): Promise<string> {
  const qr = await QRCode.toString(data.verificationUrl, {
    type: 'svg',
    margin: 0,
    errorCorrectionLevel: 'M',
  });
  const units = data.units
    .map((u, i) => `<tr><td>${i + 1}</td><td>${escape(u.code)}</td><td>${escape(u.title)}</td></tr>`)
    .join('');
  const signature = (s: CompetencyCertificateData['signatures']['front']) =>
    `<div class="ttd">${escape(data.place)}, ${data.issuedOn}<br>${escape(s.position)}<br><br><br><b>${escape(s.name)}</b>${s.nip ? `<br>NIP. ${s.nip}` : ''}</div>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
@page{size:A4 landscape;margin:0}body{margin:0;font-family:Helvetica,Arial,sans-serif}
.page{width:297mm;height:210mm;box-sizing:border-box;padding:20mm;border:3px solid #8c6b1a;page-break-after:always;position:relative}
h1{text-align:center;font-size:24pt;margin:8mm 0}h2,p.c{text-align:center}.qr{position:absolute;left:20mm;bottom:20mm;width:30mm}
.ttd{position:absolute;right:20mm;bottom:20mm;width:90mm}table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:2px 4px;font-size:10pt}
</style></head><body>
<div class="page"><h2>BADAN KEPEGAWAIAN NEGARA</h2><p class="c">PUSAT PENGEMBANGAN APARATUR SIPIL NEGARA</p>
<h1>SERTIFIKAT KOMPETENSI</h1><p class="c">Nomor: ${escape(data.registrationNumber)}</p>
<p class="c">Diberikan kepada</p><h2>${escape(data.holder.name)}</h2><p class="c">NIP. ${data.holder.nip}</p>
<p class="c">telah dinyatakan KOMPETEN pada skema Sertifikasi penyelenggara manajemen ASN jenjang ${escape(data.level)}<br>${escape(data.qualification)}</p>
<div class="qr">${qr}</div>${signature(data.signatures.front)}</div>
<div class="page"><h2>DAFTAR UNIT KOMPETENSI</h2><table>${units}</table>${signature(data.signatures.back)}</div>
</body></html>`;
}
