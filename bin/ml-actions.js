#!/usr/bin/env node
// The CLI is bundled with the actions; see actions/cli/index.ts.
import '../dist/cli/index.js';
