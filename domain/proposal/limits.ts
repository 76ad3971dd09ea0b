/**
 * Limits of what an instansi may upload with a proposal. The regulation asks for copies of documents
 * (Perban BKN 7/2020 Pasal 32); scans as PDF or photos are what operators have.
 */
export const UPLOAD_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/** 5 MiB: a scanned multi-page document at office-scanner quality. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Candidates one proposal may hold. The 2019 programme allowed one nominee per instansi per level; the cap keeps a
 * submission inside one DynamoDB transaction (two writes per candidate plus the proposal).
 */
export const MAX_CANDIDATES_PER_PROPOSAL = 40;
