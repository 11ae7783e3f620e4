/**
 * The workspace folder's fixed layout (DESIGN.md, "Workspace folder"): the marker file and
 * its content, the top-level folders, and where trashed articles go.
 */
export const workspaceLayout = {
  markerFile: 'copydesk.json',
  marker: { format: 'copydesk-workspace', version: 1 },
  folders: ['articles', 'entities', 'sources', 'media'],
  articlesDir: 'articles',
  trashArticlesDir: '.trash/articles'
} as const
