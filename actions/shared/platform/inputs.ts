import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { ActionContract, InputName } from './contract.js';
import { parseDuration } from './duration.js';

/** The slice of a platform that inputs are read through. */
export interface InputSource {
  rawInput(name: string): string | undefined;
  setSecret(value: string): void;
}

export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  /** When true, only whole numbers are allowed. */
  readonly integer?: boolean;
}

const YAML_TRUE = new Set(['true', 'True', 'TRUE']);
const YAML_FALSE = new Set(['false', 'False', 'FALSE']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Typed access to an action's inputs. Names are checked against the action's
 * contract at compile time; defaults come from the contract, so every backend
 * (GitHub fills them itself, Azure and the CLI do not) sees the same values.
 */
export class Inputs<C extends ActionContract> {
  constructor(
    private readonly source: InputSource,
    private readonly contract: C,
  ) {}

  /** The trimmed value, the contract's default, or undefined. */
  string(name: InputName<C>): string | undefined {
    const given = this.source.rawInput(name)?.trim();
    if (given !== undefined && given !== '') return given;
    const fallback = this.contract.inputs[name]?.default;
    // A GitHub expression default (`${{ github.token }}`) is evaluated by the
    // runner, which then passes the value; elsewhere it means nothing.
    return fallback === undefined || fallback === '' || fallback.includes('${{') ? undefined : fallback;
  }

  required(name: InputName<C>): string {
    const value = this.string(name);
    if (value === undefined) throw new InputError(name, '', 'a value (this input is required)');
    return value;
  }

  /** A value that is masked in every log from now on. */
  secret(name: InputName<C>): string | undefined {
    const value = this.string(name);
    if (value !== undefined) this.source.setSecret(value);
    return value;
  }

  /** A boolean in the YAML 1.2 core schema, as @actions/core reads it. */
  boolean(name: InputName<C>): boolean {
    const value = this.string(name) ?? 'false';
    if (YAML_TRUE.has(value)) return true;
    if (YAML_FALSE.has(value)) return false;
    throw new InputError(name, value, 'true or false (YAML 1.2 core schema: true, True, TRUE, false, False, FALSE)');
  }

  number(name: InputName<C>, range: NumberRange = {}): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const parsed = NUMBER.test(value) ? Number(value) : Number.NaN;
    const ok =
      Number.isFinite(parsed) &&
      (range.min === undefined || parsed >= range.min) &&
      (range.max === undefined || parsed <= range.max) &&
      (!range.integer || Number.isInteger(parsed));
    if (!ok) throw new InputError(name, value, describeRange(range));
    return parsed;
  }

  enum<const T extends string>(name: InputName<C>, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(name, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
    }
    return value as T;
  }

  /** Items split on newlines and commas, trimmed, empty ones dropped. */
  list(name: InputName<C>): string[] {
    return splitList(this.string(name) ?? '', /[\n,]/);
  }

  /** Items split on newlines only, for entries that may hold commas (`col=test`, gate expressions). */
  lines(name: InputName<C>): string[] {
    return splitList(this.string(name) ?? '', /\r?\n/);
  }

  /** A path, resolved against the working directory, that must exist unless told otherwise. */
  path(name: InputName<C>, options: { mustExist?: boolean } = {}): string | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const resolved = path.resolve(value);
    if ((options.mustExist ?? true) && !existsSync(resolved)) {
      throw new InputError(name, value, `an existing path (nothing at ${resolved})`);
    }
    return resolved;
  }

  /** A duration such as `10m`, `90s`, `1h30m` or `500ms`, in milliseconds. */
  duration(name: InputName<C>): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const ms = parseDuration(value);
    if (ms === undefined) throw new InputError(name, value, "a duration such as '30s', '10m', '1h30m' or '500ms'");
    return ms;
  }
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function describeRange(range: NumberRange): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  if (range.min !== undefined && range.max !== undefined) return `${kind} from ${range.min} to ${range.max}`;
  if (range.min !== undefined) return `${kind} of at least ${range.min}`;
  if (range.max !== undefined) return `${kind} of at most ${range.max}`;
  return kind;
}
