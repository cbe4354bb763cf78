import type { CliIO } from './io.js';

export type OutputFormat = 'text' | 'json';

/** Stable JSON: two-space indent, trailing newline. */
export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Colour only on a TTY and when NO_COLOR is not set. */
export function useColour(stream: CliIO['stdout']): boolean {
  return stream.isTTY === true && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

/** Parses an option whose value must be one of `choices`; throws a usage error otherwise. */
export function choice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageProblem(`--${name} must be one of ${choices.join(', ')} (got "${value}")`);
}

/** Thrown by option parsers; main() turns it into a one-line message and exit 2. */
export class UsageProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageProblem';
  }
}

/** Parses a number option within [min, max]. */
export function numberOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new UsageProblem(`--${name} must be a number from ${min} to ${max} (got "${value}")`);
  }
  return n;
}
