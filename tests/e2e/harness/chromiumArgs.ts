/**
 * The Chromium flags DESIGN.md asks for on these machines (root: no sandbox; a closed network:
 * no background services; module scripts on file://). Shared by the e2e harness and the bench.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--allow-file-access-from-files'
]
