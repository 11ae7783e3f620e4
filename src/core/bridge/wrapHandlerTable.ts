import { channelSchemas, type Channel, type HandlerTable } from '../ipc'

/** A transport-independent entry point: channel name and raw (untrusted) argument in, result out. */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>

/** Raised for a call that breaks the contract; its message is shown to the user as it is. */
export class IpcInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IpcInputError'
  }
}

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channelSchemas, name)
}

/**
 * The one wrapper both transports use (Electron's ipcMain and the browser test harness):
 * unknown channels and arguments that fail the channel's schema are rejected with a clear error
 * before any service code runs.
 */
export function wrapHandlerTable(table: HandlerTable): Invoke {
  return async (channel, args) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      throw new IpcInputError(`Unknown IPC channel: ${String(channel).slice(0, 80)}`)
    }
    const parsed = channelSchemas[channel].safeParse(args ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length ? issue.path.join('.') : 'arguments'
      throw new IpcInputError(`Invalid arguments for ${channel}: ${where} ${issue?.message ?? 'are invalid'}`)
    }
    const handler = table[channel] as (a: unknown) => Promise<unknown>
    return handler(parsed.data)
  }
}
