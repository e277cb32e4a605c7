import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDeploy } from '../../actions/deploy-to-aks/deploy.js';
import { ExecRunner } from '../../actions/deploy-to-aks/exec-runner.js';
import { BROKEN, RecordingLogger, startHarness, type Harness } from './helpers.js';

let h: Harness;
let bin: string;
let tempRoot: string;
let savedPath: string | undefined;

/** A fake `az` (and `kubelogin`) on PATH: records argv one per line and writes the fake cluster's kubeconfig to --file. */
function installFakeTools(withKubelogin: boolean, azExit = 0): void {
  writeFileSync(
    path.join(bin, 'az'),
    [
      '#!/bin/sh',
      `for a in "$@"; do printf '%s\\n' "$a"; done > "${path.join(bin, 'az.argv')}"`,
      `[ ${azExit} -ne 0 ] && { echo "ERROR: (ResourceNotFound) The Resource 'Microsoft.ContainerService/managedClusters/aks1' was not found." >&2; exit ${azExit}; }`,
      'while [ $# -gt 0 ]; do if [ "$1" = "--file" ]; then shift; out="$1"; fi; shift; done',
      `cp "${h.kubeconfigPath}" "$out"`,
      `stat -c %a "$(dirname "$out")" > "${path.join(bin, 'dir.mode')}"`,
      'exit 0',
      '',
    ].join('\n'),
  );
  chmodSync(path.join(bin, 'az'), 0o755);
  if (withKubelogin) {
    writeFileSync(
      path.join(bin, 'kubelogin'),
      [
        '#!/bin/sh',
        `for a in "$@"; do printf '%s\\n' "$a"; done > "${path.join(bin, 'kubelogin.argv')}"`,
        `stat -c %a "$5" > "${path.join(bin, 'file.mode')}"`,
        'exit 0',
        '',
      ].join('\n'),
    );
    chmodSync(path.join(bin, 'kubelogin'), 0o755);
  }
}

beforeEach(async () => {
  h = await startHarness();
  bin = mkdtempSync(path.join(tmpdir(), 'fake-az-'));
  tempRoot = path.join(h.dir, 'tmp');
  mkdirSync(tempRoot);
  savedPath = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
});
afterEach(async () => {
  process.env.PATH = savedPath;
  await h.fake.stop();
});

function run(overrides: Parameters<Harness['options']>[0]) {
  return runDeploy(h.options(overrides), { logger: new RecordingLogger(), runner: new ExecRunner(), tempRoot });
}

describe('cluster access', () => {
  it('runs az aks get-credentials with an argument array, converts with kubelogin, and removes the temp kubeconfig', async () => {
    installFakeTools(true);
    const { record, error } = await run({
      access: { kind: 'aks', resourceGroup: 'rg ml; echo pwned', clusterName: 'aks1', admin: false },
    });
    expect(error).toBeUndefined();
    expect(record.status).toBe('deployed');
    const argv = readFileSync(path.join(bin, 'az.argv'), 'utf8').trimEnd().split('\n');
    expect(argv.slice(0, 6)).toEqual([
      'aks',
      'get-credentials',
      '--resource-group',
      'rg ml; echo pwned',
      '--name',
      'aks1',
    ]);
    expect(argv[6]).toBe('--file');
    expect(argv[7]).toMatch(new RegExp(`^${tempRoot}/ml-actions-kube-\\w+/kubeconfig$`));
    expect(argv.slice(8)).toEqual(['--overwrite-existing']);
    expect(readFileSync(path.join(bin, 'dir.mode'), 'utf8').trim()).toBe('700');
    expect(readFileSync(path.join(bin, 'kubelogin.argv'), 'utf8').trimEnd().split('\n')).toEqual([
      'convert-kubeconfig',
      '-l',
      'azurecli',
      '--kubeconfig',
      argv[7],
    ]);
    expect(readFileSync(path.join(bin, 'file.mode'), 'utf8').trim()).toBe('600');
    expect(record.cluster.source).toBe('az aks get-credentials rg ml; echo pwned/aks1');
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('passes --admin and skips kubelogin for admin credentials', async () => {
    installFakeTools(true);
    const { error } = await run({ access: { kind: 'aks', resourceGroup: 'rg', clusterName: 'aks1', admin: true } });
    expect(error).toBeUndefined();
    expect(readFileSync(path.join(bin, 'az.argv'), 'utf8')).toMatch(/--admin\n$/);
    expect(existsSync(path.join(bin, 'kubelogin.argv'))).toBe(false);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('removes the temp kubeconfig when az fails, and names the cause', async () => {
    installFakeTools(false, 3);
    const { record, error } = await run({
      access: { kind: 'aks', resourceGroup: 'rg', clusterName: 'aks1', admin: false },
    });
    expect(record.status).toBe('failed');
    expect(String(error)).toMatch(/az aks get-credentials failed \(exit 3\): ERROR: \(ResourceNotFound\)/);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('writes kubeconfig content to a 0600 file and removes it after a failed release too', async () => {
    const content = readFileSync(h.kubeconfigPath, 'utf8');
    let seenMode = '';
    const { record, error } = await runDeploy(h.options({ access: { kind: 'kubeconfig', content }, image: BROKEN }), {
      logger: Object.assign(new RecordingLogger(), {
        info(message: string) {
          if (!seenMode && message.includes('created')) {
            const dir = readdirSync(tempRoot)[0]!;
            seenMode = (statSync(path.join(tempRoot, dir, 'kubeconfig')).mode & 0o777).toString(8);
          }
        },
      }),
      runner: new ExecRunner(),
      tempRoot,
    });
    expect(error).toBeDefined();
    expect(record.status).toBe('rolled-back');
    expect(seenMode).toBe('600');
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('fails clearly when az is not on PATH', async () => {
    process.env.PATH = bin;
    const { error } = await run({ access: { kind: 'aks', resourceGroup: 'rg', clusterName: 'aks1', admin: false } });
    expect(String(error)).toMatch(/Azure CLI \('az'\) is not on PATH/);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('without any cluster, a deploy fails and says what to give', async () => {
    const { error } = await run({ access: { kind: 'none' } });
    expect(String(error)).toMatch(/No cluster to deploy to/);
  });
});
