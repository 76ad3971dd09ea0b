import type { TrainingWrite } from '../../adapters/dynamodb/training-repository';
import { HttpError } from '../../runtime/http/http-error';

/**
 * Answers a refused training write with 409: the participant's seat or status changed between the read and the
 * write (moved to another cohort, seat given back, withdrawn), or `what` itself was changed meanwhile.
 */
export function orChanged(result: TrainingWrite, what: string): void {
  if (result.outcome === 'WRITTEN') return;
  if (result.outcome === 'PARTICIPANT_CHANGED') {
    throw new HttpError(
      409,
      'PARTICIPANT_CHANGED',
      'Kursi atau status peserta berubah sementara permintaan diproses (pindah angkatan, melepas kursi atau mundur); tidak ada yang dicatat. Muat ulang lalu ulangi.',
      { nips: result.nips },
    );
  }
  throw new HttpError(
    409,
    'TRAINING_CHANGED',
    `${what} diubah sementara permintaan diproses; tidak ada yang dicatat. Muat ulang lalu ulangi.`,
  );
}
