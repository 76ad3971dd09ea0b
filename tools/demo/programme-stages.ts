import type { IsoDate } from '../../domain/shared/dates';
import { moveClockTo } from './calendar';
import { awaitCertificates, revokeAndReinstate } from './stage-certificates';
import { playCohorts } from './stage-cohorts';
import { holdersAfterMonev } from './stage-holders';
import { playMonev } from './stage-monev';
import { awaitPlacement, setParticipants } from './stage-participants';
import { PROGRAMME_DAYS } from './stage-programme';
import { proposeCandidates } from './stage-proposals';
import { reviewProcess } from './stage-review';
import { eligibilitySession } from './stage-screening';
import type { Stage } from './state';

/** A stage played on a day of the programme's calendar, moved there first. */
export const on =
  (date: IsoDate, stage: Stage): Stage =>
  async (c, p) => {
    await moveClockTo(c, date);
    await stage(c, p);
  };

/**
 * The stages of a programme once open, on the 2019 calendar, to its certificates and Monev rounds: the national
 * run (national.ts) plays each for every programme at the same time.
 */
export const PROGRAMME_STAGES: readonly (readonly [string, Stage])[] = [
  ['usulan instansi dan Kanreg', proposeCandidates],
  ['sidang penetapan calon', on(PROGRAMME_DAYS.screening, eligibilitySession)],
  ['pra-uji dan penetapan peserta', on(PROGRAMME_DAYS.setting, setParticipants)],
  ['penempatan (antrean)', awaitPlacement],
  ['angkatan hari demi hari', playCohorts],
  ['sertifikat (antrean)', awaitCertificates],
  ['tinjauan proses uji', reviewProcess],
  ['Monev 3, 6, 12 bulan', playMonev],
];

/** What the national programme's certificate holders then meet: refreshment, surveillance, revocation. */
export const HOLDER_STAGES: readonly (readonly [string, Stage])[] = [
  ['penyegaran, surveilans, Komite', holdersAfterMonev],
  ['pencabutan dan pemulihan', revokeAndReinstate],
];
