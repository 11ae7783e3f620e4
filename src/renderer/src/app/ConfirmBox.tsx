import { useState, type ReactNode } from 'react'

interface Props {
  /** The accessible name of the question (an alertdialog). */
  label: string
  className?: string
  /** What happens if the user confirms, said before they do. */
  children: ReactNode
  confirmLabel: string
  onCancel: () => void
  /** Runs the destructive action; the button stays disabled until it settles. */
  onConfirm: () => Promise<void>
}

/** An inline "are you sure" for a destructive action: the consequences, Cancel, and a danger button. */
export function ConfirmBox({ label, className, children, confirmLabel, onCancel, onConfirm }: Props): React.JSX.Element {
  const [busy, setBusy] = useState(false)
  return (
    <div className={className ? `confirm-box ${className}` : 'confirm-box'} role="alertdialog" aria-label={label}>
      <p>{children}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void onConfirm().finally(() => setBusy(false))
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  )
}
