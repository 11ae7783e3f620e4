#!/usr/bin/env node
// The `copydesk` command. tsx compiles src/cli on the fly, so the command line runs the very
// sources the app is built from, with no separate build step to fall out of date.
import { register } from 'tsx/esm/api'

register()
// `copydesk … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
