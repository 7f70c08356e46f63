import { realDeps } from './action/real-deps.js';
import { run } from './main.js';
await run(realDeps());
