import { describe, expect, it } from 'vitest';
import { assemblePredictions } from '../../actions/evaluate-holdout/decoded-predictions.js';
import { encode } from '../../actions/evaluate-holdout/encode.js';
import { decodeResponse, encodeRequest, type FeatureBatch } from '../../actions/evaluate-holdout/payload-formats.js';
import { alignById, parseScoreSpec, reorder } from '../../actions/evaluate-holdout/prediction-table.js';
import {
  canonicalLabel,
  sortClasses,
  valueColumn,
  type RawPredictions,
} from '../../actions/evaluate-holdout/prediction-types.js';
import { inferTask } from '../../actions/evaluate-holdout/task-inference.js';

const target = (values: unknown[]) => valueColumn('y', values);
const preds = (labels?: unknown[], scores?: { classes: string[] | null; columns: number[][] }): RawPredictions => ({
  rowCount: (labels ?? scores?.columns[0] ?? []).length,
  source: 'preds.csv',
  ...(labels ? { prediction: valueColumn('prediction', labels) } : {}),
  ...(scores
    ? {
        scores: {
          classes: scores.classes,
          columns: scores.columns.map((c) => Float64Array.from(c)),
          names: scores.columns.map((_, i) => `p${i}`),
        },
      }
    : {}),
});

describe('labels', () => {
  it('canonicalises numbers so 1.0 and 1 are one class', () => {
    expect([1, '1.0', ' 1 ', true, '', null, 'yes', Number.NaN].map(canonicalLabel)).toEqual([
      '1',
      '1',
      '1',
      'true',
      null,
      null,
      'yes',
      null,
    ]);
  });
  it('sorts classes like numpy.unique', () => {
    expect(sortClasses(['10', '2', '1'])).toEqual(['1', '2', '10']);
    expect(sortClasses(['b', 'B', 'a'])).toEqual(['B', 'a', 'b']);
  });
});

describe('task inference', () => {
  it.each([
    [['yes', 'no', 'yes'], preds(['yes', 'no', 'no']), 'binary', /categorical with 2/],
    [[0, 1, 2, 1], preds([0, 1, 2, 2]), 'multiclass', /integer with 3/],
    [[1.5, 2.25, 3], preds([1.4, 2.2, 3.1]), 'regression', /fractional values/],
    [[1, 2, 3, 4], preds([1.1, 2.2, 2.9, 4.2]), 'regression', /predictions have fractional/],
    [
      Array.from({ length: 30 }, (_, i) => i),
      preds(Array.from({ length: 30 }, (_, i) => i)),
      'regression',
      /30 distinct/,
    ],
    [[0, 1, 1], preds(undefined, { classes: ['1'], columns: [[0.2, 0.7, 0.9]] }), 'binary', /2 class/],
  ])('%j → %s', (y, p, task, reason) => {
    const inferred = inferTask(target(y), p);
    expect(inferred.task).toBe(task);
    expect(inferred.reason).toMatch(reason);
  });
});

describe('encode: bad input is a clear error', () => {
  const binary = { task: 'binary' as const, threshold: 0.5 };
  it.each([
    ['count mismatch', target([0, 1, 1]), preds([0, 1]), /holdout has 3 rows but preds.csv gave 2/],
    ['NaN prediction', target([0, 1]), preds([0, null]), /missing or NaN values in rows 2/],
    [
      'NaN probability',
      target([0, 1]),
      preds(undefined, { classes: ['1'], columns: [[0.1, Number.NaN]] }),
      /NaN or missing in rows 2/,
    ],
    [
      'probability above 1',
      target([0, 1]),
      preds(undefined, { classes: ['1'], columns: [[0.1, 1.5]] }),
      /outside \[0, 1\] in rows 2/,
    ],
    ['unseen class', target(['a', 'b', 'a']), preds(['a', 'c', 'b']), /predicts class\(es\) 'c'/],
    ['missing target', target([0, null]), preds([0, 1]), /target column 'y' has missing values in rows 2/],
  ])('%s', (_, y, p, message) => {
    expect(() => encode(y, p, binary)).toThrow(message);
  });

  it('warns when multiclass probabilities do not sum to 1', () => {
    const encoded = encode(
      target([0, 1, 2]),
      preds(undefined, {
        classes: ['0', '1', '2'],
        columns: [
          [0.5, 0.1, 0.1],
          [0.5, 0.8, 0.1],
          [0.2, 0.1, 0.8],
        ],
      }),
      {
        task: 'multiclass',
        threshold: 0.5,
      },
    );
    expect(encoded.warnings.join()).toMatch(/1 row\(s\) do not sum to 1/);
  });

  it('rejects a positive-label that is not a class and a regression target that is text', () => {
    expect(() => encode(target([0, 1]), preds([0, 1]), { ...binary, positiveLabel: 'yes' })).toThrow(
      /positive-label 'yes'/,
    );
    expect(() => encode(target(['a', 'b']), preds([1, 2]), { task: 'regression', threshold: 0.5 })).toThrow(
      /not numeric/,
    );
  });
});

describe('encode: binary and multiclass', () => {
  it('takes the greater class as positive and thresholds the score (>=)', () => {
    const encoded = encode(
      target(['no', 'yes', 'yes']),
      preds(['no', 'no', 'yes'], { classes: ['yes'], columns: [[0.2, 0.5, 0.9]] }),
      {
        task: 'binary',
        threshold: 0.5,
      },
    );
    expect(encoded.positiveLabel).toBe('yes');
    expect(encoded.data.task === 'binary' && Array.from(encoded.data.yPred)).toEqual([0, 1, 1]);
    expect(encoded.warnings).toEqual([
      'preds.csv: the prediction column disagrees with probability >= 0.5 on 1 row(s); label metrics use the threshold',
    ]);
  });

  it('uses 1 − p of the negative class when only that column exists', () => {
    const encoded = encode(target([0, 1]), preds(undefined, { classes: ['0'], columns: [[0.8, 0.3]] }), {
      task: 'binary',
      threshold: 0.5,
    });
    expect(encoded.data.task === 'binary' && Array.from(encoded.data.score ?? [])).toEqual([0.19999999999999996, 0.7]);
  });

  it('accepts a single-class holdout with the other class predicted', () => {
    const encoded = encode(target([1, 1, 1]), preds([1, 0, 1]), { task: 'binary', threshold: 0.5 });
    expect(encoded.data.task === 'binary' && encoded.data.classes).toEqual(['0', '1']);
  });

  it('argmaxes probabilities in class order for multiclass (first of ties)', () => {
    const encoded = encode(
      target(['b', 'a', 'c']),
      preds(undefined, {
        classes: ['c', 'a', 'b'],
        columns: [
          [0.1, 0.2, 0.4],
          [0.45, 0.4, 0.3],
          [0.45, 0.4, 0.3],
        ],
      }),
      { task: 'multiclass', threshold: 0.5 },
    );
    expect(encoded.data.task === 'multiclass' && [encoded.data.classes, Array.from(encoded.data.yPred)]).toEqual([
      ['a', 'b', 'c'],
      [0, 0, 2],
    ]);
  });
});

describe('alignment by id', () => {
  it('reorders predictions to holdout order', () => {
    const index = alignById(['a', 'b', 'c'], ['c', 'a', 'b'], 'p.csv');
    expect(Array.from(index)).toEqual([1, 2, 0]);
    const raw = preds(['C', 'A', 'B']);
    expect(reorder(raw, index).prediction?.text).toEqual(['A', 'B', 'C']);
  });
  it.each([
    [['a', 'b'], ['a', 'a', 'b'], /duplicate id/],
    [['a', 'b'], ['a', 'b', 'z'], /1 id\(s\) the holdout does not have, e.g. 'z'/],
    [['a', 'b'], ['a'], /no prediction for 1 holdout id\(s\), e.g. 'b'/],
  ])('%j vs %j', (holdout, predictions, message) => {
    expect(() => alignById(holdout, predictions, 'p.csv')).toThrow(message);
  });
});

describe('score-columns', () => {
  it('reads one column or class=column pairs', () => {
    expect(parseScoreSpec([])).toBeUndefined();
    expect(parseScoreSpec(['p1'])).toEqual({ kind: 'single', column: 'p1' });
    expect(parseScoreSpec(['setosa=ps', '1.0=p1'])).toEqual({
      kind: 'pairs',
      pairs: [
        ['setosa', 'ps'],
        ['1', 'p1'],
      ],
    });
    expect(() => parseScoreSpec(['a=', 'b=c'])).toThrow(/not 'class=column'/);
  });
});

describe('payload formats', () => {
  const batch: FeatureBatch = {
    columns: ['x', 'color'],
    rows: [
      [0.5, 'red'],
      [null, 'blue'],
    ],
  };
  it('encodes each format', () => {
    expect(encodeRequest('mlflow', batch)).toEqual({ dataframe_split: { columns: ['x', 'color'], data: batch.rows } });
    expect(encodeRequest('kserve-v1', batch)).toEqual({ instances: batch.rows });
    expect(encodeRequest('records', batch)).toEqual([
      { x: 0.5, color: 'red' },
      { x: null, color: 'blue' },
    ]);
    expect(encodeRequest('kserve-v2', batch)).toEqual({
      parameters: { content_type: 'pd' },
      inputs: [
        { name: 'x', shape: [2], datatype: 'FP64', data: [0.5, null] },
        { name: 'color', shape: [2], datatype: 'BYTES', data: ['red', 'blue'] },
      ],
    });
    expect(
      encodeRequest('kserve-v2', {
        columns: ['a', 'b'],
        rows: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toEqual({
      inputs: [{ name: 'input-0', shape: [2, 2], datatype: 'FP64', data: [1, 2, 3, 4] }],
    });
  });

  it('decodes labels, probability vectors and objects', () => {
    expect(decodeResponse('mlflow', { predictions: [1, 0] }, 2)).toEqual([{ label: 1 }, { label: 0 }]);
    expect(decodeResponse('mlflow', [[0.2, 0.8]], 1)).toEqual([{ proba: [0.2, 0.8] }]);
    expect(decodeResponse('kserve-v1', { predictions: [[0.3]] }, 1)).toEqual([{ label: 0.3 }]);
    expect(decodeResponse('records', [{ prediction: 'a', proba_a: 0.9, proba_b: 0.1 }], 1)).toEqual([
      { label: 'a', proba: { a: 0.9, b: 0.1 } },
    ]);
    expect(decodeResponse('mlflow', { predictions: [{ label: 1, probabilities: { 0: 0.4, 1: 0.6 } }] }, 1)).toEqual([
      { label: 1, proba: { 0: 0.4, 1: 0.6 } },
    ]);
    expect(
      decodeResponse(
        'kserve-v2',
        {
          outputs: [
            { name: 'predict', shape: [2], datatype: 'INT64', data: [1, 0] },
            { name: 'predict_proba', shape: [2, 2], datatype: 'FP64', data: [0.1, 0.9, 0.7, 0.3] },
          ],
        },
        2,
      ),
    ).toEqual([
      { label: 1, proba: [0.1, 0.9] },
      { label: 0, proba: [0.7, 0.3] },
    ]);
  });

  it.each([
    ['mlflow', { predictions: [1] }, 2, /1 predictions for 2 rows/],
    ['mlflow', { result: [1, 2] }, 2, /needs a 'predictions' list/],
    ['kserve-v2', { outputs: [{ name: 'p', shape: [3], data: [1, 2, 3] }] }, 2, /shape \[3\]/],
    ['kserve-v2', {}, 2, /'outputs' list/],
    ['records', [{ foo: 1 }], 1, /none of the keys/],
    ['records', [['a', 'b']], 1, /not all numbers/],
  ] as const)('%s malformed %j', (format, body, rows, message) => {
    expect(() => decodeResponse(format, body, rows)).toThrow(message);
  });

  it('assembles positional probabilities in sorted class order and reads bare probabilities as scores', () => {
    const positional = assemblePredictions([{ proba: [0.2, 0.8] }, { proba: [0.6, 0.4] }], 'srv', {
      classOrder: ['0', '1'],
      binaryTarget: true,
    });
    expect(positional.scores?.classes).toEqual(['0', '1']);
    const bare = assemblePredictions([{ label: 0.2 }, { label: 0.75 }], 'srv', {
      classOrder: ['0', '1'],
      binaryTarget: true,
    });
    expect(bare.prediction).toBeUndefined();
    expect(bare.scores?.classes).toBeNull();
    expect(() =>
      assemblePredictions([{ proba: [0.2, 0.3, 0.5] }], 'srv', { classOrder: ['0', '1'], binaryTarget: true }),
    ).toThrow(/3 probabilities per row but the holdout target has 2 classes/);
  });
});
