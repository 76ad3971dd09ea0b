import { describe, expect, it } from 'vitest';
import { preferredMedia } from '../../../functions/verification/negotiation';

const CHROME =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SAFARI = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('which answer a request prefers, by its Accept header', () => {
  it.each([
    ['Chrome navigating', CHROME, 'text/html'],
    ['Firefox navigating', FIREFOX, 'text/html'],
    ['Safari navigating', SAFARI, 'text/html'],
    ['a program asking for JSON', 'application/json', 'application/json'],
    [
      'axios (JSON named, anything else by wildcard)',
      'application/json, text/plain, */*',
      'application/json',
    ],
    ['JSON weighted above HTML', 'text/html;q=0.5, application/json', 'application/json'],
    ['HTML weighted above JSON', 'application/json;q=0.4, text/html;q=0.9', 'text/html'],
    ['HTML by its type wildcard', 'text/*, application/json;q=0.5', 'text/html'],
    ['HTML refused outright (q=0), anything else welcome', 'text/html;q=0, */*', 'application/json'],
    [
      'the most specific range decides: text/* welcome, text/html not',
      'text/*, text/html;q=0, */*;q=0.1',
      'application/json',
    ],
    ['case and spaces do not matter', ' TEXT/HTML ; Q=1 , application/json;q=0.1', 'text/html'],
  ])('%s: %s → %s', (_who, accept, expected) => {
    expect(preferredMedia(accept)).toBe(expected);
  });

  it.each([
    ['no Accept header', undefined],
    ['an empty one', ''],
    ['only the wildcard (curl, fetch)', '*/*'],
    ['both named at the same weight', 'text/html, application/json'],
    ['neither acceptable', 'image/png'],
    ['both refused', 'text/html;q=0, application/json;q=0'],
    ['a malformed weight counts as 1, so both tie', 'text/html;q=abc, application/json'],
  ])('%s: no preference, the address decides', (_who, accept) => {
    expect(preferredMedia(accept)).toBeUndefined();
  });
});
