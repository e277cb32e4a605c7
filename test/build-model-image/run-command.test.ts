import { describe, expect, it } from 'vitest';
import { CommandError, runCommand } from '../../actions/shared/exec/run-command.js';

describe('runCommand (shared @actions/exec wrapper)', () => {
  it('passes arguments as an array (no shell), captures output and the exit code', async () => {
    const result = await runCommand(process.execPath, [
      '-e',
      'process.stdout.write(JSON.stringify(process.argv.slice(1))); process.stderr.write("warn"); process.exit(3)',
      'a b',
      '$(not expanded)',
    ]);
    expect(result).toEqual({ code: 3, stdout: JSON.stringify(['a b', '$(not expanded)']), stderr: 'warn' });
  });

  it('feeds standard input and extra environment', async () => {
    const result = await runCommand(
      process.execPath,
      [
        '-e',
        'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => process.stdout.write(s + process.env.EXTRA))',
      ],
      { input: 'in-', env: { EXTRA: 'env' } },
    );
    expect(result.stdout).toBe('in-env');
  });

  it('names a command that cannot start', async () => {
    await expect(runCommand('ml-actions-no-such-command', [])).rejects.toBeInstanceOf(CommandError);
  });
});
