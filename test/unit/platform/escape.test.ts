import { describe, expect, it } from 'vitest';
import {
  azureCommand,
  azureVariableName,
  escapeAzureData,
  escapeAzureProperty,
  escapeGitHubData,
  escapeGitHubProperty,
  githubCommand,
} from '../../../actions/shared/platform/escape.js';

describe('Azure logging command escaping', () => {
  it('escapes data as azure-pipelines-task-lib does', () => {
    expect(escapeAzureData('100% done\r\nnext')).toBe('100%AZP25 done%0D%0Anext');
    expect(escapeAzureData('a;b]c')).toBe('a;b]c');
  });

  it('escapes property values, including ; and ]', () => {
    expect(escapeAzureProperty('a;b]c%\n')).toBe('a%3Bb%5Dc%AZP25%0A');
  });

  it('builds commands with properties in order and skips undefined ones', () => {
    expect(azureCommand('task.setvariable', { variable: 'x', isOutput: true, issecret: undefined }, 'v')).toBe(
      '##vso[task.setvariable variable=x;isOutput=true]v',
    );
    expect(azureCommand('task.uploadsummary', {}, '/tmp/s.md')).toBe('##vso[task.uploadsummary]/tmp/s.md');
    expect(azureCommand('task.logissue', { type: 'error', sourcepath: 'a;b.csv', linenumber: 3 }, 'bad\nrow')).toBe(
      '##vso[task.logissue type=error;sourcepath=a%3Bb.csv;linenumber=3]bad%0Arow',
    );
  });

  it('maps output names to Azure variable names', () => {
    expect(azureVariableName('drift-detected')).toBe('drift_detected');
    expect(azureVariableName('html.report_2')).toBe('html.report_2');
  });
});

describe('GitHub workflow command escaping', () => {
  it('escapes data and property values as @actions/core does', () => {
    expect(escapeGitHubData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeGitHubProperty('C:\\data,x%\n')).toBe('C%3A\\data%2Cx%25%0A');
  });

  it('builds commands with properties in order and skips undefined ones', () => {
    expect(githubCommand('error', { title: 'Drift', file: 'a,b.csv', line: 3, col: undefined }, 'bad\nrow')).toBe(
      '::error title=Drift,file=a%2Cb.csv,line=3::bad%0Arow',
    );
    expect(githubCommand('endgroup', {})).toBe('::endgroup::');
    expect(githubCommand('add-mask', {}, 's3cr%t')).toBe('::add-mask::s3cr%25t');
  });
});
