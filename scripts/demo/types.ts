/** What each action's demo step receives and returns (scripts/demo/<action>.ts). */
export interface DemoContext {
  /** The repository root. */
  readonly root: string;
  /** This step's own output folder under demo-output/. */
  readonly outDir: string;
  /** Whether a Docker Engine answered a ping. */
  readonly docker: boolean;
  readonly log: (line: string) => void;
  /** Outputs of the steps that ran before, by action name. */
  readonly previous: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface DemoResult {
  /** One line: what the step decided, or why it was skipped. */
  readonly verdict: string;
  readonly reportDir?: string;
  readonly outputs?: Readonly<Record<string, string>>;
  /** True when the step did not run (no Docker, no cluster). */
  readonly skipped?: boolean;
}

export type DemoStep = (context: DemoContext) => Promise<DemoResult>;
