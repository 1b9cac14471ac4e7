import { inputError } from '../errors.js'
import { readHtml } from './html.js'
import { parseJsonText, readRest } from './rest.js'
import type { ReadOptions, ReadPost } from './rest.js'

/** Reads a whole WordPress export held in memory (`readWxrText` from ./wxr.js). */
export type WxrTextReader = (text: string, path: string, options: ReadOptions) => ReadPost[]

const WXR_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<rss[\s>]/

/** Whether text (or its first few kilobytes) is a WordPress export (WXR, an RSS document). */
export function isWxrText(text: string): boolean {
  return WXR_START.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
}

/**
 * Reads a file's text into posts, choosing the reader from the content: JSON (WordPress REST
 * API), a WordPress export (WXR, read with `readWxr`), or HTML. `path` names the file in
 * positions and errors.
 */
export function readTextWith(readWxr: WxrTextReader | undefined, text: string, path: string, options: ReadOptions = {}): ReadPost[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (!text.trim()) throw inputError(path, 'file is empty')
  if (text.slice(0, 8000).includes('\u0000')) throw inputError(path, 'file is binary, not a WordPress post (JSON or HTML)')
  const first = text.trimStart()[0]
  if (first === '{' || first === '[' || /\.json$/i.test(path)) {
    return readRest(parseJsonText(text, path), text, path, options)
  }
  if (isWxrText(text)) {
    if (!readWxr) throw new Error('the WXR reader is not loaded: call loadWxrReader() first')
    return readWxr(text, path, options)
  }
  if (first !== '<' && !/<[a-z][\s\S]*>/i.test(text.slice(0, 4000))) {
    throw inputError(path, 'not a WordPress post: expected REST API JSON, a WXR export or HTML')
  }
  return [readHtml(text, path)]
}

let wxrReader: WxrTextReader | undefined

/**
 * Loads the WXR reader (and its XML parser) once. The CLI calls it when an input is an export,
 * so a run over JSON or HTML posts never loads the XML parser.
 */
export async function loadWxrReader(): Promise<void> {
  wxrReader ??= (await import('./wxr.js')).readWxrText
}

/**
 * `readText` from ./index.js without loading the WXR reader up front: for an export
 * (`isWxrText(text)`), await `loadWxrReader()` first.
 */
export function readText(text: string, path: string, options: ReadOptions = {}): ReadPost[] {
  return readTextWith(wxrReader, text, path, options)
}
