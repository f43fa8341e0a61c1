import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript module of the server. The server runs its sources
 * through tsx (no build step), and a worker thread does not inherit the main thread's module
 * hooks: the worker registers tsx itself before it imports the module.
 */
export function startTypeScriptWorker(module: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Requests to a worker that answers each one in order with one message: `{ error }` as an answer,
 * the worker's crash or its exit fails the request waiting and every later one, naming the worker.
 */
export function askInOrder<Request, Answer extends object>(worker: Worker, name: string): (request: Request) => Promise<Answer> {
  const waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (reply: Answer | { error: string }) => {
    if ('error' in reply && typeof reply.error === 'string') fail(new Error(`${name} failed: ${reply.error}`));
    else waiting.shift()?.resolve(reply as Answer);
  });
  worker.on('error', (error) => fail(new Error(`${name} failed: ${error.message}`)));
  worker.on('exit', (code) => fail(new Error(`${name} stopped (exit code ${code})`)));
  return (request) => new Promise((resolve, reject) => {
    if (failure) return reject(failure);
    waiting.push({ resolve, reject });
    worker.postMessage(request);
  });
}
