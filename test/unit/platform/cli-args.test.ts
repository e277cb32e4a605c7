import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../actions/cli/args.js';
import { renderActionHelp, renderHelp } from '../../../actions/cli/help.js';

const contracts = {
  'check-data-drift': {
    name: 'check-data-drift',
    description: 'Drift gate.',
    inputs: {
      reference: { description: 'Reference data.', required: true },
      current: { description: 'Current data.', required: true },
      threshold: { description: 'Threshold.' },
      'drift-share': { description: 'Share.', default: '0.5' },
      'fail-on-drift': { description: 'Fail.', default: 'true' },
    },
    outputs: { 'drift-detected': { description: 'Whether drift was found.' } },
  },
};

describe('CLI arguments', () => {
  it.each([
    [
      ['check-data-drift', '--reference', 'a.csv', '--current', 'b.csv'],
      { reference: 'a.csv', current: 'b.csv' },
      false,
    ],
    [
      ['check-data-drift', '--reference=a.csv', '--current', 'b.csv', '--json'],
      { reference: 'a.csv', current: 'b.csv' },
      true,
    ],
    [
      ['check-data-drift', '--reference', 'a.csv', '--reference', 'c.csv', '--current', 'b.csv'],
      { reference: 'a.csv\nc.csv', current: 'b.csv' },
      false,
    ],
    [
      ['check-data-drift', '--reference', 'a', '--current', 'b', '--fail-on-drift'],
      { reference: 'a', current: 'b', 'fail-on-drift': 'true' },
      false,
    ],
  ])('parses %j', (argv, inputs, json) => {
    expect(parseArgs(argv, contracts)).toMatchObject({ kind: 'run', action: 'check-data-drift', inputs, json });
  });

  it('routes help', () => {
    expect(parseArgs([], contracts)).toEqual({ kind: 'help' });
    expect(parseArgs(['--help'], contracts)).toEqual({ kind: 'help' });
    expect(parseArgs(['check-data-drift', '--help'], contracts)).toEqual({
      kind: 'action-help',
      action: 'check-data-drift',
    });
  });

  it('names an unknown action, an unknown input with a suggestion, and a missing required input', () => {
    expect(() => parseArgs(['check-drift'], contracts)).toThrow(
      "Unknown action 'check-drift'. Available: check-data-drift.",
    );
    expect(() => parseArgs(['check-data-drift', '--treshold', '0.1'], contracts)).toThrow(
      expect.objectContaining({
        message: "Unknown input '--treshold' for check-data-drift.",
        hint: 'Did you mean --threshold?',
      }),
    );
    expect(() => parseArgs(['check-data-drift', '--reference', 'a'], contracts)).toThrow(
      "Input 'current' is required for check-data-drift: pass --current <value>.",
    );
  });

  it('generates help from the contracts', () => {
    expect(renderHelp(contracts)).toContain('check-data-drift  Drift gate.');
    const help = renderActionHelp('check-data-drift', contracts['check-data-drift']);
    expect(help).toContain('--reference (required)');
    expect(help).toContain('--drift-share (default: "0.5")');
    expect(help).toContain('drift-detected\n      Whether drift was found.');
  });
});
