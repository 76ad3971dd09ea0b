import { describe, expect, it } from 'vitest';
import { measureBundles } from '../../infra/bundle-report';

describe('function bundles', () => {
  it('stay within budget: 400 KiB minified per API function, 1 MiB per worker or job, unless the model gives a reasoned budget', async () => {
    const { sizes } = await measureBundles();
    const over = sizes.filter((s) => s.bytes > s.budget).map((s) => `${s.name}: ${s.bytes} > ${s.budget}`);
    expect(over).toEqual([]);
    expect(sizes.length).toBeGreaterThan(0);
  });
});
