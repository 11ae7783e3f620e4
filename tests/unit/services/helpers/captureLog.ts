import type { Logger } from '../../../../src/main/services/Logger'

/** A Logger that records instead of printing, so tests can assert what was reported. */
export function captureLog(): Logger & { messages: { level: string; message: string }[] } {
  const messages: { level: string; message: string }[] = []
  return {
    messages,
    info: (message) => void messages.push({ level: 'info', message }),
    warn: (message) => void messages.push({ level: 'warn', message }),
    error: (message) => void messages.push({ level: 'error', message })
  }
}
