/**
 * Where services report what they recovered from (a corrupt state file, an unreadable sample).
 * Injected so tests stay quiet and main can route it to its own log; console by default.
 */
export interface Logger {
  info(message: string, ...details: unknown[]): void
  warn(message: string, ...details: unknown[]): void
  error(message: string, ...details: unknown[]): void
}
