/**
 * Runs async tasks one at a time, in call order. The workspace store puts every change
 * (write, trash, restore, empty) through one of these so a compare-and-swap check and the
 * write that follows cannot interleave with another change from this process.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => task())
    // The next task waits for this one whether it succeeded or failed.
    this.tail = result.catch(() => undefined)
    return result
  }
}
