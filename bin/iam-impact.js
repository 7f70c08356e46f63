#!/usr/bin/env node
// The committed bundle, so that `npx iam-impact` works in a clean clone with no build step.
import '../dist/cli/index.js';
