import { createReadStream } from 'node:fs'
import { inputError } from '../errors.js'
import { streamWxr } from './wxr.js'
import type { WxrOptions } from './wxr.js'
import type { ReadPost } from './rest.js'

/**
 * Streams a WXR export file from disk (Node only): chunks of UTF-8 text go to `streamWxr`, which
 * calls `onPost` as each post closes. `path` is also the name used in positions and errors.
 */
export async function streamWxrFile(
  path: string,
  options: WxrOptions,
  onPost: (post: ReadPost) => void | Promise<void>,
  displayPath: string = path,
): Promise<{ posts: number }> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 })
  stream.setEncoding('utf8')
  try {
    return await streamWxr(stream as AsyncIterable<string>, displayPath, options, onPost)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw inputError(displayPath, 'file not found')
    if (code === 'EISDIR') throw inputError(displayPath, 'is a directory, not a WordPress export')
    if (code) throw inputError(displayPath, `cannot be read: ${(error as Error).message}`)
    throw error
  } finally {
    stream.destroy()
  }
}
