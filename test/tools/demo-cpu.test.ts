import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuBetween, cpuSeconds, cpuSum } from '../../tools/demo/cpu';

describe("a demo stage's CPU seconds, by side of the machine (Node, DynamoDB Local, the rest)", () => {
  it.runIf(process.platform === 'linux')(
    'counts the CPU another process burns under its own pid, not under Node',
    async () => {
      // Prepare: a process standing in for DynamoDB Local's JVM, which burns 0.3 s of CPU, says so and idles
      const burn =
        'while (process.cpuUsage().user < 3e5); console.log("done"); setTimeout(() => undefined, 30000);';
      const burner = spawn(process.execPath, ['-e', burn], { stdio: ['ignore', 'pipe', 'ignore'] });
      const before = cpuSeconds(burner.pid);
      // Act
      await new Promise((done) => burner.stdout.once('data', done));
      const after = cpuSeconds(burner.pid);
      burner.kill();
      // Assert
      const used = cpuBetween(before, after);
      expect(used.dynamodb).toBeGreaterThan(0.25);
      expect(used.node).toBeLessThan(used.dynamodb!);
    },
  );

  it('a side that restarted (its count went back) or was not measured is unknown, not negative', () => {
    expect(cpuBetween({ node: 1, dynamodb: 5, other: 1 }, { node: 3, dynamodb: 2, other: 1.5 })).toEqual({
      node: 2,
      other: 0.5,
    });
    expect(cpuBetween({ node: 1 }, { node: 1.5, dynamodb: 3 })).toEqual({ node: 0.5 });
  });

  it('adds stages up, a side known in all of them only', () => {
    expect(
      cpuSum([
        { node: 1, dynamodb: 2, other: 0.5 },
        { node: 2, other: 0.25 },
      ]),
    ).toEqual({
      node: 3,
      other: 0.75,
    });
  });
});
