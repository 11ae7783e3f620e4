import { CopydeskDB } from './CopydeskDB'

/** The one database instance of the renderer. */
export const db = new CopydeskDB()
