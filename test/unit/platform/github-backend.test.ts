import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GitHubPlatform } from '../../../actions/shared/platform/github.js';

describe('GitHub Actions backend', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'github-backend-'));
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  /** The lines the backend writes to the step's log while `fn` runs. */
  async function logged(fn: () => unknown): Promise<string[]> {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
    await fn();
    return lines;
  }

  it('appends outputs to GITHUB_OUTPUT between delimiters, multi-line values whole, and masks secrets', async () => {
    const output = path.join(dir, 'output');
    writeFileSync(output, '');
    const platform = new GitHubPlatform({ GITHUB_OUTPUT: output });
    const lines = await logged(() => {
      platform.setOutput('report', '/tmp/r.json');
      platform.setOutput('token', 'line one\nline two', { secret: true });
    });
    expect(lines).toEqual(['::add-mask::line one%0Aline two']);
    const written = readFileSync(output, 'utf8');
    const match =
      /^report<<(ghadelimiter_[\w-]+)\n\/tmp\/r\.json\n\1\ntoken<<(ghadelimiter_[\w-]+)\nline one\nline two\n\2\n$/.exec(
        written,
      );
    expect(match, written).not.toBeNull();
    expect(match![1]).not.toBe(match![2]);
  });

  it('writes annotations, groups, the summary and a failure as the runner reads them', async () => {
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# before\n');
    const platform = new GitHubPlatform({ GITHUB_STEP_SUMMARY: summary });
    const lines = await logged(async () => {
      platform.warning('2 columns drifted', { file: 'data/cur.csv', line: 4, title: 'Drift' });
      platform.notice('plain');
      expect(await platform.group('Read data', async () => 7)).toBe(7);
      await platform.writeSummary('| a |\n|---|');
      platform.setFailed('gate failed: 50%');
    });
    expect(lines).toEqual([
      '::warning title=Drift,file=data/cur.csv,line=4::2 columns drifted',
      '::notice::plain',
      '::group::Read data',
      '::endgroup::',
      '::error::gate failed: 50%25',
    ]);
    expect(readFileSync(summary, 'utf8')).toBe('# before\n| a |\n|---|\n');
    expect(process.exitCode).toBe(1);
  });
});
