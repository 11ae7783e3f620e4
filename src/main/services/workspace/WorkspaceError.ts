/**
 * A request the workspace cannot honour (a path outside it, a file that is not an article,
 * an unreachable folder). Its message is written for the person at the desk and goes back
 * over IPC as it is.
 */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkspaceError'
  }
}
