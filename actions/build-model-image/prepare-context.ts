import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import { externalFile, listContextFiles, toPosix, withFiles, type ContextFile } from './context-files.js';
import { displayPath } from './labels.js';
import type { BuildModelImageOptions } from './options.js';
import { GENERATED_DIR, generateBuild, type GeneratedBuild } from './templates.js';

export interface PreparedContext {
  /** Everything sent to the engine, sorted. */
  readonly files: ContextFile[];
  /** The Dockerfile's path inside the context tar. */
  readonly dockerfile: string;
  /** The Dockerfile's text, for the report and the secret check. */
  readonly dockerfileText: string;
  readonly generated?: GeneratedBuild;
  readonly bytes: number;
}

/**
 * Decides what the engine receives: the context files (minus .dockerignore),
 * and either the user's Dockerfile or a template's generated Dockerfile and
 * server. Files outside the context (a Dockerfile or model elsewhere) are
 * added under `.ml-actions/`, never copied into the user's folder.
 */
export async function prepareContext(options: BuildModelImageOptions): Promise<PreparedContext> {
  if (!existsSync(options.context) || !statSync(options.context).isDirectory()) {
    throw new UserError(`Input 'context' must be a folder; nothing at ${options.context}.`);
  }
  if (options.template) return prepareTemplate(options);

  const dockerfilePath = options.dockerfile ?? path.join(options.context, 'Dockerfile');
  if (!existsSync(dockerfilePath)) {
    throw new UserError(`No Dockerfile at ${displayPath(dockerfilePath, options.cwd)}.`, {
      hint: "Set 'dockerfile', or set 'template' (python-sklearn, mlflow-pyfunc or onnx) with 'model-path' to generate one.",
    });
  }
  const inside = insideContext(options.context, dockerfilePath);
  const dockerfile = inside ?? `${GENERATED_DIR}/Dockerfile`;
  let files = await listContextFiles(options.context, inside ? [inside] : [], excluded(options));
  if (!inside) files = withFiles(files, [await externalFile(dockerfile, dockerfilePath)]);
  const entry = files.find((file) => file.name === dockerfile);
  const dockerfileText = entry?.content?.toString('utf8') ?? (await readFile(dockerfilePath, 'utf8'));
  return { files, dockerfile, dockerfileText, bytes: total(files) };
}

async function prepareTemplate(options: BuildModelImageOptions): Promise<PreparedContext> {
  const template = options.template;
  if (!template) throw new Error('prepareTemplate without a template');
  if (!options.modelPath) {
    throw new UserError(`Input 'model-path' is required with template '${template}'.`, {
      hint: 'Point it at the model file (python-sklearn: .joblib/.pkl, onnx: .onnx) or folder (mlflow-pyfunc).',
    });
  }
  if (!existsSync(options.modelPath)) {
    throw new UserError(`Input 'model-path' points at nothing: ${displayPath(options.modelPath, options.cwd)}.`);
  }
  const isDirectory = statSync(options.modelPath).isDirectory();
  if (template === 'mlflow-pyfunc' && !existsSync(path.join(options.modelPath, 'MLmodel'))) {
    throw new UserError(
      `Template 'mlflow-pyfunc' needs an MLflow model folder with an MLmodel file; none in ${displayPath(options.modelPath, options.cwd)}.`,
    );
  }
  let files = await listContextFiles(options.context, [], excluded(options));
  const inside = insideContext(options.context, options.modelPath);
  const sent =
    inside !== undefined &&
    (isDirectory ? files.some((f) => f.name.startsWith(`${inside}/`)) : files.some((f) => f.name === inside));
  let modelInContext: string;
  if (sent && inside) {
    modelInContext = inside;
  } else {
    // Outside the context, or excluded by .dockerignore: send it under .ml-actions/model.
    modelInContext = `${GENERATED_DIR}/model/${path.basename(options.modelPath)}`;
    files = withFiles(files, await externalTree(options.modelPath, modelInContext));
  }
  const requirements = options.requirements ?? findRequirements(options.modelPath, isDirectory);
  const generated = await generateBuild({
    template,
    baseImage: options.baseImage,
    modelInContext,
    modelIsDirectory: isDirectory,
    requirementsFile: requirements,
  });
  files = withFiles(files, generated.files);
  return {
    files,
    dockerfile: `${GENERATED_DIR}/Dockerfile`,
    dockerfileText: generated.dockerfile,
    generated,
    bytes: total(files),
  };
}

/** The action's own output folders inside the context, as context paths. */
function excluded(options: BuildModelImageOptions): string[] {
  return (options.excludeFromContext ?? [])
    .map((folder) => insideContext(options.context, folder))
    .filter((name): name is string => name !== undefined);
}

/** requirements.txt inside a model folder, or next to a model file. */
function findRequirements(modelPath: string, isDirectory: boolean): string | undefined {
  const candidate = path.join(isDirectory ? modelPath : path.dirname(modelPath), 'requirements.txt');
  return existsSync(candidate) ? candidate : undefined;
}

async function externalTree(source: string, name: string): Promise<ContextFile[]> {
  if (!statSync(source).isDirectory()) return [await externalFile(name, source)];
  const out: ContextFile[] = [];
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const child = path.join(source, entry.name);
    if (entry.isDirectory()) out.push(...(await externalTree(child, `${name}/${entry.name}`)));
    else if (entry.isFile()) out.push(await externalFile(`${name}/${entry.name}`, child));
  }
  return out;
}

/** The context-relative path of `target`, or undefined when it is outside the context. */
function insideContext(context: string, target: string): string | undefined {
  const relative = path.relative(context, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return toPosix(relative);
}

function total(files: readonly ContextFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}
