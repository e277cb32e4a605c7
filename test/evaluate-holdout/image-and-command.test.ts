import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreWithCommand, splitCommand, substitute, writeCsv } from '../../actions/evaluate-holdout/command-scorer.js';
import { withServedImage, type ContainerEngine } from '../../actions/evaluate-holdout/image-server.js';
import type { RunRequest } from '../../actions/shared/docker/docker-client.js';
import { RecordingLogger, startModelServer } from './fixtures.js';

/** An engine double: "starting" a container starts the test model server on the host. */
class FakeEngine implements ContainerEngine {
  removed: string[] = [];
  started = 0;
  exitAtStart = false;
  present = true;
  private servers = new Map<string, Awaited<ReturnType<typeof startModelServer>>>();
  constructor(private readonly env: Record<string, string> = {}) {}
  async inspectImage(): Promise<unknown> {
    return this.present ? { Id: 'sha256:x' } : undefined;
  }
  async pull(reference: string): Promise<void> {
    throw new Error(`pull access denied for ${reference}`);
  }
  async createAndStart(request: RunRequest): Promise<{ id: string; hostPort: number }> {
    void request;
    this.started += 1;
    const id = `c${this.started}`;
    if (this.exitAtStart) return { id, hostPort: 1 };
    const server = await startModelServer(this.env);
    this.servers.set(id, server);
    return { id, hostPort: Number(new URL(server.url).port) };
  }
  async containerHealth(): Promise<{ health: 'running' | 'exited'; exitCode: number | undefined }> {
    return this.exitAtStart ? { health: 'exited', exitCode: 3 } : { health: 'running', exitCode: undefined };
  }
  async logs(): Promise<string> {
    return 'booting\nmodel-server: cannot load model.joblib: file not found\n';
  }
  async removeContainer(id: string): Promise<void> {
    this.removed.push(id);
    await this.servers.get(id)?.stop();
    this.servers.delete(id);
  }
}

// Generous: the fake "container" is a real Node process, slow to start on a loaded 2-core machine.
const options = {
  image: 'churn:test',
  containerPort: 8080,
  healthPath: '/health',
  startupTimeoutMs: 15_000,
  pollMs: 50,
};

describe('withServedImage removes the container on every path', () => {
  it('success', async () => {
    const engine = new FakeEngine();
    const status = await withServedImage(engine, { ...options, logger: new RecordingLogger() }, async (served) => {
      const response = await fetch(`${served.baseUrl}/health`);
      return response.status;
    });
    expect(status).toBe(200);
    expect(engine.removed).toEqual(['c1']);
  });

  it('the work fails', async () => {
    const engine = new FakeEngine();
    await expect(
      withServedImage(engine, { ...options, logger: new RecordingLogger() }, async () => {
        throw new Error('batch 3 failed');
      }),
    ).rejects.toThrow('batch 3 failed');
    expect(engine.removed).toEqual(['c1']);
  });

  it('the container exits at start: the error shows its last log lines', async () => {
    const engine = new FakeEngine();
    engine.exitAtStart = true;
    await expect(withServedImage(engine, { ...options, logger: new RecordingLogger() }, async () => 0)).rejects.toThrow(
      /exited with code 3 before it was healthy\. Its last log lines:\nbooting\nmodel-server: cannot load model\.joblib/,
    );
    expect(engine.removed).toEqual(['c1']);
  });

  it('the health check never passes: a timeout', async () => {
    const engine = new FakeEngine({ NEVER_HEALTHY: '1' });
    const logger = new RecordingLogger();
    await expect(
      withServedImage(engine, { ...options, startupTimeoutMs: 1500, logger }, async () => 0),
    ).rejects.toThrow(/did not pass its health check http:\/\/127\.0\.0\.1:\d+\/health within 2 s/);
    expect(engine.removed).toEqual(['c1']);
  });

  it('an unreachable engine is a user error naming the image', async () => {
    const engine = new FakeEngine();
    engine.inspectImage = async () => {
      throw Object.assign(new Error('connect ENOENT /var/run/docker.sock'), { code: 'ENOENT' });
    };
    await expect(withServedImage(engine, { ...options, logger: new RecordingLogger() }, async () => 0)).rejects.toThrow(
      /Cannot reach the Docker Engine to run churn:test: connect ENOENT/,
    );
    expect(engine.started).toBe(0);
  });

  it('an image that is neither local nor pullable starts nothing', async () => {
    const engine = new FakeEngine();
    engine.present = false;
    await expect(withServedImage(engine, { ...options, logger: new RecordingLogger() }, async () => 0)).rejects.toThrow(
      /not on the Docker Engine and could not be pulled: pull access denied/,
    );
    expect(engine.started).toBe(0);
  });
});

describe('command source', () => {
  it.each([
    ['python score.py --in {input} --out {output}', ['python', 'score.py', '--in', '{input}', '--out', '{output}']],
    [`node "my script.js" 'a b' c\\ d`, ['node', 'my script.js', 'a b', 'c d']],
    ['run "" x', ['run', '', 'x']],
    ['echo "$HOME; rm -rf /"', ['echo', '$HOME; rm -rf /']],
  ])('splits %s without a shell', (command, args) => {
    expect(splitCommand(command)).toEqual(args);
  });

  it('rejects unterminated quotes and a command without {output}', async () => {
    expect(() => splitCommand('python "score.py')).toThrow(/unterminated " quote/);
    await expect(
      scoreWithCommand({
        command: 'python score.py {input}',
        workDir: tmpdir(),
        columns: [],
        rowCount: 0,
        row: () => [],
        run: async () => 0,
      }),
    ).rejects.toThrow(/'\{output\}' placeholder/);
    expect(substitute(['--in={input}', '{output}'], '/a', '/b')).toEqual(['--in=/a', '/b']);
  });

  it('writes CSV with quoting', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'eh-csv-')), 'f.csv');
    await writeCsv(file, ['a', 'b'], 2, (i) => (i === 0 ? ['x,y', 1.5] : ['say "hi"', null]));
    expect(readFileSync(file, 'utf8')).toBe('a,b\n"x,y",1.5\n"say ""hi""",\n');
  });

  it('runs the command with the substituted argument list and reports exit codes and missing output', async () => {
    const calls: string[][] = [];
    const workDir = mkdtempSync(path.join(tmpdir(), 'eh-cmd-'));
    const base = { workDir, columns: ['x'], rowCount: 1, row: () => [1] };
    await expect(
      scoreWithCommand({
        ...base,
        command: 'score --in {input} --out {output}',
        run: async (tool, args) => (calls.push([tool, ...args]), 2),
      }),
    ).rejects.toThrow(/exited with code 2/);
    expect(calls[0]).toEqual([
      'score',
      '--in',
      path.join(workDir, 'holdout-features.csv'),
      '--out',
      path.join(workDir, 'predictions.csv'),
    ]);
    await expect(scoreWithCommand({ ...base, command: 'score {output}', run: async () => 0 })).rejects.toThrow(
      /wrote no predictions/,
    );
  });
});
