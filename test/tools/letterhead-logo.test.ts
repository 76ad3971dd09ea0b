import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import logo from '../../adapters/pdf/letterhead/logo';
import { LOGO_PNG, logoImage, logoModule } from '../../tools/letterhead/build-logo';
import { PROJECT_ROOT } from '../../tools/local/paths';

describe('the letterhead logo (adapters/pdf/letterhead)', () => {
  it('is what tools/letterhead/build-logo.ts builds from the configured logo.png (rebuild with npm run letterhead-logo)', async () => {
    // Act
    const built = await logoImage(readFileSync(LOGO_PNG));

    // Assess
    const committed = readFileSync(join(PROJECT_ROOT, 'adapters', 'pdf', 'letterhead', 'logo.ts'), 'utf8');
    expect(committed).toBe(await logoModule(built));
  });

  it('holds the picture as the PDF draws it: RGB pixels and, from the PNG alpha, a soft mask of the same size', () => {
    // Act
    const pixels = inflateSync(Buffer.from(logo.image.data, 'base64'));
    const alpha = inflateSync(Buffer.from(logo.mask!.data, 'base64'));

    // Assess
    expect(logo.image.dict).toMatchObject({ Subtype: 'Image', ColorSpace: 'DeviceRGB', BitsPerComponent: 8 });
    expect(pixels.length).toBe(logo.width * logo.height * 3);
    expect(alpha.length).toBe(logo.width * logo.height);
    // Transparent corners, opaque ink: the logo sits on any background.
    expect(alpha[0]).toBe(0);
    expect(Math.max(...alpha)).toBe(255);
  });
});
