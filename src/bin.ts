#!/usr/bin/env node
// The file `tcp-drill` runs (dist/cli.js). It turns on Node's compile cache first, so the
// next run reads the chunks' compiled code instead of compiling them again (Node >= 22.8;
// older Node has no such function and simply compiles). A static import of the CLI would
// be compiled before the cache is on, hence the dynamic one.
import nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./cli.js');
