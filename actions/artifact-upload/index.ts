/**
 * The GitHub artifact upload, bundled on its own (dist/artifact-upload/) and
 * loaded by the GitHub backend only when a report is uploaded inside a
 * runner job: @actions/artifact (Azure storage, Octokit, zip) is three
 * quarters of a bundle, and every other run — Azure, the CLI, a drift worker
 * thread — would pay for loading it at start-up. See
 * actions/shared/platform/artifact-loader.ts.
 */
import { DefaultArtifactClient } from '@actions/artifact';

export async function uploadArtifact(
  name: string,
  files: readonly string[],
  rootDirectory: string,
): Promise<{ id: number | undefined }> {
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory);
  return { id };
}
