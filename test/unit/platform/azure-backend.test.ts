import { describe, expect, it } from 'vitest';
import { AzurePlatform } from '../../../actions/shared/platform/azure.js';

function azure(env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  return { platform: new AzurePlatform(env, (line) => lines.push(line)), lines };
}

describe('AzurePlatform', () => {
  it('reads INPUT_ variables with dashes or underscores', () => {
    const { platform } = azure({ 'INPUT_REPORT-DIR': 'a', INPUT_DRIFT_SHARE: '0.5', INPUT_EMPTY: '  ' });
    expect(platform.rawInput('report-dir')).toBe('a');
    expect(platform.rawInput('drift-share')).toBe('0.5');
    expect(platform.rawInput('empty')).toBeUndefined();
  });

  it('writes a multi-line secret output with issecret and masks it afterwards', () => {
    const { platform, lines } = azure();
    platform.setOutput('token-out', 'p@ss;w]rd%\nline2', { secret: true });
    platform.info('leaked p@ss;w]rd%?');
    expect(lines).toEqual([
      '##vso[task.setsecret]p@ss;w]rd%AZP25%0Aline2',
      '##vso[task.setvariable variable=token_out;isOutput=true;issecret=true]p@ss;w]rd%AZP25%0Aline2',
      'leaked ***?',
    ]);
  });

  it('fails with an error issue and task.complete', () => {
    const { platform, lines } = azure();
    const previous = process.exitCode;
    platform.setFailed('gate failed: f1 0.71 < 0.8', { file: 'gates.txt', line: 1, column: 4 });
    expect(lines).toEqual([
      '##vso[task.logissue type=error;sourcepath=gates.txt;linenumber=1;columnnumber=4]gate failed: f1 0.71 < 0.8',
      '##vso[task.complete result=Failed]gate failed: f1 0.71 < 0.8',
    ]);
    expect(process.exitCode).toBe(1);
    process.exitCode = previous;
  });
});
