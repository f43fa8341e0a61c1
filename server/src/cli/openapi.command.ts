import type { Command } from 'commander';

export function registerOpenapiCommand(program: Command): void {
  program.command('openapi')
    .description('print the OpenAPI document generated from the route declarations')
    .action(async () => {
      // Loaded here, not at the top: the document is built from every route (see serve.command.ts).
      const { buildOpenApiDocument } = await import('../http/openapi-document.ts');
      process.stdout.write(JSON.stringify(buildOpenApiDocument(), null, 2) + '\n');
    });
}
