import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Where the build runs from, read once by the glue from the CI environment and passed down. */
export interface CiContext {
  /** Full commit SHA, when known. */
  readonly sha?: string;
  /** Branch name (not the full ref), when building a branch. */
  readonly branch?: string;
  readonly defaultBranch?: string;
  /** Web address of the repository, for `org.opencontainers.image.source`. */
  readonly repositoryUrl?: string;
  /** Web address of this CI run, for `ml-actions.run-url`. */
  readonly runUrl?: string;
}

/**
 * Reads the commit, branch, repository and run addresses from GitHub Actions
 * or Azure Pipelines variables, falling back to `git` for the commit and
 * branch on a laptop.
 */
export function readCiContext(env: NodeJS.ProcessEnv, cwd: string, defaultBranchInput?: string): CiContext {
  const context: { -readonly [K in keyof CiContext]: CiContext[K] } = {};
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA) {
    context.sha = env.GITHUB_SHA;
    const ref = env.GITHUB_REF ?? '';
    if (ref.startsWith('refs/heads/')) context.branch = ref.slice('refs/heads/'.length);
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    if (env.GITHUB_REPOSITORY) context.repositoryUrl = `${server}/${env.GITHUB_REPOSITORY}`;
    if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
      context.runUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
    context.defaultBranch = githubDefaultBranch(env.GITHUB_EVENT_PATH);
  } else if (env.TF_BUILD?.toLowerCase() === 'true') {
    context.sha = env.BUILD_SOURCEVERSION;
    const ref = env.BUILD_SOURCEBRANCH ?? '';
    if (ref.startsWith('refs/heads/')) context.branch = ref.slice('refs/heads/'.length);
    context.repositoryUrl = env.BUILD_REPOSITORY_URI;
    if (env.SYSTEM_COLLECTIONURI && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID) {
      context.runUrl = `${env.SYSTEM_COLLECTIONURI.replace(/\/$/, '')}/${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`;
    }
  }
  context.sha ??= git(['rev-parse', 'HEAD'], cwd);
  context.branch ??= git(['symbolic-ref', '--short', '-q', 'HEAD'], cwd);
  context.repositoryUrl ??= publicRemote(git(['config', '--get', 'remote.origin.url'], cwd));
  if (defaultBranchInput) context.defaultBranch = defaultBranchInput;
  return context;
}

function githubDefaultBranch(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { repository?: { default_branch?: unknown } };
    return typeof event.repository?.default_branch === 'string' ? event.repository.default_branch : undefined;
  } catch {
    return undefined;
  }
}

function git(args: string[], cwd: string): string | undefined {
  try {
    const out = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out === '' ? undefined : out;
  } catch {
    return undefined;
  }
}

/** A remote URL without credentials, as a web address; none for local paths. */
function publicRemote(remote: string | undefined): string | undefined {
  if (!remote) return undefined;
  const scp = /^git@([^:]+):(.+?)(\.git)?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.username = '';
    url.password = '';
    return url.toString().replace(/\.git$/, '');
  } catch {
    return undefined;
  }
}
