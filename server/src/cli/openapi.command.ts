import type { Command } from 'commander';
import { buildOpenApiDocument } from '../http/openapi-document.ts';

export function registerOpenapiCommand(program: Command): void {
  program.command('openapi')
    .description('print the OpenAPI document generated from the route declarations')
    .action(() => {
      process.stdout.write(JSON.stringify(buildOpenApiDocument(), null, 2) + '\n');
    });
}
