import { randomUUID } from 'node:crypto';
import { MAX_UPLOAD_BYTES, UPLOAD_CONTENT_TYPES } from '../../domain/proposal/limits';
import {
  checkUploadConfirmation,
  documentsChangedSincePinned,
  type DeclaredFile,
} from '../../domain/proposal/upload';
import type { RuleViolation } from '../../domain/shared/rule';
import type { UploadedDocument } from '../../events/api/upload';
import {
  saveSlots,
  saveSlotsAtOnce,
  type UploadSlotRecord,
} from '../../adapters/dynamodb/upload-slot-repository';
import { ENV, requireEnv } from '../../runtime/env';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import {
  digestObject,
  headObject,
  presignDownload,
  presignUpload,
  type StoredObject,
} from '../../adapters/s3/presign';
import { type SlotPlace } from '../../adapters/dynamodb/keys';

/*
 * Uploads of documents by the people they concern (a candidate's Pasal 32 documents, the proposal letter, a
 * participant's CV). Each slot is a presigned PUT to a key of its own that S3 writes once (If-None-Match), and
 * the place records its latest slot. Confirming reads what S3 holds there and pins it: the object version, its
 * size and SHA-256 are recorded, and every later read names that version, so nothing written to the bucket
 * afterwards (through an old slot or with storage access) changes what was confirmed. docs/data-model.md,
 * "Objects (S3 bucket uploads)".
 */

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
const DOWNLOAD_LINK_SECONDS = 300;
/** HEADs sent at once when checking many documents: kept-alive connections, not a burst. */
const HEADS_AT_ONCE = 8;

/** Upload slots live ten minutes: enough for a slow connection, not long enough to be reused later. */
export const UPLOAD_SLOT_SECONDS = 600;
/** A slot may be confirmed for a day after it was issued: the upload is done in its ten minutes. */
const SLOT_CONFIRMABLE_SECONDS = 24 * 60 * 60;

/** Where a document is kept: where its latest slot is recorded, and the prefix of its slots' object keys. */
export interface UploadPlace extends SlotPlace {
  prefix: string;
}

type SlotRequests = readonly { place: UploadPlace; file: DeclaredFile }[];

/**
 * A signed PUT slot for each file, each to a new object `<prefix>/<slot id>`, recorded as its place's latest
 * slot (replacing the earlier one, which can no longer be confirmed). The declared type, size and SHA-256 are
 * signed into the PUT.
 */
export const openUploadSlots = (requests: SlotRequests, now: Date) => openSlots(requests, now, saveSlots);

/** As `openUploadSlots`, the slots of a form's several documents recorded in one call (`saveSlotsAtOnce`). */
export const openUploadSlotsAtOnce = (requests: SlotRequests, now: Date) =>
  openSlots(requests, now, saveSlotsAtOnce);

async function openSlots(
  requests: SlotRequests,
  now: Date,
  record: (slots: { place: UploadPlace; slot: UploadSlotRecord }[]) => Promise<void>,
) {
  const bucket = requireEnv(ENV.uploadsBucket);
  const issued = requests.map(({ place, file }) => ({
    place,
    file,
    slot: {
      key: `${place.prefix}/${randomUUID()}`,
      declared: {
        contentType: file.contentType,
        size: file.size,
        ...(file.sha256 ? { sha256: file.sha256 } : {}),
      },
      issuedAt: now.toISOString(),
      expiresAt: Math.floor(now.getTime() / 1000) + SLOT_CONFIRMABLE_SECONDS,
    } satisfies UploadSlotRecord,
  }));
  // Recorded before anyone holds the URL: an upload through it can always be confirmed.
  await record(issued);
  const expiresAt = new Date(now.getTime() + UPLOAD_SLOT_SECONDS * 1000).toISOString();
  return Promise.all(
    issued.map(async ({ file, slot }) => ({
      method: 'PUT' as const,
      ...(await presignUpload({
        bucket,
        key: slot.key,
        contentType: file.contentType,
        size: file.size,
        ...(file.sha256 ? { sha256: file.sha256 } : {}),
        createOnly: true,
        expiresInSeconds: UPLOAD_SLOT_SECONDS,
      })),
      expiresAt,
    })),
  );
}

const notUploaded = () =>
  new HttpError(
    409,
    'UPLOAD_NOT_FOUND',
    'Berkas belum diunggah ke tautan unggah (atau tautannya sudah lewat): minta tautan unggah, unggah, lalu konfirmasi.',
  );

/**
 * The document the place's latest slot wrote, pinned, once S3 holds an acceptable file there: an accepted type
 * within the size limit, not already the document recorded from this slot (UNGGAH-SEKALI), and the file
 * declared for the slot (UNGGAH-SESUAI). The SHA-256 is S3's own when the PUT carried one (S3 checked it),
 * otherwise computed from that version's bytes.
 */
export async function confirmedUpload(
  slot: UploadSlotRecord | undefined,
  recorded: UploadedDocument | undefined,
  by: string,
  now: Date,
): Promise<UploadedDocument> {
  if (!slot || slot.expiresAt * 1000 <= now.getTime()) throw notUploaded();
  const bucket = requireEnv(ENV.uploadsBucket);
  const object = await headObject(bucket, slot.key);
  if (!object) throw notUploaded();
  const contentType = object.contentType.split(';')[0]!.trim().toLowerCase();
  if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(contentType)) {
    throw new HttpError(
      422,
      'UPLOAD_TYPE',
      `Jenis berkas ${contentType} tidak diterima: gunakan PDF, JPEG atau PNG.`,
    );
  }
  if (object.size > MAX_UPLOAD_BYTES || object.size === 0) {
    throw new HttpError(
      422,
      'UPLOAD_SIZE',
      `Ukuran berkas harus antara 1 bita dan ${MAX_UPLOAD_BYTES} bita.`,
    );
  }
  // Without versions nothing could be pinned: a misconfigured bucket fails loudly, never silently.
  if (!object.versionId)
    throw new Error(`${bucket} answered ${slot.key} without a version: versioning is off`);
  const sha256 = object.sha256 ?? (await digestObject(bucket, slot.key, object.versionId)).sha256;
  const decision = checkUploadConfirmation({
    slotKey: slot.key,
    ...(recorded ? { recordedKey: recorded.key } : {}),
    declared: slot.declared,
    stored: { contentType, size: object.size, sha256 },
  });
  if (!decision.ok) throw rulesNotMet(decision.violations);
  return {
    key: slot.key,
    versionId: object.versionId,
    sha256,
    contentType,
    size: object.size,
    uploadedAt: now.toISOString(),
    uploadedBy: by,
  };
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * A short-lived GET of exactly the pinned version of a confirmed document, whatever its key holds now, offered
 * as `<name>.<extension of its type>`.
 */
export async function pinnedDownload(document: UploadedDocument, name: string, now: Date) {
  const url = await presignDownload({
    bucket: requireEnv(ENV.uploadsBucket),
    key: document.key,
    versionId: document.versionId,
    fileName: `${name}.${EXTENSIONS[document.contentType] ?? 'bin'}`,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  return {
    url,
    expiresAt: new Date(now.getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString(),
    document,
  };
}

/**
 * The confirmed documents whose object changed in storage since they were pinned (UNGGAH-TERKUNCI findings),
 * each named as given: one HEAD per document, a few at a time.
 */
export async function documentsChangedInStorage(
  documents: readonly { name: string; document: UploadedDocument }[],
): Promise<RuleViolation[]> {
  const bucket = requireEnv(ENV.uploadsBucket);
  const heads: (StoredObject | undefined)[] = [];
  for (let i = 0; i < documents.length; i += HEADS_AT_ONCE) {
    const batch = documents.slice(i, i + HEADS_AT_ONCE);
    heads.push(...(await Promise.all(batch.map(({ document }) => headObject(bucket, document.key)))));
  }
  return documentsChangedSincePinned(
    documents.map(({ name, document }, i) => ({ pinned: { name, ...document }, current: heads[i] })),
  );
}
