/** A change to a stored value, made from the value as stored at the moment it is saved. */
export type Updater<T> = (current: T) => T
