import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { demuxLogs } from '../../../actions/shared/docker/container-logs.js';
import { classifyRegistryMessage } from '../../../actions/shared/docker/docker-errors.js';
import { describeDockerHost, dockerOptions } from '../../../actions/shared/docker/docker-host.js';
import { LineTail, readEngineMessages, type EngineMessage } from '../../../actions/shared/docker/progress-stream.js';

describe('dockerOptions', () => {
  it.each([
    [undefined, {}, { socketPath: '/var/run/docker.sock' }],
    [undefined, { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, { socketPath: '/run/user/1000/docker.sock' }],
    ['unix:///tmp/d.sock', { DOCKER_HOST: 'tcp://ignored:1' }, { socketPath: '/tmp/d.sock' }],
    ['tcp://10.0.0.5:2375', {}, { protocol: 'http', host: '10.0.0.5', port: '2375' }],
    ['tcp://10.0.0.5', { DOCKER_TLS_VERIFY: '1' }, { protocol: 'https', host: '10.0.0.5', port: 2376 }],
    ['ssh://me@box', {}, { protocol: 'ssh', host: 'box', port: 22, username: 'me' }],
  ] as const)('%s with %o', (host, env, expected) => {
    expect(dockerOptions(host, env)).toEqual(expected);
  });

  it('rejects an unknown scheme and describes hosts without credentials', () => {
    expect(() => dockerOptions('ftp://x', {})).toThrow(/unsupported scheme/);
    expect(describeDockerHost({ socketPath: '/var/run/docker.sock' })).toBe('unix:///var/run/docker.sock');
    expect(describeDockerHost(dockerOptions('tcp://h:1', {}))).toBe('http://h:1');
  });
});

describe('readEngineMessages', () => {
  it('joins messages split across chunks and keeps non-JSON lines as text', async () => {
    const stream = new PassThrough();
    const seen: EngineMessage[] = [];
    const done = readEngineMessages(stream, (message) => seen.push(message));
    stream.write('{"stream":"Step 1/2 : FROM x\\n"}\n{"str');
    stream.write('eam":" ---> abc\\n"}\r\nnot json\n');
    stream.end('{"aux":{"ID":"sha256:1"}}');
    await done;
    expect(seen).toEqual([
      { stream: 'Step 1/2 : FROM x\n' },
      { stream: ' ---> abc\n' },
      { stream: 'not json\n' },
      { aux: { ID: 'sha256:1' } },
    ]);
  });
});

describe('LineTail', () => {
  it('keeps the last lines only, skipping blank ones', () => {
    const tail = new LineTail(2);
    tail.push('a\n\nb\nc');
    expect(tail.get()).toEqual(['b', 'c']);
  });
});

describe('classifyRegistryMessage', () => {
  it.each([
    ['unauthorized: authentication required', 401, false],
    ['denied: requested access to the resource is denied', 401, false],
    ['received unexpected HTTP status: 503 Service Unavailable', 503, true],
    ['Put "http://127.0.0.1:5000/v2/x/blobs/uploads/": read: connection reset by peer', undefined, true],
    ['dial tcp 127.0.0.1:5009: connect: connection refused', undefined, true],
    ['manifest invalid: manifest invalid', undefined, false],
  ] as const)('%s', (message, status, transient) => {
    expect(classifyRegistryMessage(message)).toEqual({ status, transient });
  });
});

describe('demuxLogs', () => {
  const frame = (type: number, text: string): Buffer => {
    const header = Buffer.alloc(8);
    header[0] = type;
    header.writeUInt32BE(Buffer.byteLength(text), 4);
    return Buffer.concat([header, Buffer.from(text)]);
  };

  it('joins stdout and stderr frames in order', () => {
    expect(demuxLogs(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n'), frame(1, 'more')]))).toBe('out\nerr\nmore');
  });

  it('returns TTY output unchanged', () => {
    expect(demuxLogs(Buffer.from('plain text output\n'))).toBe('plain text output\n');
  });
});
