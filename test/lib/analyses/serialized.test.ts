import { describe, expect, it } from 'vitest';
import { serialized } from '../../../src/lib/analyses/serialized';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('serialized()', () => {
  it('serialized() starts a call only after the earlier ones settled, in call order', async () => {
    const log: string[] = [];
    const f = serialized(async (name: string, steps: number) => {
      log.push(`start ${name}`);
      for (let i = 0; i < steps; i++) await tick();
      log.push(`end ${name}`);
      return name;
    });
    const results = await Promise.all([f('a', 3), f('b', 1), f('c', 0)]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('serialized() passes a failure to its caller and still runs the next call', async () => {
    const f = serialized(async (fail: boolean) => {
      await tick();
      if (fail) throw new Error('invalid bins: 0 (expected 2..10)');
      return 'ok';
    });
    const first = f(true);
    const second = f(false);
    await expect(first).rejects.toThrow('invalid bins: 0 (expected 2..10)');
    await expect(second).resolves.toBe('ok');
  });
});
