/*
 * The letterhead the documents carry: replace these lines with the issuing unit's own (README, "Letterhead").
 * The logo beside them is logo.png (`npm run letterhead-logo -- <file.png>` replaces it).
 */

export interface Letterhead {
  /** The agency, in capitals. */
  agency: string;
  /** The issuing unit, in capitals. */
  unit: string;
  address: string;
  /** Telephone, website, e-mail: one line. */
  contact: string;
  /** Printed under every signature block: the documents are signed electronically. */
  electronicSignatureNotice: string;
}

export const LETTERHEAD: Letterhead = {
  agency: 'BADAN KEPEGAWAIAN NEGARA',
  unit: 'PUSAT PENGEMBANGAN APARATUR SIPIL NEGARA',
  address: 'Jalan Mayjen Sutoyo Nomor 12, Cililitan, Jakarta Timur 13640',
  contact: 'Laman www.bkn.go.id',
  electronicSignatureNotice:
    'Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara.',
};
