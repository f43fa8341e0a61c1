import type { Actor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';

/** Hono's per-request variables: who is calling, and the request id for logs and problems. */
export interface HttpEnv {
  Variables: {
    ctx: AppContext;
    actor: Actor;
    requestId: string;
  };
}
