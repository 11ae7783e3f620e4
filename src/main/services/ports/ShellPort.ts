/** Electron's `shell`, reduced to what the services need; injected so they load in plain Node. */
export interface ShellPort {
  openExternal(url: string): Promise<void>
}
