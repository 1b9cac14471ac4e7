import { readRest } from './rest.js'
import { readTextWith } from './text.js'
import { readWxrText } from './wxr.js'
import type { ReadOptions, ReadPost } from './rest.js'

export type { ReadOptions, ReadPost, ReaderNotice } from './rest.js'
export { isWxrText } from './text.js'

/**
 * Reads a file's text into posts, choosing the reader from the content: JSON (WordPress REST
 * API), a WordPress export (WXR), or HTML. `path` names the file in positions and errors.
 */
export function readText(text: string, path: string, options: ReadOptions = {}): ReadPost[] {
  return readTextWith(readWxrText, text, path, options)
}

/** Reads an already parsed REST post object (or array of them), as the library's `lint` takes. */
export function readValue(value: unknown, path: string, options: ReadOptions = {}): ReadPost[] {
  return readRest(value, undefined, path, options)
}
