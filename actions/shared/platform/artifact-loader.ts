import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What dist/artifact-upload/index.js exports (actions/artifact-upload/index.ts). */
export interface ArtifactUploader {
  uploadArtifact(name: string, files: readonly string[], rootDirectory: string): Promise<{ id: number | undefined }>;
}

/**
 * An import the bundler cannot see: ncc would otherwise pull the upload
 * bundle (or @actions/artifact) back into every action's bundle.
 */
const importAtRunTime = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** dist/artifact-upload/index.js beside this bundle's folder (dist/<action>/index.js), made at run time. */
function uploaderPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.join(here, '..', ['artifact-upload', 'index.js'].join(path.sep));
}

/** Loads the artifact upload bundle; undefined when it is not there (sources run unbundled). */
export async function loadArtifactUploader(): Promise<ArtifactUploader | undefined> {
  const file = uploaderPath();
  if (!existsSync(file)) return undefined;
  return (await importAtRunTime(pathToFileURL(file).href)) as ArtifactUploader;
}
