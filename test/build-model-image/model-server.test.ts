/**
 * The generated model server (serve.py) run on the host with Debian's
 * Python: the real scikit-learn example model, and stand-in `mlflow` and
 * `onnxruntime` modules (neither is installed here) that behave like their
 * APIs, so the mlflow-pyfunc and onnx code paths run too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MODEL_SERVER_PY } from '../../actions/build-model-image/model-server-py.js';
import { writeTree } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'churn', 'model');
const available = existsSync(PYTHON) && existsSync(path.join(EXAMPLE, 'model.joblib'));

const FAKE_MLFLOW = `
class _Model:
    def predict(self, frame):
        import numpy
        return numpy.asarray([float(len(frame.columns)) + i for i in range(len(frame))])

def load_model(path):
    return _Model()
`;

const FAKE_ONNXRUNTIME = `
import numpy

class _Input:
    name = "float_input"
    type = "tensor(float)"

class InferenceSession:
    def __init__(self, path, providers=None):
        self.path = path
    def get_inputs(self):
        return [_Input()]
    def run(self, outputs, feeds):
        x = feeds["float_input"]
        assert x.dtype == numpy.float32
        labels = numpy.asarray([int(row.sum() > 1) for row in x])
        return [labels, [{0: 0.25, 1: 0.75} for _ in x]]
`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

async function serve(env: Record<string, string>): Promise<string> {
  const dir = writeTree({ 'serve.py': MODEL_SERVER_PY });
  const port = await freePort();
  child = spawn(PYTHON, [path.join(dir, 'serve.py')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    const status = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return base;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the model server never became healthy');
}

async function post(
  base: string,
  body: unknown,
): Promise<{ status: number; json: { predictions?: unknown[]; error?: string } }> {
  const response = await fetch(`${base}/invocations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { predictions?: unknown[]; error?: string } };
}

describe.skipIf(!available)('generated model server (serve.py)', () => {
  it('serves the scikit-learn example in MLflow dataframe_split, records and instances forms', async () => {
    const base = await serve({ ML_MODEL_FLAVOR: 'sklearn', ML_MODEL_PATH: path.join(EXAMPLE, 'model.joblib') });
    const example = JSON.parse(readFileSync(path.join(EXAMPLE, 'input_example.json'), 'utf8')) as {
      columns: string[];
      data: unknown[][];
    };
    const split = await post(base, { dataframe_split: example });
    expect(split.status).toBe(200);
    const predictions = split.json.predictions as { prediction: number; probabilities: Record<string, number> }[];
    expect(predictions).toHaveLength(example.data.length);
    expect(Object.keys(predictions[0]?.probabilities ?? {}).sort()).toEqual(['0', '1']);
    const records = example.data.map((row) => Object.fromEntries(example.columns.map((c, i) => [c, row[i]])));
    expect((await post(base, { dataframe_records: records })).json.predictions).toEqual(predictions);
    expect((await post(base, { instances: records })).json.predictions).toEqual(predictions);
    expect((await post(base, records)).json.predictions).toEqual(predictions);
    expect((await post(base, { nonsense: 1 })).status).toBe(400);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  it('loads an MLflow pyfunc model folder through mlflow.pyfunc.load_model', async () => {
    const fakes = writeTree({
      'mlflow/__init__.py': '',
      'mlflow/pyfunc.py': FAKE_MLFLOW,
      'model/MLmodel': 'flavors: {}',
    });
    const base = await serve({
      ML_MODEL_FLAVOR: 'mlflow',
      ML_MODEL_PATH: path.join(fakes, 'model'),
      PYTHONPATH: fakes,
    });
    const result = await post(base, {
      dataframe_split: {
        columns: ['a', 'b', 'c'],
        data: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    });
    expect(result.json.predictions).toEqual([3, 4]);
  });

  it('runs an ONNX model with float32 inputs and returns labels with probabilities', async () => {
    const fakes = writeTree({ 'onnxruntime.py': FAKE_ONNXRUNTIME, 'model.onnx': 'onnx' });
    const base = await serve({
      ML_MODEL_FLAVOR: 'onnx',
      ML_MODEL_PATH: path.join(fakes, 'model.onnx'),
      PYTHONPATH: fakes,
    });
    const result = await post(base, {
      dataframe_split: {
        columns: ['x', 'y'],
        data: [
          [0.1, 0.2],
          [1, 2],
        ],
      },
    });
    expect(result.json.predictions).toEqual([
      { prediction: 0, probabilities: { '0': 0.25, '1': 0.75 } },
      { prediction: 1, probabilities: { '0': 0.25, '1': 0.75 } },
    ]);
  });

  it('answers 503 with the reason when the model cannot load', async () => {
    const dir = writeTree({ 'serve.py': MODEL_SERVER_PY });
    const port = await freePort();
    child = spawn(PYTHON, [path.join(dir, 'serve.py')], {
      env: { ...process.env, ML_MODEL_FLAVOR: 'sklearn', ML_MODEL_PATH: '/nonexistent.joblib', PORT: String(port) },
      stdio: 'ignore',
    });
    let body: { status?: string; error?: string } = {};
    for (let i = 0; i < 100 && body.status !== 'error'; i += 1) {
      body = await fetch(`http://127.0.0.1:${port}/health`)
        .then((r) => r.json() as Promise<typeof body>)
        .catch(() => ({}));
      if (body.status !== 'error') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(body.status).toBe('error');
    expect(body.error).toMatch(/FileNotFoundError/);
  });
});
