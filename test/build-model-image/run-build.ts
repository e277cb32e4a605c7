import { buildModelImage, emptyRecord, type BuildRecord } from '../../actions/build-model-image/build-image.js';
import type { BuildModelImageOptions } from '../../actions/build-model-image/options.js';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';
import { RecordingLogger } from './helpers.js';

/** Runs the build logic against the real engine; the record and the log come back whether it failed or not. */
export async function runBuild(
  options: BuildModelImageOptions,
  logger = new RecordingLogger(),
): Promise<{ record: BuildRecord; logger: RecordingLogger; error?: unknown }> {
  const record = emptyRecord();
  try {
    await buildModelImage(options, { docker: new DockerClient(), logger }, record);
    return { record, logger };
  } catch (error) {
    return { record, logger, error };
  }
}
