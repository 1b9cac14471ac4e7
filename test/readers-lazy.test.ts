import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readText as readAny } from '../src/readers/index.js'
import { isWxrText, loadWxrReader, readText } from '../src/readers/text.js'
import { root } from './helpers.js'

const wxr = readFileSync(join(root, 'fixtures/wxr/health-export.xml'), 'utf8')
const json = readFileSync(join(root, 'fixtures/posts/wp-post-424.json'), 'utf8')
/** Posts without the functions in their `source` (position mappers), which are new each read. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('readers/text.js (the WXR reader loaded on demand)', () => {
  it('reads JSON and HTML like readers/index.js without loading the WXR reader', () => {
    expect(plain(readText(json, 'post.json'))).toEqual(plain(readAny(json, 'post.json')))
    expect(plain(readText('<h2>a</h2>', 'post.html'))).toEqual(plain(readAny('<h2>a</h2>', 'post.html')))
    expect(() => readText('', 'x.json')).toThrow('x.json: file is empty')
  })

  it('needs loadWxrReader() for an export, then reads it like readers/index.js', async () => {
    expect(isWxrText(wxr)).toBe(true)
    expect(() => readText(wxr, 'export.xml')).toThrow(/loadWxrReader/)
    await loadWxrReader()
    const posts = readText(wxr, 'export.xml')
    expect(posts.length).toBeGreaterThan(0)
    expect(plain(posts)).toEqual(plain(readAny(wxr, 'export.xml')))
  })
})
