#!/usr/bin/env node
// Writes WordPress eXtended RSS (WXR 1.2) exports of generated posts for the benchmark, built from
// the corpus's real health texts (or the project's fixtures without the corpus): block-editor
// markup (`<!-- wp:... -->` comments), CDATA sections, categories and tags, postmeta, comments,
// and a few pages and attachments among the posts, as `Tools → Export` writes them.
//
//   node bench/gen-wxr.js [count…] [--out-dir dir]     (default: 50000 into bench/out/)
//
// Posts are numbered and built deterministically, so export-1000.xml holds the first 1,000 posts
// of export-50000.xml. Files are written as a stream: memory stays small whatever the count.
import { createWriteStream, mkdirSync, existsSync, readFileSync, writeFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import { loadPosts, outDir, parseFlags, prng } from './lib.js'

/** Bumped when the generated files change, so cached exports are rebuilt. */
export const GENERATOR_VERSION = 2

const SITE = 'https://health.example.org'
const AUTHORS = [
  { id: 2, login: 'mreyes', name: 'Dr. Maria Reyes', email: 'mreyes@example.org' },
  { id: 3, login: 'jokafor', name: 'James Okafor, RN', email: 'jokafor@example.org' },
  { id: 4, login: 'lchen', name: 'Lin Chen', email: 'lchen@example.org' },
  { id: 5, login: 'editor', name: 'Health Desk', email: 'editor@example.org' },
  { id: 6, login: 'skaur', name: 'Dr. Simran Kaur', email: 'skaur@example.org' },
  { id: 7, login: 'tbauer', name: 'Tom Bauer', email: 'tbauer@example.org' },
]
/** Categories a health site files some posts under besides the topic (present on real sites). */
const SITE_CATEGORIES = ['News', 'Wellness', 'Patient Stories', 'Uncategorized']
/** Titles for the second, third… post built from the same source text. */
const TITLE_FORMS = [
  (t) => t,
  (t) => `${t}: what to know`,
  (t) => `Living with ${t}`,
  (t) => `${t}: symptoms, causes and treatment`,
  (t) => `${t} in older adults`,
  (t) => `Questions to ask your doctor about ${t}`,
  (t) => `${t}: a guide for families`,
  (t) => `Understanding ${t}`,
  (t) => `${t}: when to see a doctor`,
  (t) => `${t} explained`,
  (t) => `New research on ${t}`,
  (t) => `${t}: diagnosis and tests`,
  (t) => `Caring for someone with ${t}`,
  (t) => `${t}: myths and facts`,
]
const STOP = new Set('what about with from your that this have they their there which when where does into other than more most some such also only over after before being between both each these those very will would could should while what are and the for how can who why its not you'.split(' '))

/** `wxr_cdata()` as WordPress writes it: `]]>` inside the text is split across two sections. */
export function cdata(text) {
  return `<![CDATA[${String(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

function escapeXml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
}

export function slugify(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'post'
}

function decodeBasic(text) {
  return text.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&hellip;/g, '…').replace(/&amp;/g, '&').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim()
}

function termsOf(post, taxonomy) {
  const groups = post._embedded?.['wp:term'] ?? []
  return groups.flat().filter((t) => t && t.taxonomy === taxonomy && t.name).map((t) => decodeBasic(t.name))
}

const parser = unified().use(rehypeParse, { fragment: true })

/** The content's top-level elements as block-editor blocks, grouped into sections at each heading. */
function toSections(html) {
  const tree = parser.parse(html)
  const sections = [[]]
  for (const node of tree.children) {
    if (node.type !== 'element' || !node.position) continue
    const source = html.slice(node.position.start.offset, node.position.end.offset)
    const block = toBlock(node.tagName, source)
    if (/^h[1-6]$/.test(node.tagName) && sections[sections.length - 1].length) sections.push([])
    sections[sections.length - 1].push(block)
  }
  return sections.filter((s) => s.length)
}

function toBlock(tag, source) {
  if (/^h[1-6]$/.test(tag)) {
    const level = Number(tag[1])
    const attrs = level === 2 ? '' : ` {"level":${level}}`
    return `<!-- wp:heading${attrs} -->\n${source.replace(/^<h([1-6])(?=[\s>])/, '<h$1 class="wp-block-heading"')}\n<!-- /wp:heading -->`
  }
  if (tag === 'p') return `<!-- wp:paragraph -->\n${source}\n<!-- /wp:paragraph -->`
  if (tag === 'ul' || tag === 'ol') {
    const attrs = tag === 'ol' ? ' {"ordered":true}' : ''
    const items = source.replace(/<li(?=[\s>])/g, '<!-- wp:list-item -->\n<li').replace(/<\/li>/g, '</li>\n<!-- /wp:list-item -->')
    return `<!-- wp:list${attrs} -->\n${items.replace(/^<(ul|ol)(?=[\s>])/, '<$1 class="wp-block-list"')}\n<!-- /wp:list -->`
  }
  if (tag === 'table') return `<!-- wp:table -->\n<figure class="wp-block-table">${source}</figure>\n<!-- /wp:table -->`
  if (tag === 'blockquote') return `<!-- wp:quote -->\n${source}\n<!-- /wp:quote -->`
  return `<!-- wp:html -->\n${source}\n<!-- /wp:html -->`
}

/** Prepares the source posts once: titles, topic category, block sections, title keywords. */
export function prepareSources(entries) {
  const sources = []
  for (const { post } of entries) {
    const title = decodeBasic(post.title?.rendered ?? '') || 'Untitled'
    const sections = toSections(post.content.rendered)
    if (!sections.length) continue
    const category = termsOf(post, 'category')[0] ?? 'Health'
    const keywords = [...new Set((title.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !STOP.has(w)))]
    sources.push({ title, sections, category, keywords, tags: termsOf(post, 'post_tag') })
  }
  if (!sources.length) throw new Error('no posts with content to build the export from')
  // A fixed shuffle, so any first n posts are a fair sample of every topic and post size.
  const rand = prng(20250601)
  for (let i = sources.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[sources[i], sources[j]] = [sources[j], sources[i]]
  }
  // Tag vocabulary: the most frequent title keywords across the sources, and the posts' own tags.
  const freq = new Map()
  for (const s of sources) for (const k of s.keywords) freq.set(k, (freq.get(k) ?? 0) + 1)
  const vocabulary = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 400).map(([k]) => k)
  const tagNames = new Set([...vocabulary, ...sources.flatMap((s) => s.tags.map((t) => t.toLowerCase()))])
  const byCategory = new Map()
  sources.forEach((s, i) => {
    if (!byCategory.has(s.category)) byCategory.set(s.category, [])
    byCategory.get(s.category).push(i)
  })
  const categories = [...new Set([...sources.map((s) => s.category), ...SITE_CATEGORIES])]
  return { sources, vocabulary, tagNames: [...tagNames], byCategory, categories }
}

function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/**
 * Post number `i` (0-based). The first post of each source text is that text; later ones mix its
 * sections with another text of the same category and take another title form, so posts differ.
 */
export function buildPost(prep, i) {
  const { sources, vocabulary, byCategory } = prep
  const rand = prng(i * 2654435761 + 17)
  const base = i % sources.length
  const round = Math.floor(i / sources.length)
  const a = sources[base]
  let sections = a.sections
  if (round > 0) {
    const peers = byCategory.get(a.category)
    const b = sources[peers[(peers.indexOf(base) + round) % peers.length]]
    sections = a.sections.map((s, j) => ((j + round) % 2 === 0 && b.sections[j] ? b.sections[j] : s))
  }
  const title = TITLE_FORMS[round % TITLE_FORMS.length](a.title) + (round >= TITLE_FORMS.length ? ` (part ${Math.floor(round / TITLE_FORMS.length) + 1})` : '')
  const content = sections.map((s) => s.join('\n\n')).join('\n\n')
  const categories = [a.category]
  if (rand() < 0.15) categories.push(SITE_CATEGORIES[Math.floor(rand() * SITE_CATEGORIES.length)])
  const tags = new Set(a.tags.map((t) => t.toLowerCase()))
  for (const k of a.keywords) if (tags.size < 3 && vocabulary.includes(k)) tags.add(k)
  const extra = Math.floor(rand() * 4)
  for (let k = 0; k < extra; k++) tags.add(vocabulary[Math.floor(rand() * Math.min(vocabulary.length, 120))])
  const published = Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86400000 + Math.floor(rand() * 86400) * 1000
  const modified = published + Math.floor(rand() * 900) * 86400000
  const firstText = decodeBasic(sections.flat().find((b) => b.includes('wp:paragraph')) ?? '')
  return {
    id: 1000 + i,
    title,
    slug: slugify(title),
    author: AUTHORS[Math.floor(rand() * AUTHORS.length)],
    published,
    modified,
    status: rand() < 0.03 ? 'draft' : 'publish',
    content,
    excerpt: rand() < 0.3 ? firstText.slice(0, 150) : '',
    categories,
    tags: [...tags],
    metaDescription: rand() < 0.5 ? firstText.slice(0, 155) : undefined,
    focus: rand() < 0.4 ? [...tags][0] : undefined,
    comments: rand() < 0.1 ? 1 + Math.floor(rand() * 2) : 0,
  }
}

function channelHeader(prep, count) {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    `<!-- This is a WordPress eXtended RSS file generated by the medlint benchmark (${count} posts). -->`,
    '<!-- generator="WordPress/6.5.2" created="2025-06-01 09:00" -->',
    '<rss version="2.0"',
    '\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"',
    '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
    '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
    '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
    '\txmlns:wp="http://wordpress.org/export/1.2/"',
    '>',
    '',
    '<channel>',
    '\t<title>Health Library</title>',
    `\t<link>${SITE}</link>`,
    '\t<description>Plain-language health information</description>',
    '\t<pubDate>Sun, 01 Jun 2025 09:00:00 +0000</pubDate>',
    '\t<language>en-US</language>',
    '\t<wp:wxr_version>1.2</wp:wxr_version>',
    `\t<wp:base_site_url>${SITE}</wp:base_site_url>`,
    `\t<wp:base_blog_url>${SITE}</wp:base_blog_url>`,
    '',
  ]
  for (const a of AUTHORS) {
    lines.push(`\t<wp:author><wp:author_id>${a.id}</wp:author_id><wp:author_login>${cdata(a.login)}</wp:author_login><wp:author_email>${cdata(a.email)}</wp:author_email><wp:author_display_name>${cdata(a.name)}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>`)
  }
  lines.push('')
  prep.categories.forEach((name, k) => {
    lines.push(`\t<wp:category>\n\t\t<wp:term_id>${10 + k}</wp:term_id>\n\t\t<wp:category_nicename>${cdata(slugify(name))}</wp:category_nicename>\n\t\t<wp:category_parent>${cdata('')}</wp:category_parent>\n\t\t<wp:cat_name>${cdata(name)}</wp:cat_name>\n\t</wp:category>`)
  })
  prep.tagNames.forEach((name, k) => {
    lines.push(`\t<wp:tag>\n\t\t<wp:term_id>${1000 + k}</wp:term_id>\n\t\t<wp:tag_slug>${cdata(slugify(name))}</wp:tag_slug>\n\t\t<wp:tag_name>${cdata(name)}</wp:tag_name>\n\t</wp:tag>`)
  })
  lines.push('', '\t<generator>https://wordpress.org/?v=6.5.2</generator>', '')
  return lines.join('\n') + '\n'
}

function rfc2822(ms) {
  return new Date(ms).toUTCString().replace('GMT', '+0000')
}

/** One `<item>` as WordPress's exporter writes it. */
export function itemXml(p) {
  const link = `${SITE}/${p.slug}/`
  const date = isoDate(p.published)
  const out = [
    '\t<item>',
    `\t\t<title>${cdata(p.title)}</title>`,
    `\t\t<link>${escapeXml(link)}</link>`,
    `\t\t<pubDate>${rfc2822(p.published)}</pubDate>`,
    `\t\t<dc:creator>${cdata(p.author.login)}</dc:creator>`,
    `\t\t<guid isPermaLink="false">${SITE}/?p=${p.id}</guid>`,
    '\t\t<description></description>',
    `\t\t<content:encoded>${cdata(p.content)}</content:encoded>`,
    `\t\t<excerpt:encoded>${cdata(p.excerpt)}</excerpt:encoded>`,
    `\t\t<wp:post_id>${p.id}</wp:post_id>`,
    `\t\t<wp:post_date>${cdata(date)}</wp:post_date>`,
    `\t\t<wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt>`,
    `\t\t<wp:post_modified>${cdata(isoDate(p.modified))}</wp:post_modified>`,
    `\t\t<wp:post_modified_gmt>${cdata(isoDate(p.modified))}</wp:post_modified_gmt>`,
    `\t\t<wp:comment_status>${cdata('open')}</wp:comment_status>`,
    `\t\t<wp:ping_status>${cdata('closed')}</wp:ping_status>`,
    `\t\t<wp:post_name>${cdata(p.slug)}</wp:post_name>`,
    `\t\t<wp:status>${cdata(p.status)}</wp:status>`,
    '\t\t<wp:post_parent>0</wp:post_parent>',
    '\t\t<wp:menu_order>0</wp:menu_order>',
    `\t\t<wp:post_type>${cdata(p.type ?? 'post')}</wp:post_type>`,
    `\t\t<wp:post_password>${cdata('')}</wp:post_password>`,
    '\t\t<wp:is_sticky>0</wp:is_sticky>',
  ]
  for (const c of p.categories) out.push(`\t\t<category domain="category" nicename="${slugify(c)}">${cdata(c)}</category>`)
  for (const t of p.tags) out.push(`\t\t<category domain="post_tag" nicename="${slugify(t)}">${cdata(t)}</category>`)
  const meta = [['_edit_last', String(p.author.id)]]
  if (p.metaDescription) meta.push(['_yoast_wpseo_metadesc', p.metaDescription])
  if (p.focus) meta.push(['_yoast_wpseo_focuskw', p.focus])
  for (const [key, value] of meta) {
    out.push(`\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>${cdata(key)}</wp:meta_key>\n\t\t\t<wp:meta_value>${cdata(value)}</wp:meta_value>\n\t\t</wp:postmeta>`)
  }
  for (let c = 0; c < p.comments; c++) {
    out.push(`\t\t<wp:comment>\n\t\t\t<wp:comment_id>${p.id * 10 + c}</wp:comment_id>\n\t\t\t<wp:comment_author>${cdata('A reader')}</wp:comment_author>\n\t\t\t<wp:comment_author_email>${cdata('reader@example.net')}</wp:comment_author_email>\n\t\t\t<wp:comment_author_url></wp:comment_author_url>\n\t\t\t<wp:comment_author_IP>${cdata('192.0.2.1')}</wp:comment_author_IP>\n\t\t\t<wp:comment_date>${cdata(isoDate(p.modified))}</wp:comment_date>\n\t\t\t<wp:comment_date_gmt>${cdata(isoDate(p.modified))}</wp:comment_date_gmt>\n\t\t\t<wp:comment_content>${cdata('<p>Thank you, this helped me understand what my doctor said.</p>')}</wp:comment_content>\n\t\t\t<wp:comment_approved>${cdata('1')}</wp:comment_approved>\n\t\t\t<wp:comment_type>${cdata('comment')}</wp:comment_type>\n\t\t\t<wp:comment_parent>0</wp:comment_parent>\n\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n\t\t</wp:comment>`)
  }
  out.push('\t</item>')
  return out.join('\n') + '\n'
}

/** A page or attachment item, as exports carry among the posts (skipped when only posts are read). */
function otherItem(prep, k) {
  const rand = prng(k * 7919 + 3)
  const s = prep.sources[Math.floor(rand() * prep.sources.length)]
  const attachment = k % 3 !== 0
  const p = {
    id: 900000 + k,
    type: attachment ? 'attachment' : 'page',
    title: attachment ? `${s.title} illustration` : `About ${s.title}`,
    slug: slugify(attachment ? `${s.title}-illustration-${k}` : `about-${s.title}-${k}`),
    author: AUTHORS[k % AUTHORS.length],
    published: Date.UTC(2016, 0, 1) + k * 86400000,
    modified: Date.UTC(2016, 0, 1) + k * 86400000,
    status: attachment ? 'inherit' : 'publish',
    content: attachment ? '' : s.sections[0].join('\n\n'),
    excerpt: '',
    categories: [],
    tags: [],
    comments: 0,
  }
  return itemXml(p)
}

async function write(stream, text) {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve))
}

/**
 * Writes `export-<count>.xml` into `dir` for each count, in one pass over the posts. Reuses a
 * file written before by the same generator from the same sources (see the `.meta.json` beside it)
 * unless `force`. Returns the files with their sizes.
 */
export async function generateExports({ counts, dir = outDir, entries, force = false, log = () => {} }) {
  mkdirSync(dir, { recursive: true })
  const loaded = entries ?? loadPosts().posts
  const signature = { generator: GENERATOR_VERSION, sources: loaded.length, sourceChars: loaded.reduce((n, e) => n + e.html.length, 0) }
  const files = counts.map((count) => ({ count, path: join(dir, `export-${count}.xml`), meta: join(dir, `export-${count}.meta.json`) }))
  const todo = files.filter((f) => force || !upToDate(f, signature))
  if (todo.length) {
    const prep = prepareSources(loaded)
    const max = Math.max(...todo.map((f) => f.count))
    const streams = todo.map((f) => ({ f, s: createWriteStream(f.path) }))
    log(`generating ${todo.map((f) => f.count).join(', ')}-post export(s) from ${prep.sources.length} source posts…`)
    for (const { f, s } of streams) await write(s, channelHeader(prep, f.count))
    let others = 0
    for (let i = 0; i < max; i++) {
      const xml = itemXml(buildPost(prep, i))
      // About one page or attachment for every 25 posts, as real exports interleave them.
      const other = i % 25 === 24 ? otherItem(prep, others++) : ''
      for (const { f, s } of streams) if (i < f.count) await write(s, xml + other)
    }
    for (const { f, s } of streams) {
      s.end('</channel>\n</rss>\n')
      await new Promise((resolve, reject) => s.once('finish', resolve).once('error', reject))
      writeFileSync(f.meta, JSON.stringify({ ...signature, count: f.count }) + '\n')
    }
  }
  return files.map((f) => ({ count: f.count, path: f.path, bytes: statSync(f.path).size, reused: !todo.includes(f) }))
}

function upToDate(f, signature) {
  if (!existsSync(f.path) || !existsSync(f.meta)) return false
  try {
    const meta = JSON.parse(readFileSync(f.meta, 'utf8'))
    return Object.entries(signature).every(([k, v]) => meta[k] === v) && meta.count === f.count
  } catch {
    return false
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const counts = args.filter((a) => /^\d+$/.test(a)).map(Number)
  const flags = parseFlags(args.filter((a) => !/^\d+$/.test(a)), ['force'])
  const files = await generateExports({
    counts: counts.length ? counts : [50000],
    dir: flags['out-dir'] ?? outDir,
    force: !!flags.force,
    log: (m) => console.error(m),
  })
  for (const f of files) console.log(`${f.path}  ${(f.bytes / 1e6).toFixed(1)} MB${f.reused ? ' (up to date)' : ''}`)
}
