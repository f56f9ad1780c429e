#!/usr/bin/env node
// Entry point: the bundled CLI (npm run build writes dist/).
import "../dist/cli.js";
