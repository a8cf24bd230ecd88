// `node --import` this file to log the URL of every file the process loads, one a line, to
// the file named by TCP_DRILL_LOADS: then a test can tell which chunks a command loaded.
// Imported by --import it runs on the main thread and registers itself as the module hooks,
// whose functions below Node then calls from its hooks thread.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url, { data: process.env.TCP_DRILL_LOADS });

let log;

export function initialize(file) {
  log = file;
}

export async function load(url, context, nextLoad) {
  if (log && url.startsWith('file:')) appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}
