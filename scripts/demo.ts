/**
 * npm run demo: the whole flow on the bundled example (examples/churn), through
 * the committed bundles, as a data scientist would run it on a laptop:
 * drift check → holdout evaluation → image build → evaluation through the
 * image → deploy dry-run. What needs Docker or a cluster is skipped or
 * dry-run, and says so. One verdict line per step; reports under demo-output/.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './actions-list.js';
import { dockerReachable } from './demo/docker-ping.js';
import type { DemoResult, DemoStep } from './demo/types.js';

interface Step {
  readonly title: string;
  /** The module under scripts/demo/ that runs it. */
  readonly module: string;
  readonly action: string;
  readonly export: string;
}

const STEPS: readonly Step[] = [
  {
    title: 'test: drift between training data and today',
    module: 'check-data-drift',
    action: 'check-data-drift',
    export: 'demo',
  },
  {
    title: 'test: holdout evaluation from a predictions file',
    module: 'evaluate-holdout',
    action: 'evaluate-holdout',
    export: 'demo',
  },
  {
    title: 'build: model image with lineage labels',
    module: 'build-model-image',
    action: 'build-model-image',
    export: 'demo',
  },
  {
    title: 'test: holdout evaluation through the built image',
    module: 'evaluate-holdout',
    action: 'evaluate-holdout-image',
    export: 'demoImage',
  },
  {
    title: 'release: deploy to AKS (dry-run without a cluster)',
    module: 'deploy-to-aks',
    action: 'deploy-to-aks',
    export: 'demo',
  },
];

async function loadStep(step: Step): Promise<DemoStep | undefined> {
  const file = path.join(ROOT, 'scripts', 'demo', `${step.module}.ts`);
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const fn = module[step.export];
  return typeof fn === 'function' ? (fn as DemoStep) : undefined;
}

async function main(): Promise<number> {
  const started = Date.now();
  const outRoot = path.join(ROOT, 'demo-output');
  rmSync(outRoot, { recursive: true, force: true });
  if (!existsSync(path.join(ROOT, 'dist'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    return 1;
  }
  const docker = await dockerReachable();
  console.log(
    `ml-actions demo on examples/churn — Docker Engine ${docker ? 'reachable' : 'not reachable: image steps are skipped'}`,
  );
  const previous: Record<string, Record<string, string>> = {};
  const results: { step: Step; result: DemoResult }[] = [];
  let failed = 0;
  for (const [index, step] of STEPS.entries()) {
    console.log(`\n[${index + 1}/${STEPS.length}] ${step.title}`);
    const run = await loadStep(step);
    let result: DemoResult;
    if (!run) {
      result = { verdict: `skipped: ${step.module} is not part of this checkout yet`, skipped: true };
    } else {
      const outDir = path.join(outRoot, step.action);
      mkdirSync(outDir, { recursive: true });
      try {
        result = await run({ root: ROOT, outDir, docker, previous, log: (line) => console.log(`    ${line}`) });
      } catch (error) {
        failed += 1;
        result = { verdict: `FAILED: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    if (result.outputs) previous[step.action] = { ...result.outputs };
    results.push({ step, result });
    console.log(`  → ${result.verdict}`);
    if (result.reportDir) console.log(`    report: ${path.relative(ROOT, result.reportDir)}`);
  }
  console.log(`\nSummary (${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const { step, result } of results) console.log(`  ${step.action.padEnd(24)} ${result.verdict}`);
  console.log(`Reports: ${path.relative(process.cwd(), outRoot) || outRoot}/`);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
