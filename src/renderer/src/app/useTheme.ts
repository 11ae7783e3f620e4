import { useEffect } from 'react'
import type { Theme } from './uiReducer'

/**
 * Sets data-theme on the document: the OS colour scheme while the choice is 'system' (following
 * it live), or the user's fixed light/dark. The stylesheet keys its dark palette on it alone.
 */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement
    if (theme !== 'system') {
      root.dataset.theme = theme
      return
    }
    const query = window.matchMedia('(prefers-color-scheme: dark)')
    const apply = (): void => {
      root.dataset.theme = query.matches ? 'dark' : 'light'
    }
    apply()
    query.addEventListener('change', apply)
    return () => query.removeEventListener('change', apply)
  }, [theme])
}
