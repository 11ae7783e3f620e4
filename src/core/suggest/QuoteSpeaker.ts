/**
 * Who said a quote. `name` is the resolved person ("Dmitry Peskov"); `start`/`end` mark the
 * mention that attributes the quote locally ("He", "the Kremlin spokesman", "Peskov"), so the UI
 * can show where the attribution comes from and the scorer can compare mentions.
 */
export interface QuoteSpeaker {
  name: string
  start?: number
  end?: number
  entityId?: string
}
