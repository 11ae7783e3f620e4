/** Which documents of a gold file to use: the tuning half, the held-out half, or all. */
export type Half = 'dev' | 'test' | 'all'
