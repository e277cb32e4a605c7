/**
 * Gets a kubeconfig for the run. `resource-group` + `cluster-name` run
 * `az aks get-credentials --file <temp>` (after azure/login), converting
 * Entra ID credentials with `kubelogin convert-kubeconfig -l azurecli` when
 * kubelogin is on PATH; `kubeconfig` content is written to a temp file; or the
 * existing KUBECONFIG is used as it is. A temp kubeconfig lives in a private
 * folder (0700), the file itself is 0600, and `close()` removes both on every
 * path — callers put it in a `finally`.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import type { CommandRunner } from './command-runner.js';
import type { ClusterAccess } from './options.js';

export interface ClusterCredentials {
  /** The kubeconfig file to load, or undefined when no cluster is configured. */
  readonly kubeconfig?: string;
  /** What the credentials came from, for logs and the report (never the content). */
  readonly source: string;
  /** Removes any temporary file; safe to call more than once. */
  close(): void;
}

function tempFile(tempRoot: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tempRoot, 'ml-actions-kube-'));
  chmodSync(dir, 0o700);
  return { dir, file: path.join(dir, 'kubeconfig') };
}

export async function openClusterAccess(
  access: ClusterAccess,
  deps: { runner: CommandRunner; logger: Logger; tempRoot?: string },
): Promise<ClusterCredentials> {
  const tempRoot = deps.tempRoot ?? tmpdir();
  if (access.kind === 'none') return { source: 'none', close: () => undefined };
  if (access.kind === 'existing') {
    if (!existsSync(access.path)) return { source: 'none', close: () => undefined };
    return { kubeconfig: access.path, source: `existing kubeconfig ${access.path}`, close: () => undefined };
  }
  const { dir, file } = tempFile(tempRoot);
  const close = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    if (access.kind === 'kubeconfig') {
      writeFileSync(file, access.content, { mode: 0o600 });
      return { kubeconfig: file, source: "the 'kubeconfig' input", close };
    }
    await getAksCredentials(access, file, deps);
    return {
      kubeconfig: file,
      source: `az aks get-credentials ${access.resourceGroup}/${access.clusterName}${access.admin ? ' (admin)' : ''}`,
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

async function getAksCredentials(
  access: Extract<ClusterAccess, { kind: 'aks' }>,
  file: string,
  deps: { runner: CommandRunner; logger: Logger },
): Promise<void> {
  if (!(await deps.runner.which('az'))) {
    throw new UserError("The Azure CLI ('az') is not on PATH, so 'resource-group'/'cluster-name' cannot be used.", {
      hint: "Use a runner with the Azure CLI (GitHub's ubuntu runners and Microsoft-hosted agents have it), or pass 'kubeconfig'.",
    });
  }
  const args = [
    'aks',
    'get-credentials',
    '--resource-group',
    access.resourceGroup,
    '--name',
    access.clusterName,
    '--file',
    file,
    '--overwrite-existing',
  ];
  if (access.admin) args.push('--admin');
  deps.logger.info(`az ${args.join(' ')}`);
  const result = await deps.runner.run('az', args);
  if (result.exitCode !== 0) {
    throw new UserError(
      `az aks get-credentials failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`,
      {
        hint: 'Run azure/login (or an AzureCLI task) before this step, and check the resource group, cluster name and your role on the cluster.',
      },
    );
  }
  if (existsSync(file)) chmodSync(file, 0o600);
  if (access.admin) return;
  if (await deps.runner.which('kubelogin')) {
    const convert = ['convert-kubeconfig', '-l', 'azurecli', '--kubeconfig', file];
    deps.logger.info(`kubelogin ${convert.join(' ')}`);
    const converted = await deps.runner.run('kubelogin', convert);
    if (converted.exitCode !== 0) {
      throw new UserError(
        `kubelogin convert-kubeconfig failed (exit ${converted.exitCode}): ${converted.stderr.trim()}`,
      );
    }
    chmodSync(file, 0o600);
  } else {
    deps.logger.debug(
      'kubelogin is not on PATH; using the kubeconfig az wrote as it is (fine for clusters without Entra ID integration).',
    );
  }
}
