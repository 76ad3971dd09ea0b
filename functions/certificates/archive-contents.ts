import { violationKinds } from '../../domain/certificate/revocation';
import type { CompetencyCertificateRecord, TrainingCertificateRecord } from '../../events/api/certificate';
import { keptAsText, toCsv, type CsvValue } from '../../services/exports/csv';
import { fileNamePart } from './file-names';

/*
 * What an instansi's archive holds, laid out for the HR office that keeps it (docs/exports.md): the
 * certificates in force at the top, each named by its holder and number; every version no longer in force
 * (revoked, replaced by a newer version, annulled) in the folder TIDAK BERLAKU with its status in its name, kept
 * because it belongs to the holder's personnel record; beside each competency certificate its Open Badges
 * credential (.json) once issued; and DAFTAR SERTIFIKAT.csv listing every certificate with its status, since and
 * why, including one whose PDF is not made yet.
 */

export const NOT_CURRENT_FOLDER = 'TIDAK BERLAKU';
export const MANIFEST_NAME = 'DAFTAR SERTIFIKAT.csv';
/** Long enough for a name with its degrees; with the rest of the name well within Windows' 260-character path. */
const HOLDER_NAME_CHARACTERS = 80;

/** A file of the archive (a PDF or a credential): where it goes and the stored object it is. */
export interface ArchiveFile {
  path: string;
  key: string;
}

export interface ArchiveContents {
  /** The PDFs. */
  files: ArchiveFile[];
  /** The Open Badges credentials, each named as its certificate's PDF with `.json`. */
  credentials: ArchiveFile[];
  /** The list of every certificate, as CSV. */
  manifest: string;
  /** How many PDFs are in force (at the top) and how many not (in TIDAK BERLAKU). */
  current: number;
  notCurrent: number;
  /** How many certificates the list names: with those whose PDF is not made yet. */
  listed: number;
}

const MANIFEST_COLUMNS = [
  'berkas',
  'berkas_kredensial',
  'jenis',
  'nama',
  'nip',
  'nomor_sertifikat',
  'jenjang',
  'tanggal_terbit',
  'status',
  'tanggal_status',
  'keterangan',
];

const ANNULLED =
  'Dibatalkan: keputusan hasil uji kompetensi yang menjadi dasarnya digantikan keputusan belum kompeten ' +
  '(Perban BKN 7/2020 Pasal 34 ayat (1)); tidak berlaku.';

/** Since when a version has its status, and why, in words for the HR office. */
function standing(c: CompetencyCertificateRecord): { since: string; why: string } {
  const on = (event: CompetencyCertificateRecord['history'][number]['event']) =>
    c.history.findLast((entry) => entry.event === event)?.on ?? '';
  switch (c.status) {
    case 'AKTIF':
      return { since: '', why: 'Berlaku.' };
    case 'DICABUT':
      return {
        since: c.revocation?.revokedOn ?? '',
        why:
          `Dicabut karena ${violationKinds((c.revocation?.grounds ?? []).map((g) => g.kind))} ` +
          '(Perban BKN 7/2020 Pasal 36 ayat (3)); tidak berlaku.',
      };
    case 'DIMUTAKHIRKAN':
      return {
        since: on('DIMUTAKHIRKAN'),
        why: `Digantikan versi ${c.supersededBy ?? 'baru'}; gunakan versi pengganti.`,
      };
    case 'DIBATALKAN':
      return { since: on('DIBATALKAN'), why: ANNULLED };
  }
}

interface Listed {
  file?: ArchiveFile;
  credential?: ArchiveFile;
  row: CsvValue[];
  current: boolean;
  /** Whose it is, and its place among theirs: the competency versions oldest first, then the training one. */
  holder: { name: string; nip: string };
  rank: number;
}

/**
 * By holder: by name, a holder's entries together even when a version corrected their name (the group goes by
 * the first of their names in order), then by NIP for namesakes, then by rank.
 */
function byHolder(listed: readonly Listed[]): Listed[] {
  const group = new Map<string, string>();
  for (const { holder } of listed) {
    const known = group.get(holder.nip);
    if (known === undefined || holder.name.localeCompare(known, 'id') < 0) group.set(holder.nip, holder.name);
  }
  const nameOf = (entry: Listed) => group.get(entry.holder.nip)!;
  return [...listed].sort(
    (a, b) =>
      nameOf(a).localeCompare(nameOf(b), 'id') || a.holder.nip.localeCompare(b.holder.nip) || a.rank - b.rank,
  );
}

const NOT_MADE = ' PDF belum tersedia; buat arsip lagi nanti.';

/** What one certificate adds to the list, beside its holder and file. */
interface Listing {
  kind: 'Sertifikat Kompetensi' | 'Sertifikat Pelatihan';
  number: string;
  level: string;
  issuedOn: string;
  status: string;
  since: string;
  why: string;
}

function listed(
  holder: Listed['holder'],
  rank: number,
  current: boolean,
  files: { file?: ArchiveFile; credential?: ArchiveFile },
  listing: Listing,
): Listed {
  const { file, credential } = files;
  return {
    ...(file && { file }),
    ...(credential && { credential }),
    current,
    holder,
    rank,
    row: [
      file?.path ?? '',
      credential?.path ?? '',
      listing.kind,
      holder.name,
      keptAsText(holder.nip),
      listing.number,
      listing.level,
      listing.issuedOn,
      listing.status,
      listing.since,
      file ? listing.why : listing.why + NOT_MADE,
    ],
  };
}

function competencyEntry(c: CompetencyCertificateRecord, credentialKey: string | undefined): Listed {
  const current = c.status === 'AKTIF';
  const holder = fileNamePart(c.holder.name, HOLDER_NAME_CHARACTERS, c.holder.nip);
  const name = `${holder} - Sertifikat Kompetensi ${c.certificateId}`;
  const path = current ? name : `${NOT_CURRENT_FOLDER}/${name} (${c.status})`;
  return listed(
    { name: c.holder.name, nip: c.nip },
    c.version,
    current,
    {
      ...(c.document && { file: { path: `${path}.pdf`, key: c.document.key } }),
      ...(credentialKey && { credential: { path: `${path}.json`, key: credentialKey } }),
    },
    {
      kind: 'Sertifikat Kompetensi',
      number: c.registrationNumber,
      level: c.level,
      issuedOn: c.issuedOn,
      status: c.status,
      ...standing(c),
    },
  );
}

function trainingEntry(t: TrainingCertificateRecord): Listed {
  const holder = fileNamePart(t.participant.name, HOLDER_NAME_CHARACTERS, t.nip);
  // Its number as in a URL (slashes to hyphens); a certificate issued before numbering goes by the NIP.
  const path = `${holder} - Sertifikat Pelatihan ${t.number?.replaceAll('/', '-') ?? t.nip}.pdf`;
  return listed(
    { name: t.participant.name, nip: t.nip },
    Number.MAX_SAFE_INTEGER,
    true,
    t.document ? { file: { path, key: t.document.key } } : {},
    {
      kind: 'Sertifikat Pelatihan',
      number: t.number ?? '',
      level: '',
      issuedOn: t.completedOn,
      status: 'AKTIF',
      since: '',
      why: `${t.title}, ${t.jp} JP.`,
    },
  );
}

/**
 * The archive's layout for the certificates of an instansi in a programme: every version of every competency
 * certificate and every training certificate is listed; those with a PDF are files, in force at the top and the
 * rest in TIDAK BERLAKU, each competency version's credential beside it where `credentials` has its stored key
 * (by registration number). Listed by holder name and NIP, each holder's competency versions oldest first, then
 * their training certificate; file names are unique, since each carries a certificate number or a NIP.
 */
export function archiveContents(
  competency: readonly CompetencyCertificateRecord[],
  training: readonly TrainingCertificateRecord[],
  credentials: ReadonlyMap<string, string> = new Map(),
): ArchiveContents {
  const listed = byHolder([
    ...competency.map((c) => competencyEntry(c, credentials.get(c.registrationNumber))),
    ...training.map(trainingEntry),
  ]);
  const withFile = listed.filter((entry) => entry.file);
  return {
    files: withFile.map((entry) => entry.file!),
    credentials: listed.flatMap((entry) => (entry.credential ? [entry.credential] : [])),
    manifest: toCsv(
      MANIFEST_COLUMNS,
      listed.map((entry) => entry.row),
    ),
    current: withFile.filter((entry) => entry.current).length,
    notCurrent: withFile.filter((entry) => !entry.current).length,
    listed: listed.length,
  };
}
