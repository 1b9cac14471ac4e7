import { defineRule } from '../src/rule.js'
import type { Element, Nodes } from 'hast'

const FILENAME = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$/i
const CAMERA = /^(?:img|image|dsc|dscn|dcim|pxl|photo|pic|screenshot|screen shot|untitled)[-_ ]?[\d-_ ]*$/i
const GENERIC = new Set(['image', 'photo', 'picture', 'graphic', 'img', 'icon', 'placeholder', 'alt', 'alt text', 'featured image', 'thumbnail', 'banner'])

export default defineRule({
  id: 'image-alt',
  description: 'Content images have alt text that describes them (or an empty alt when purely decorative)',
  category: 'seo',
  severity: 'warn',
  recommended: 'warn',
  options: {
    allowDecorative: { type: 'boolean', default: true, description: 'Accept alt="" (a decorative image) unless the image is the only content of a link.' },
    featured: { type: 'boolean', default: true, description: 'Also check the featured image\'s alt text when the response embeds it (`_embedded["wp:featuredmedia"]`).' },
  },
  docs: {
    what: 'Reports content images with no `alt` attribute, with an alt that is a file name or a placeholder ("IMG_2041.jpg", "image"), and, when `allowDecorative` is off or the image is a link\'s only content, with an empty alt. The featured image is checked when the response embeds it.',
    why: 'Screen-reader users hear the alt text instead of seeing the image; an anatomy diagram or an exercise photo without it is lost to them, and a file name read aloud is noise. Search engines read alt text to understand images. An empty alt is right for decoration, so it is accepted by default.',
    sources: ['WCAG 2.2 SC 1.1.1 Non-text Content; W3C WAI images tutorial (decorative images: alt="")', 'Yoast SEO ImageAltTagsAssessment'],
    bad: [
      { html: '<p>Try this stretch:</p>\n<img src="/wp-content/uploads/stretch.jpg">' },
      { html: '<img src="/wp-content/uploads/IMG_2041.jpg" alt="IMG_2041.jpg">' },
      { html: '<p><a href="/exercises/"><img src="/icons/next.png" alt=""></a></p>' },
    ],
    good: [
      { html: '<figure><img src="/wp-content/uploads/stretch.jpg" alt="A person lying on their back pulling one knee towards the chest"><figcaption>Knee-to-chest stretch</figcaption></figure>' },
      { html: '<p><img src="/divider.png" alt=""> Sciatica is pain down the leg.</p>' },
      { html: '<p><a href="/exercises/"><img src="/icons/next.png" alt=""> More exercises</a></p>' },
    ],
    notes: 'Images hidden from assistive technology (`aria-hidden="true"`, `role="presentation"`/`"none"`) are skipped. Whether an alt text actually describes the image cannot be checked from the text alone.',
  },
  check({ post, options, analysis, report }) {
    const parents = parentMap(post.content)
    for (const img of analysis.images) {
      const p = img.properties
      if (String(p['ariaHidden']) === 'true' || ['presentation', 'none'].includes(String(p['role'] ?? ''))) continue
      const src = typeof p['src'] === 'string' ? p['src'].split('/').pop() ?? '' : ''
      if (typeof p['alt'] !== 'string') {
        report({ node: img, message: `The image${src ? ` "${src}"` : ''} has no alt attribute: describe what it shows, or use alt="" if it is only decoration` })
        continue
      }
      const alt = p['alt'].trim()
      if (!alt) {
        const link = enclosingLink(img, parents)
        if (link && !linkHasOtherText(link, img)) {
          report({ node: img, message: 'The image is the only content of a link but its alt is empty, so the link has no name: give the alt text the link\'s destination' })
        } else if (!options.allowDecorative) {
          report({ node: img, message: 'The image has an empty alt: describe what it shows' })
        }
        continue
      }
      if (FILENAME.test(alt) || CAMERA.test(alt) || GENERIC.has(alt.toLowerCase())) {
        report({ node: img, message: `The image's alt text "${alt}" is a file name or placeholder: describe what the image shows` })
      }
    }
    if (!options.featured) return
    const embedded = post.raw?.['_embedded'] as Record<string, unknown> | undefined
    const media = Array.isArray(embedded?.['wp:featuredmedia']) ? (embedded!['wp:featuredmedia'] as unknown[])[0] : undefined
    if (media && typeof media === 'object' && typeof (media as Record<string, unknown>)['alt_text'] === 'string') {
      const alt = ((media as Record<string, unknown>)['alt_text'] as string).trim()
      if (!alt || FILENAME.test(alt) || CAMERA.test(alt)) {
        report({ field: 'post', message: `The featured image has ${alt ? `the placeholder alt text "${alt}"` : 'no alt text'}: set it in the media library, since themes and social cards show this image with the post` })
      }
    }
  },
})

function parentMap(root: Nodes): Map<Nodes, Element> {
  const map = new Map<Nodes, Element>()
  const walk = (node: Nodes) => {
    if (!('children' in node)) return
    for (const child of node.children as Nodes[]) {
      if (node.type === 'element') map.set(child, node)
      walk(child)
    }
  }
  walk(root)
  return map
}

function enclosingLink(node: Nodes, parents: Map<Nodes, Element>): Element | undefined {
  let p = parents.get(node)
  while (p) {
    if (p.tagName === 'a' && p.properties['href'] !== undefined) return p
    p = parents.get(p)
  }
  return undefined
}

function linkHasOtherText(link: Element, img: Element): boolean {
  let found = false
  const walk = (n: Nodes) => {
    if (found || n === img) return
    if (n.type === 'text' && n.value.trim()) found = true
    else if (n.type === 'element') {
      if (n.tagName === 'img' && typeof n.properties['alt'] === 'string' && n.properties['alt'].trim()) found = true
      if (typeof n.properties['ariaLabel'] === 'string' && n.properties['ariaLabel'].trim()) found = true
      for (const c of n.children) walk(c as Nodes)
    }
  }
  if (typeof link.properties['ariaLabel'] === 'string' && link.properties['ariaLabel'].trim()) return true
  walk(link)
  return found
}
