/**
 * Electron glue: app lifecycle, the window, menus and IPC registration. Everything with
 * behaviour lives in ./services (plain Node) and ../core; this file only connects them.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { wrapHandlerTable } from '../core/bridge/wrapHandlerTable'
import type { EventName, EventPayloads } from '../core/ipc'
import { buildMenu } from './buildMenu'
import { createServices } from './services/createServices'
import type { DialogPort } from './services/ports/DialogPort'
import { TestDialogPort } from './services/ports/TestDialogPort'
import { restoreBounds } from './services/window/restoreBounds'

const isTest = process.env.COPYDESK_TEST === '1'
// Tests give each run its own profile and documents folder.
if (process.env.COPYDESK_USER_DATA) app.setPath('userData', process.env.COPYDESK_USER_DATA)
const documentsDir = process.env.COPYDESK_DOCUMENTS ?? app.getPath('documents')

if (!app.requestSingleInstanceLock()) {
  app.quit()
  process.exit(0)
}

let mainWindow: BrowserWindow | null = null
const rendererUrl = process.env.ELECTRON_RENDERER_URL
const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const rendererOrigin = rendererUrl ? new URL(rendererUrl).origin : pathToFileURL(rendererFile).href

function emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  mainWindow?.webContents.send(event, payload)
}

const electronDialogs: DialogPort = {
  async openFiles({ purpose, filters }) {
    const result = await dialog.showOpenDialog(mainWindow!, {
      title: purpose === 'import' ? 'Import articles' : purpose === 'photo' ? 'Add photos' : 'Open article',
      properties: ['openFile', 'multiSelections'],
      filters
    })
    return result.canceled ? null : result.filePaths
  },
  async chooseFolder(opts) {
    const result = await dialog.showOpenDialog(mainWindow!, {
      title: opts?.purpose === 'export' ? 'Export to folder' : 'Choose workspace folder',
      properties: ['openDirectory', 'createDirectory']
    })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
}
const testDialogs = new TestDialogPort()
// The end-to-end fixture answers dialogs through this (electronApp.evaluate), never the UI.
if (isTest) (globalThis as Record<string, unknown>).__copydeskTestDialogs = testDialogs

const services = createServices({
  appDataDir: app.getPath('userData'),
  documentsDir,
  sampleDir: join(app.getAppPath(), 'resources/sample-workspace'),
  dialog: isTest ? testDialogs : electronDialogs,
  shell: { openExternal: (url) => shell.openExternal(url) },
  emit
})
const invoke = wrapHandlerTable(services.table)

/** Only our own window's top frame may call main. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? ''
  return event.sender === mainWindow?.webContents && (rendererUrl ? url.startsWith(rendererOrigin) : url === rendererOrigin)
}

function registerIpc(): void {
  for (const channel of Object.keys(services.table)) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!isTrustedSender(event)) throw new Error(`Refused ${channel} from an untrusted frame`)
      return invoke(channel, args)
    })
  }
}

async function createWindow(): Promise<void> {
  const settings = await services.settings()
  const bounds = restoreBounds(settings.get().windowBounds, screen.getAllDisplays().map((d) => d.workArea))
  mainWindow = new BrowserWindow({
    ...bounds,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#f3f3f1',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Our own offline dictionary underlines misspellings; Chromium's would download one.
      spellcheck: false
    }
  })
  if (settings.get().windowBounds?.maximized) mainWindow.maximize()
  mainWindow.once('ready-to-show', () => mainWindow?.show())

  const saveBounds = (): void => {
    if (!mainWindow || mainWindow.isMinimized()) return
    const b = mainWindow.getNormalBounds()
    void settings.update({ windowBounds: { ...b, maximized: mainWindow.isMaximized() } })
  }
  mainWindow.on('resize', saveBounds)
  mainWindow.on('move', saveBounds)
  mainWindow.on('close', saveBounds)
  mainWindow.on('closed', () => {
    mainWindow = null
  })

  const contents = mainWindow.webContents
  // No navigation away from the app, no new windows; web links go to the browser.
  contents.on('will-navigate', (e) => e.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })

  if (rendererUrl) await mainWindow.loadURL(rendererUrl)
  else await mainWindow.loadFile(rendererFile)
}

app.on('second-instance', (_event, argv) => {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  const files = argv.slice(1).filter((a) => !a.startsWith('-') && /\.(txt|md|markdown|html?)$/i.test(a))
  if (files.length) void services.openPaths(files).then((opened) => emit('files:opened', { files: opened }))
})

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault())
})

app.whenReady().then(async () => {
  // No permission (camera, notifications, geolocation…) is ever granted to page content.
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false))
  registerIpc()
  Menu.setApplicationMenu(buildMenu((command) => emit('menu:command', { command }), !app.isPackaged))
  await createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

let flushed = false
app.on('before-quit', (event) => {
  if (flushed) return
  event.preventDefault()
  void services.flush().finally(() => {
    flushed = true
    app.quit()
  })
})
