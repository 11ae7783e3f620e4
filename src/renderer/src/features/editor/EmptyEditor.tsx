import { formatAccelerator } from '../../commands/matchAccelerator'
import { useApp } from '../../app/AppContext'

/** What the editor shows with no article open: the three ways to get one. */
export function EmptyEditor(): React.JSX.Element {
  const { runCommand } = useApp()
  return (
    <main className="editor-pane editor-empty">
      <div className="empty-card">
        <h1>No article open</h1>
        <p>Pick one from the library, or:</p>
        <ul>
          <li>
            <button type="button" onClick={() => runCommand('article.new')}>New article</button>{' '}
            <kbd>{formatAccelerator('CmdOrCtrl+N')}</kbd>
          </li>
          <li>
            <button type="button" onClick={() => runCommand('file.open')}>Open a file…</button>{' '}
            <kbd>{formatAccelerator('CmdOrCtrl+O')}</kbd>
          </li>
          <li>Drop a .txt, .md or .html file anywhere on the window.</li>
        </ul>
      </div>
    </main>
  )
}
