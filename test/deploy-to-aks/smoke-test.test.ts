import { describe, expect, it } from 'vitest';
import { checkAnswer, parseExpectation, readJsonPath } from '../../actions/deploy-to-aks/smoke-test.js';
import { summaryMarkdown } from '../../actions/deploy-to-aks/report.js';
import { newRecord } from '../../actions/deploy-to-aks/record.js';

describe('smoke-test-expect', () => {
  it.each([
    ['200', { status: 200 }],
    ['201 $.id', { status: 201, jsonPath: '$.id', op: 'exists' }],
    ['200 $.prediction exists', { status: 200, jsonPath: '$.prediction', op: 'exists' }],
    ['200 $.label == churn', { status: 200, jsonPath: '$.label', op: '==', value: 'churn' }],
    ['200 $.items[0].label != "spam"', { status: 200, jsonPath: '$.items[0].label', op: '!=', value: 'spam' }],
  ])('%s', (text, expected) => {
    expect(parseExpectation(text)).toEqual(expected);
  });

  it.each(['ok', '200 prediction', '20 $.x', '200 $.x =='])('rejects %s', (text) => {
    expect(() => parseExpectation(text)).toThrow(/smoke-test-expect/);
  });

  it('reads JSON paths and checks answers', () => {
    const body = { predictions: [{ label: 1, proba: [0.2, 0.8] }], status: 'ok' };
    expect(readJsonPath(body, '$.predictions[0].proba[1]')).toBe(0.8);
    expect(readJsonPath(body, '$.missing.deeper')).toBeUndefined();
    const text = JSON.stringify(body);
    expect(checkAnswer(parseExpectation('200 $.predictions exists'), 200, text)).toBeUndefined();
    expect(checkAnswer(parseExpectation('200 $.status == ok'), 200, text)).toBeUndefined();
    expect(checkAnswer(parseExpectation('200 $.predictions[0].label == 1'), 200, text)).toBeUndefined();
    expect(checkAnswer(parseExpectation('200 $.status == ready'), 200, text)).toBe(
      '$.status is "ok", expected "ready"',
    );
    expect(checkAnswer(parseExpectation('200 $.nope'), 200, text)).toBe('$.nope is missing from the answer');
    expect(checkAnswer(parseExpectation('200'), 503, '')).toBe('expected HTTP 200, got 503');
    expect(checkAnswer(parseExpectation('200 $.x'), 200, '<html>')).toMatch(/expected a JSON body/);
  });
});

describe('summary.md', () => {
  it('puts the verdict first and shows the diagnosis with the last log lines', () => {
    const record = newRecord({
      strategy: 'rolling',
      action: 'deploy',
      dryRun: false,
      namespace: 'ml',
      lineage: {},
      image: 'r.io/m:2',
    });
    Object.assign(record, {
      status: 'rolled-back',
      deployedImage: 'r.io/m:1',
      previousImage: 'r.io/m:1',
      revision: '3',
      error: 'The rollout of m failed',
      diagnosis: {
        summary: 'CrashLoopBackOff',
        pods: [
          { pod: 'm-1', cause: 'CrashLoopBackOff', message: 'keeps crashing', logs: ['Traceback', 'KeyError: model'] },
        ],
      },
      rollback: { kind: 'previous-template', ok: true, message: 'restored r.io/m:1' },
    });
    const md = summaryMarkdown(record);
    expect(md.split('\n')[0]).toBe('❌ deploy-to-aks: release of `r.io/m:2` failed and was rolled back to `r.io/m:1`');
    expect(md).toContain('| m-1 | CrashLoopBackOff | keeps crashing |');
    expect(md).toContain('```\nTraceback\nKeyError: model\n```');
    expect(md).toContain('| Rollback | restored r.io/m:1 |');
  });
});
