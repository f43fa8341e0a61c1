import { buildCli } from './cli/cli.ts';
import { AppError } from './errors/app-error.ts';

/** What went wrong, for the terminal: an application error with its code and the field it concerns. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error instanceof AppError ? `${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}` : error.message;
}

/** Composition root: the CLI parses the command, each command loads config and opens what it needs. */
export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`fupin openapi | head`) is not a failure of the command.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`fupin: ${describeFailure(error)}\n`);
    process.exitCode = 1;
  }
}
