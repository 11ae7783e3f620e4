import { useEffect } from 'react'
import type { Theme } from './uiReducer'

/** Applies the theme: 'system' follows the OS (prefers-color-scheme), or a fixed light/dark. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [theme])
}
