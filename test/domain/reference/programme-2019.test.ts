import { describe, expect, it } from 'vitest';
import {
  PROGRAMME_2019,
  PROGRAMME_2019_LEVELS,
  isProgramme2019Level,
} from '../../../domain/reference/programme-2019';

describe('the 2019 programme (Surat Pusbang ASN BKN 2019)', () => {
  it('trains and tests 1500 officials in 50 cohorts of 30 over 2 days each', () => {
    expect(PROGRAMME_2019).toMatchObject({
      participants: 1500,
      cohortCount: 50,
      cohortCapacity: 30,
      trainingDays: 2,
    });
    expect(PROGRAMME_2019.cohortCount * PROGRAMME_2019.cohortCapacity).toBe(PROGRAMME_2019.participants);
  });

  it('covers JPT Pratama, Administrator and Pengawas only', () => {
    expect(PROGRAMME_2019_LEVELS).toEqual(['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS']);
    expect(isProgramme2019Level('PELAKSANA')).toBe(false);
    expect(isProgramme2019Level('PENGAWAS')).toBe(true);
  });

  it('lets each instansi nominate one official per jenjang, at Pusbang ASN BKN', () => {
    expect(PROGRAMME_2019.nomineesPerInstansiPerLevel).toBe(1);
    expect(PROGRAMME_2019.venue).toBe('Pusbang ASN BKN');
  });

  it('records the letter (24 March) and its schedule attachment (26 March) with their own numbers', () => {
    expect(PROGRAMME_2019.letter).toMatchObject({
      number: '195 /A/TU/Pusbang ASN/III/2019',
      date: '2019-03-24',
    });
    expect(PROGRAMME_2019.scheduleAttachment).toMatchObject({
      number: '05 /A/TU/Pusbang ASN/III/2019',
      date: '2019-03-26',
    });
    expect(PROGRAMME_2019.handbook.date).toBe('2019-03-15');
  });
});
