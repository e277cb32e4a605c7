import { pack } from 'tar-stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DockerClient } from '../../../actions/shared/docker/docker-client.js';
import { DockerBuildError, DockerRegistryError } from '../../../actions/shared/docker/docker-errors.js';
import { nodeBaseImage } from '../../support/base-images.js';
import { describeDocker, registryReachable, testServices } from '../../support/docker.js';

function context(files: Record<string, string>) {
  const tar = pack();
  for (const [name, content] of Object.entries(files)) tar.entry({ name, mtime: new Date(0) }, content);
  tar.finalize();
  return tar;
}

describeDocker('DockerClient against the real engine', () => {
  const docker = new DockerClient();
  const repository = 'ml-actions-test/wrapper';
  let base = '';
  const containers: string[] = [];

  beforeAll(async () => {
    base = await nodeBaseImage();
  });

  afterAll(async () => {
    for (const id of containers) await docker.removeContainer(id);
    await docker.removeImage(`${repository}:ok`, true);
  });

  it('builds from a streamed tar, streams lines, and runs the image with a published port', async () => {
    const lines: string[] = [];
    const server =
      'require("http").createServer((q, r) => r.end(process.env.GREETING)).listen(8080); console.log("listening");';
    const result = await docker.build({
      context: context({
        Dockerfile: `FROM ${base}\nCOPY server.js /app/server.js\nUSER 10001\nCMD ["node", "/app/server.js"]\n`,
        'server.js': server,
      }),
      tags: [`${repository}:ok`],
      labels: { 'ml-actions.test': 'yes' },
      onLine: (line) => lines.push(line),
    });
    expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The classic builder applies build labels as one extra LABEL step.
    expect(result.steps).toBe(5);
    expect(lines.some((line) => line.startsWith('Step 2/5 : COPY'))).toBe(true);
    const inspected = await docker.inspectImage(`${repository}:ok`);
    expect(inspected?.Config.Labels?.['ml-actions.test']).toBe('yes');
    expect(inspected?.Config.User).toBe('10001');

    const run = await docker.createAndStart({
      image: `${repository}:ok`,
      env: { GREETING: 'hello' },
      containerPort: 8080,
    });
    containers.push(run.id);
    expect(run.hostPort).toBeGreaterThan(0);
    let body = '';
    for (let i = 0; i < 50 && body === ''; i += 1) {
      body = await fetch(`http://127.0.0.1:${run.hostPort}/`, { signal: AbortSignal.timeout(1000) })
        .then((r) => r.text())
        .catch(() => '');
      if (body === '') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(body).toBe('hello');
    expect(await docker.logs(run.id, 10)).toContain('listening');
    expect((await docker.containerHealth(run.id)).health).toBe('running');
    await docker.removeContainer(run.id);
    await expect(docker.containerHealth(run.id)).rejects.toThrow();
  });

  it('fails a build with the failing step and its last lines', async () => {
    const error = await docker
      .build({
        context: context({ Dockerfile: `FROM ${base}\nRUN echo preparing && echo the-last-words && exit 3\n` }),
        tags: [`${repository}:broken`],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerBuildError);
    const failure = error as DockerBuildError;
    expect(failure.step).toBe('Step 2/2 : RUN echo preparing && echo the-last-words && exit 3');
    expect(failure.lastLines).toContain('the-last-words');
    expect(failure.code).toBe(3);
  });

  it('reports a missing image as undefined and a push to a closed port as transient', async () => {
    expect(await docker.inspectImage('ml-actions-test/does-not-exist:nope')).toBeUndefined();
    await docker.tag(base, '127.0.0.1:5999/nobody/here', 'x');
    const error = await docker.push('127.0.0.1:5999/nobody/here', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerRegistryError);
    expect((error as DockerRegistryError).transient).toBe(true);
    await docker.removeImage('127.0.0.1:5999/nobody/here:x');
  });

  it('pushes with credentials and pulls back by digest', async (ctx) => {
    const services = testServices();
    if (!(await registryReachable(services.authRegistry)) || services.password === '') {
      ctx.skip(`auth registry ${services.authRegistry} not running; run scripts/ci/services.sh start`);
    }
    const repo = `${services.authRegistry}/wrapper/node`;
    await docker.tag(base, repo, 'v1');
    const wrong = await docker
      .push(repo, 'v1', {
        serveraddress: services.authRegistry,
        username: services.username,
        password: 'wrong-password',
      })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(DockerRegistryError);
    expect((wrong as DockerRegistryError).status).toBe(401);
    expect((wrong as DockerRegistryError).transient).toBe(false);
    const auth = { serveraddress: services.authRegistry, username: services.username, password: services.password };
    const pushed = await docker.push(repo, 'v1', auth);
    expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    await docker.removeImage(`${repo}:v1`);
    await docker.pull(`${repo}@${pushed.digest}`, auth);
    expect((await docker.inspectImage(`${repo}@${pushed.digest}`))?.RepoDigests).toContain(`${repo}@${pushed.digest}`);
    await docker.removeImage(`${repo}@${pushed.digest}`);
  });
});
