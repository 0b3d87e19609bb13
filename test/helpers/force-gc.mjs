// Preloaded into the CLI by the hostile-server cases that need it (NODE_OPTIONS=--import): runs
// V8's garbage collector every 20 ms, so a timeout that lives only as long as nothing collects
// it (AbortSignal.timeout inside AbortSignal.any on Node 20) is shown to be lost.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
setInterval(gc, 20).unref();
