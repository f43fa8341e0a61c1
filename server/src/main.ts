import { buildCli } from './cli/cli.ts';

/** Composition root: the CLI parses the command, each command loads config and opens what it needs. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`fupin: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
