import { readFileSync, readdirSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MedlintError } from '../src/errors.js'
import { lint } from '../src/lint.js'
import { Analysis } from '../src/analysis.js'
import { readText } from '../src/readers/index.js'
import { mapDecodedToRaw, readWxrText, streamWxr } from '../src/readers/wxr.js'
import { streamWxrFile } from '../src/readers/wxr-file.js'
import type { ReadPost } from '../src/readers/index.js'
import type { FieldName, Point } from '../src/types.js'
import { corpusDir, errorOf, hasCorpus, root } from './helpers.js'

const fixtures = `${root}fixtures/wxr/`
const healthPath = `${fixtures}health-export.xml`
const health = readFileSync(healthPath, 'utf8')
const wxr10 = readFileSync(`${fixtures}wxr-1.0.xml`, 'utf8')

/** The file text from `point` on (1-based line and UTF-16 column). */
function textAt(text: string, point: Point): string {
  const lines = text.split('\n')
  const line = lines[point.line - 1]
  if (line === undefined) throw new Error(`no line ${point.line}`)
  return [line.slice(point.column - 1), ...lines.slice(point.line)].join('\n')
}

function locateText(text: string, rp: ReadPost, field: FieldName, offset?: number): string {
  return textAt(text, rp.post.source.locate(field, offset))
}

async function* chunks(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
}

async function streamAll(text: string, size: number, options = {}): Promise<ReadPost[]> {
  const posts: ReadPost[] = []
  const { posts: count } = await streamWxr(chunks(text, size), 'export.xml', options, (p) => {
    posts.push(p)
  })
  expect(count).toBe(posts.length)
  return posts
}


/** Checks that every letter or digit of the content is found at the file position it maps to. */
function checkContentPositions(text: string, rp: ReadPost, field: 'content' | 'title' | 'excerpt' = 'content'): number {
  const html = field === 'content' ? rp.post.contentHtml : field === 'title' ? rp.post.titleHtml : rp.post.excerptHtml
  const lines = text.split('\n')
  let checked = 0
  for (let i = 0; i < html.length; i++) {
    const ch = html[i]!
    if (!/[\p{L}\p{N}]/u.test(ch)) continue
    const p = rp.post.source.locate(field, i)
    const found = lines[p.line - 1]?.[p.column - 1]
    // A character written as a reference (`&#65;`) maps to its `&`.
    if (found !== ch && found !== '&') {
      throw new Error(`${rp.post.title}: ${field} offset ${i} (${JSON.stringify(ch)}) maps to ${p.line}:${p.column} (${JSON.stringify(found)})`)
    }
    checked++
  }
  return checked
}

describe('readWxrText: fields', () => {
  const posts = readWxrText(health, 'health-export.xml')

  it('reads only posts by default, in file order', () => {
    expect(posts.map((p) => p.post.id)).toEqual([424, 425])
    expect(posts.map((p) => p.post.source.index)).toEqual([0, 1])
    expect(posts.every((p) => p.post.source.kind === 'wxr' && p.post.source.path === 'health-export.xml')).toBe(true)
  })

  it('reads title, slug, link, status, dates, author and excerpt', () => {
    const { post } = posts[0]!
    expect(post.type).toBe('post')
    expect(post.title).toBe('Sciatica: causes & relief')
    expect(post.titleHtml).toBe('Sciatica: causes &amp; relief')
    expect(post.slug).toBe('sciatica-causes-relief')
    expect(post.link).toBe('https://health.example.org/sciatica-causes-relief/')
    expect(post.status).toBe('publish')
    expect(post.date).toBe('2025-03-03T09:00:00Z')
    expect(post.modified).toBe('2025-03-05T10:30:00Z')
    expect(post.author).toEqual({ id: 3, name: 'Dr. Amy Lee' })
    expect(post.excerpt).toBe('What sciatica is and what causes it.')
    expect(post.contentHtml).toContain('<code>if (a[b[0]]>1) { herniated(); }</code>')
  })

  it('reads categories and tags with term ids from the channel definitions', () => {
    const { post } = posts[0]!
    expect(post.categories).toEqual([{ id: 7, slug: 'back-pain', name: 'Back Pain', from: 'wxr' }])
    expect(post.tags).toEqual([
      { id: 21, slug: 'sciatica', name: 'Sciatica', from: 'wxr' },
      { id: 22, slug: 'nerve-pain', name: 'Nerve pain', from: 'wxr' },
    ])
    expect(post.categoryIds).toEqual([7])
    expect(post.tagIds).toEqual([21, 22])
    // A tag the channel does not define has a name and slug but no id.
    expect(posts[1]!.post.tags).toEqual([{ slug: 'blood-sugar', name: 'Blood sugar', from: 'wxr' }])
    expect(posts[1]!.post.tagIds).toEqual([])
  })

  it('reads Yoast SEO post meta', () => {
    expect(posts[0]!.post.seo).toEqual({
      from: 'yoast',
      focusKeyphrase: 'sciatica',
      description: 'Sciatica is nerve pain from the lower back to the leg. Learn the causes & when to see a doctor.',
    })
    expect(posts[1]!.post.seo).toEqual({ from: 'none' })
    expect((posts[0]!.post.raw?.['postmeta'] as Record<string, string>)['_yoast_wpseo_focuskw']).toBe('sciatica')
  })

  it('treats 0000-00-00 GMT dates as unknown and uses the local date, as the REST reader does', () => {
    const { post } = posts[1]!
    expect(post.status).toBe('draft')
    expect(post.date).toBe('2025-03-08T14:15:00')
    expect(post.modified).toBeUndefined()
    // An author the channel does not list keeps the login as name.
    expect(post.author).toEqual({ name: 'bwhite' })
    expect(post.title).toBe('Managing type 2 diabetes – a draft')
  })

  it('decodes content written as escaped text instead of CDATA', () => {
    expect(posts[1]!.post.contentHtml).toContain('diet, exercise & medicine.')
    expect(posts[1]!.post.contentHtml).toContain('Checking blood sugar <strong>regularly</strong> helps')
  })

  it('reads other post types when asked', () => {
    expect(readWxrText(health, 'x.xml', { postTypes: ['page'] }).map((p) => p.post.title)).toEqual(['About us'])
    expect(readWxrText(health, 'x.xml', { postTypes: ['post', 'page'] }).map((p) => p.post.id)).toEqual([424, 425, 2])
    expect(readWxrText(health, 'x.xml', { postTypes: ['any'] })).toHaveLength(4)
  })
})

describe('readWxrText: positions in the export file', () => {
  const posts = readWxrText(health, 'health-export.xml')
  const [first, second] = posts as [ReadPost, ReadPost]

  it('points fields at their elements', () => {
    expect(locateText(health, first, 'post')).toMatch(/^<item>/)
    expect(locateText(health, first, 'title')).toMatch(/^<title>/)
    expect(locateText(health, first, 'content')).toMatch(/^<content:encoded>/)
    expect(locateText(health, first, 'slug')).toMatch(/^<wp:post_name>/)
    expect(locateText(health, first, 'date')).toMatch(/^<wp:post_date_gmt>/)
    expect(locateText(health, first, 'modified')).toMatch(/^<wp:post_modified_gmt>/)
    expect(locateText(health, first, 'author')).toMatch(/^<dc:creator>/)
    expect(locateText(health, first, 'categories')).toMatch(/^<category domain="category"/)
    expect(locateText(health, first, 'tags')).toMatch(/^<category domain="post_tag" nicename="sciatica"/)
    expect(locateText(health, first, 'meta')).toMatch(/^<wp:meta_value><!\[CDATA\[Sciatica is nerve pain/)
    // The draft has no GMT date: its date is the local one.
    expect(locateText(health, second, 'date')).toMatch(/^<wp:post_date>/)
    // A field the item lacks points at the item.
    expect(locateText(health, second, 'meta')).toMatch(/^<item>/)
  })

  it('maps offsets inside CDATA to line:column, through a split CDATA section', () => {
    const html = first.post.contentHtml
    const word = html.indexOf('Sciatica is pain')
    expect(first.post.source.locate('content', word)).toEqual({ line: 45, column: 4 })
    expect(locateText(health, first, 'content', word)).toMatch(/^Sciatica is pain along/)
    const afterSplit = html.indexOf('1) { herniated')
    expect(locateText(health, first, 'content', afterSplit)).toMatch(/^1\) \{ herniated/)
    expect(locateText(health, first, 'content', html.indexOf('A herniated disc'))).toMatch(/^A herniated disc is/)
    // The end of the content is just before `]]>`.
    expect(locateText(health, first, 'content', html.length)).toMatch(/^\]\]><\/content:encoded>/)
    expect(checkContentPositions(health, first)).toBeGreaterThan(150)
    expect(checkContentPositions(health, first, 'title')).toBeGreaterThan(10)
  })

  it('maps offsets through character references in escaped content', () => {
    const html = second.post.contentHtml
    expect(locateText(health, second, 'content', html.indexOf('& medicine'))).toMatch(/^&amp; medicine/)
    expect(locateText(health, second, 'content', html.indexOf('<strong>'))).toMatch(/^&lt;strong&gt;regularly/)
    expect(locateText(health, second, 'content', html.indexOf('regularly'))).toMatch(/^regularly&lt;\/strong/)
    expect(checkContentPositions(health, second)).toBeGreaterThan(80)
    expect(locateText(health, second, 'title', second.post.titleHtml.indexOf('a draft'))).toMatch(/^a draft<\/title>/)
  })

  it('gives the same positions with CRLF line ends', () => {
    const crlf = health.replace(/\n/g, '\r\n')
    for (const rp of readWxrText(crlf, 'crlf.xml')) {
      expect(rp.post.contentHtml).not.toContain('\r')
      const lf = posts.find((p) => p.post.id === rp.post.id)!
      for (const offset of [0, 10, 200, rp.post.contentHtml.length]) {
        const a = rp.post.source.locate('content', offset)
        const b = lf.post.source.locate('content', offset)
        expect(a).toEqual(b)
      }
      checkContentPositions(crlf.replace(/\r/g, ''), rp)
    }
  })

  it('gives findings of lint() at file lines', async () => {
    const results = await lint(health, { filePath: 'health-export.xml', config: { rules: { 'heading-hierarchy': 'error' } } as never })
    expect(results.map((r) => r.postId)).toEqual([424, 425])
    for (const m of results.flatMap((r) => r.messages)) expect(m.line).toBeGreaterThan(40)
  })
})

describe('readWxrText: WXR 1.0, namespaces and plain RSS', () => {
  it('reads a WXR 1.0 export (tag domain "tag", duplicate categories without domain)', () => {
    const [rp] = readWxrText(wxr10, 'wxr-1.0.xml')
    expect(rp!.post.categories).toEqual([{ slug: 'nutrition', name: 'Nutrition', from: 'wxr' }])
    expect(rp!.post.tags).toEqual([{ slug: 'vitamin-d', name: 'Vitamin D', from: 'wxr' }])
    expect(rp!.post.date).toBe('2010-01-12T08:00:00Z')
    expect(checkContentPositions(wxr10, rp!)).toBeGreaterThan(50)
  })

  it('matches WordPress elements by namespace URI, not by prefix', () => {
    const text = wxr10
      .replace('xmlns:wp="http://wordpress.org/export/1.0/"', 'xmlns:wordpress="http://wordpress.org/export/1.1/" xmlns:wp="http://example.com/other/"')
      .replace(/<wp:(post_name|post_id|status|post_type|wxr_version)>/g, '<wordpress:$1>')
      .replace(/<\/wp:(post_name|post_id|status|post_type|wxr_version)>/g, '</wordpress:$1>')
    const [rp] = readWxrText(text, 'ns.xml')
    expect(rp!.post.slug).toBe('vitamin-d-in-winter')
    expect(rp!.post.id).toBe(12)
    // wp: now names another namespace: its dates are not WordPress dates, so the RSS pubDate is used.
    expect(rp!.post.date).toBe('2010-01-12T08:00:00Z')
    expect(rp!.post.source.locate('date')).toEqual({ line: 18, column: 3 })
  })

  it('reads a plain RSS feed of a WordPress site (categories without domain, pubDate)', () => {
    const feed = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Feed</title>
<item><title>Low back pain</title><link>https://example.org/low-back-pain/</link>
<pubDate>Tue, 04 Mar 2025 08:30:00 +0000</pubDate><dc:creator><![CDATA[Dr. Kim]]></dc:creator>
<category><![CDATA[Back Pain]]></category>
<content:encoded><![CDATA[<p>Most low back pain gets better within weeks.</p>]]></content:encoded></item>
</channel></rss>`
    const [rp] = readText(feed, 'feed.xml')
    expect(rp!.post.date).toBe('2025-03-04T08:30:00Z')
    expect(rp!.post.categories).toEqual([{ slug: 'back-pain', name: 'Back Pain', from: 'wxr' }])
    expect(rp!.post.author).toEqual({ name: 'Dr. Kim' })
    expect(locateText(feed, rp!, 'content', 3)).toMatch(/^Most low back pain/)
  })

  it('groups classic-editor text into paragraphs at blank lines, keeping file offsets', () => {
    const [rp] = readWxrText(wxr10, 'wxr-1.0.xml')
    const analysis = new Analysis(rp!.post)
    const paragraphs = analysis.blocks.filter((b) => b.kind === 'paragraph')
    expect(paragraphs.map((b) => b.text)).toEqual([
      'In winter, many people in northern countries get too little sunlight to make enough vitamin D.',
      'Ask your doctor whether a supplement is right for you.',
    ])
    const second = paragraphs[1]!
    const offset = analysis.sourceOffset(second, second.text.indexOf('supplement'))!
    expect(locateText(wxr10, rp!, 'content', offset)).toMatch(/^supplement is right/)
  })

  it('leaves block-editor content as it is', () => {
    const [rp] = readWxrText(health, 'health-export.xml')
    const analysis = new Analysis(rp!.post)
    expect(analysis.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'pre', 'paragraph'])
    expect(analysis.text).not.toMatch(/wp:/)
  })
})

describe('streamWxr', () => {
  const whole = readWxrText(health, 'export.xml')
  const summary = (rp: ReadPost) => {
    const { post } = rp
    const probes = [0, 1, 7, 50, 123, 301, post.contentHtml.length].map((o) => post.source.locate('content', o))
    const fields = (['title', 'slug', 'date', 'categories', 'tags', 'meta', 'post', 'excerpt'] as const).map((f) => post.source.locate(f))
    return { ...post, content: undefined, source: { ...post.source, locate: undefined }, probes, fields, notices: rp.notices }
  }

  it.each([1, 2, 3, 17, 64, 4096])('gives the same posts and positions with %i-character chunks', async (size) => {
    const streamed = await streamAll(health, size)
    expect(streamed.map(summary)).toEqual(whole.map(summary))
  })

  it('keeps CRLF positions exact when a chunk ends between CR and LF', async () => {
    const crlf = health.replace(/\n/g, '\r\n')
    const expected = readWxrText(crlf, 'export.xml').map(summary)
    for (const size of [1, 5, 64]) expect((await streamAll(crlf, size)).map(summary)).toEqual(expected)
  })

  it('emits each post before reading on, and waits for the consumer', async () => {
    const seen: string[] = []
    async function* source() {
      const cut = health.indexOf('</item>') + 7
      seen.push('chunk 1')
      yield health.slice(0, cut)
      seen.push('chunk 2')
      yield health.slice(cut)
    }
    await streamWxr(source(), 'export.xml', {}, async (rp) => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      seen.push(`post ${rp.post.id}`)
    })
    expect(seen).toEqual(['chunk 1', 'post 424', 'chunk 2', 'post 425'])
  })

  it('streams a file with streamWxrFile', async () => {
    const ids: number[] = []
    const { posts } = await streamWxrFile(healthPath, { postTypes: ['post', 'page'] }, (rp) => {
      ids.push(rp.post.id!)
    })
    expect(posts).toBe(3)
    expect(ids).toEqual([424, 425, 2])
  })

  it('rejects a missing file with a MedlintError', async () => {
    await expect(streamWxrFile(`${fixtures}no-such-export.xml`, {}, () => {})).rejects.toThrow(MedlintError)
  })
})

describe('errors', () => {
  const head = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<wp:wxr_version>1.2</wp:wxr_version>
`

  it('names the line:column of malformed XML', () => {
    const text = `${head}<item><title>Broken</title>\n<content:encoded><![CDATA[x]]></content:encoded>\n<wp:post_type>post</wp:status>\n</item></channel></rss>`
    const error = errorOf(() => readWxrText(text, 'broken.xml'))
    expect(error.message).toBe('broken.xml: invalid XML at 7:19: closing tag </wp:status> does not match the open element <wp:post_type> from 7:1')
  })

  it('names where an unclosed element opened when the file is cut short', async () => {
    const text = `${head}<item><title>Cut</title>\n<content:encoded><![CDATA[half a post`
    expect(errorOf(() => readWxrText(text, 'cut.xml')).message).toMatch(/^cut\.xml: invalid XML at 6:1: <content:encoded> is never closed \(the file ends at 6:38; it may be cut short\)$/)
    await expect(streamAll(text, 10)).rejects.toThrow(/invalid XML at 6:1: <content:encoded> is never closed/)
  })

  it('names a bare & however far the parser read past it', () => {
    const bare = 'amp.xml: invalid XML at 5:15: a bare "&" (write it as &amp; or put the text in a CDATA section)'
    const text = `${head}<item><title>Q&A</title></item></channel></rss>`
    expect(errorOf(() => readWxrText(text, 'amp.xml')).message).toBe(bare)
    const later = `${head}<item><title>Q&A</title><content:encoded>a&amp;b</content:encoded></item></channel></rss>`
    expect(errorOf(() => readWxrText(later, 'amp.xml')).message).toBe(bare)
  })

  it('says which post types an export holds when none is a post', () => {
    const text = `${head}<item><title>About</title><wp:post_type>page</wp:post_type></item>\n<item><wp:post_type>page</wp:post_type></item><item><wp:post_type>attachment</wp:post_type></item></channel></rss>`
    expect(errorOf(() => readWxrText(text, 'pages.xml')).message).toBe(
      'pages.xml: WordPress export holds no items of post type "post" (its 3 items, the first at 5:1, are: 2 page, 1 attachment); choose post types with --post-type',
    )
  })

  it('says when an export has no items at all', () => {
    expect(errorOf(() => readWxrText(`${head}</channel></rss>`, 'empty.xml')).message).toBe(
      'empty.xml: WordPress export holds no posts: the <channel> at 3:1 has no <item> elements',
    )
  })

  it('rejects XML that is not an RSS export, and an invalid WXR version', () => {
    expect(errorOf(() => readWxrText('<?xml version="1.0"?>\n<feed><entry/></feed>', 'atom.xml')).message).toBe(
      'atom.xml: is not a WordPress export: the root element at 2:1 is <feed>, expected <rss>',
    )
    const badVersion = head.replace('>1.2<', '>abc<') + '</channel></rss>'
    expect(errorOf(() => readWxrText(badVersion, 'v.xml')).message).toMatch(/^v\.xml: invalid WordPress export: <wp:wxr_version> at 4:1 is "abc"/)
    expect(errorOf(() => readWxrText('<rss>\n  <notachannel><title>x</title></notachannel></rss>', 'n.xml')).message).toBe(
      'n.xml: is not a valid WordPress export: expected <channel> inside <rss>, found <notachannel> at 2:3',
    )
    expect(errorOf(() => readWxrText('<rss><notachannel><item/></notachannel></rss>', 'n.xml')).message).toBe(
      'n.xml: invalid WordPress export: <item> at 1:19 is not inside <channel>',
    )
  })

  it('reads past characters XML does not allow, with a notice on the post', () => {
    const text = `${head}<item><title>Ctrl</title><content:encoded><![CDATA[<p>A\u0008B</p>]]></content:encoded></item></channel></rss>`
    const [rp] = readWxrText(text, 'ctrl.xml')
    expect(rp!.post.contentHtml).toBe('<p>A\u0008B</p>')
    expect(rp!.notices).toEqual([{ field: 'post', message: expect.stringMatching(/^The export is not well-formed XML at 5:56 \(disallowed character\)/) }])
  })

  it('is what readText answers for an RSS export', () => {
    expect(readText(health, 'health-export.xml').map((p) => p.post.id)).toEqual([424, 425])
  })
})

describe('mapDecodedToRaw', () => {
  it('maps through CDATA sections, references, comments and CRLF', () => {
    const raw = 'a&amp;b<![CDATA[c]]]]><![CDATA[>d]]><!-- x -->e\r\nf&#x1F600;g'
    const decoded = 'a&bc]]>de\nf\u{1F600}g'
    const map = mapDecodedToRaw(raw, decoded.length)
    const at = (i: number) => raw.slice(map[i]!)
    expect(at(1)).toMatch(/^&amp;/)
    expect(at(2)).toMatch(/^b<!\[CDATA/)
    expect(at(3)).toMatch(/^c\]\]\]\]>/)
    expect(at(6)).toMatch(/^>d\]\]>/)
    expect(at(8)).toMatch(/^e\r\n/)
    expect(at(9)).toMatch(/^\r\nf/)
    expect(at(11)).toMatch(/^&#x1F600;/)
    expect(at(12)).toMatch(/^&#x1F600;/)
    expect(at(13)).toBe('g')
    expect(map[decoded.length]).toBe(raw.length)
    // The end of a value that ends in a CDATA section is just before its `]]>`.
    const cdata = '<![CDATA[a]]]]><![CDATA[>b]]>'
    expect(cdata.slice(mapDecodedToRaw(cdata, 5)[5]!)).toBe(']]>')
  })
})

describe.skipIf(!hasCorpus)('shared corpus of real exports', () => {
  const dir = `${corpusDir}wxr/`
  const files = hasCorpus
    ? readdirSync(dir).flatMap((sub) => (statSync(dir + sub).isDirectory() ? readdirSync(dir + sub).filter((f) => f.endsWith('.xml')).map((f) => `${sub}/${f}`) : []))
    : []

  it('has the exports', () => {
    expect(files.length).toBeGreaterThan(40)
  })

  it.each(files)('%s gives posts or an error naming line:column', async (file) => {
    const text = readFileSync(dir + file, 'utf8')
    let posts: ReadPost[] | undefined
    let error: MedlintError | undefined
    try {
      posts = readText(text, file)
    } catch (e) {
      if (!(e instanceof MedlintError)) throw e
      error = e
    }
    if (error) {
      expect(error.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .* at \\d+:\\d+`))
      await expect(streamWxrFile(dir + file, {}, () => {})).rejects.toThrow(error.message.slice(file.length))
      return
    }
    expect(posts!.length).toBeGreaterThan(0)
    for (const rp of posts!) {
      expect(rp.post.type).toBe('post')
      checkContentPositions(text, rp)
      checkContentPositions(text, rp, 'title')
    }
    let streamed = 0
    await streamWxrFile(dir + file, {}, (rp) => {
      expect(rp.post.contentHtml).toBe(posts![streamed]!.post.contentHtml)
      expect(rp.post.source.locate('content', 5)).toEqual(posts![streamed]!.post.source.locate('content', 5))
      streamed++
    })
    expect(streamed).toBe(posts!.length)
  })

  it('keeps block comments out of the text (block test data)', () => {
    const file = `${dir}wptt-theme-test-data/64-block-test-data.xml`
    const posts = readWxrText(readFileSync(file, 'utf8'), file)
    expect(posts.length).toBeGreaterThan(50)
    const withBlocks = posts.filter((p) => p.post.contentHtml.includes('<!-- wp:'))
    expect(withBlocks.length).toBeGreaterThan(40)
    for (const { post } of withBlocks) {
      const analysis = new Analysis(post)
      expect(analysis.text).not.toMatch(/<!--|\bwp:[a-z]/)
    }
  })

  it('reads the malformed importer fixtures as errors, and the CDATA edge cases as posts', () => {
    const fx = `${dir}wordpress-importer-fixtures/`
    const read = (f: string) => () => readText(readFileSync(fx + f, 'utf8'), f)
    expect(errorOf(read('phpunit_data_malformed.xml')).message).toMatch(/invalid XML at 90:1: closing tag <\/channel> does not match the open element <notachanneltag> from 27:1$/)
    expect(errorOf(read('phpunit_data_malformed-simple.xml')).message).toMatch(/<item> is never closed/)
    expect(errorOf(read('phpunit_data_crazy-cdata.xml')).message).toMatch(/invalid XML at 18:\d+: the string "\]\]>" is disallowed in char data/)
    const [escaped] = read('phpunit_data_crazy-cdata-escaped.xml')()
    expect(escaped!.post.contentHtml).toBe('Content with nested <![CDATA[ tags ]]> :)')
    const [multiple] = read('phpunit_data_multiple-cdata.xml')()
    expect(multiple!.post.contentHtml).toBe('\nline oneline twoline three\n')
  })
})
