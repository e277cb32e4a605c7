/** The public contract of an action, as its `action.yml` declares it. */
export interface InputSpec {
  readonly description: string;
  readonly required?: boolean;
  readonly default?: string;
}

export interface OutputSpec {
  readonly description: string;
}

export interface ActionContract {
  readonly name: string;
  readonly description: string;
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly outputs: Readonly<Record<string, OutputSpec>>;
}

export type InputName<C extends ActionContract> = keyof C['inputs'] & string;
export type OutputName<C extends ActionContract> = keyof C['outputs'] & string;
