#!/usr/bin/env node
// The `copydesk` command. tsx compiles src/cli on the fly, so the command line runs the very
// sources the app is built from, with no separate build step to fall out of date.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
