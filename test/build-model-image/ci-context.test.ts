import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCiContext } from '../../actions/build-model-image/ci-context.js';
import { writeTree } from './helpers.js';

describe('readCiContext', () => {
  const notGit = writeTree({});

  it('reads GitHub Actions variables and the default branch from the event', () => {
    const dir = writeTree({});
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'trunk' } }));
    expect(
      readCiContext(
        {
          GITHUB_ACTIONS: 'true',
          GITHUB_SHA: 'a'.repeat(40),
          GITHUB_REF: 'refs/heads/trunk',
          GITHUB_SERVER_URL: 'https://github.example',
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_RUN_ID: '7',
          GITHUB_EVENT_PATH: event,
        },
        notGit,
      ),
    ).toEqual({
      sha: 'a'.repeat(40),
      branch: 'trunk',
      defaultBranch: 'trunk',
      repositoryUrl: 'https://github.example/o/r',
      runUrl: 'https://github.example/o/r/actions/runs/7',
    });
  });

  it('reads Azure Pipelines variables; a tag build has no branch', () => {
    const context = readCiContext(
      {
        TF_BUILD: 'True',
        BUILD_SOURCEVERSION: 'b'.repeat(40),
        BUILD_SOURCEBRANCH: 'refs/tags/v1',
        BUILD_REPOSITORY_URI: 'https://dev.azure.com/org/proj/_git/repo',
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/org/',
        SYSTEM_TEAMPROJECT: 'my proj',
        BUILD_BUILDID: '12',
      },
      notGit,
    );
    expect(context).toMatchObject({
      sha: 'b'.repeat(40),
      repositoryUrl: 'https://dev.azure.com/org/proj/_git/repo',
      runUrl: 'https://dev.azure.com/org/my%20proj/_build/results?buildId=12',
    });
    expect(context.branch).toBeUndefined();
  });

  it('falls back to git on a laptop, and the default-branch input wins', () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const context = readCiContext({}, root, 'release');
    expect(context.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(context.defaultBranch).toBe('release');
  });
});
