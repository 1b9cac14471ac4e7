import { defineRule } from '../src/rule.js'
import { keyphraseStems, resolveKeyphrase, seoTitle, stemCoverage } from './data/meta-seo.js'

/** Byline and review lines above the first paragraph are not the introduction. */
const BYLINE = /^(?:by|written by|words by|author:|medically reviewed|reviewed by|fact[\s-]checked|last (?:reviewed|updated)|updated|published)\b/i

export default defineRule({
  id: 'keyphrase-placement',
  description: 'The focus keyphrase appears in the title, the slug, the first paragraph and a subheading',
  category: 'seo',
  severity: 'info',
  recommended: 'info',
  options: {
    keyphrase: { type: 'string', default: '', description: 'The focus keyphrase; empty means Yoast\'s focus keyphrase, else one inferred from the slug.' },
  },
  docs: {
    what: 'Takes the focus keyphrase from the `keyphrase` option, Yoast\'s focus keyphrase (`_yoast_wpseo_focuskw` in `meta`), or infers it from the slug (the slug words that match the title\'s first segment), and reports each place it is missing: the SEO title, the slug, the first paragraph, and every h2/h3 subheading. Words are matched by stem with stop words ignored, so "sciatic nerve pain" matches "pain in the sciatic nerve".',
    why: 'Readers scanning results and headings look for the words they searched for, and the opening paragraph should confirm the page answers them. Yoast\'s keyphrase assessments check the same places.',
    sources: ['Yoast SEO assessments: KeyphraseInSEOTitle, UrlKeyword (slug), IntroductionKeyword, SubheadingsKeyword'],
    bad: [
      {
        post: { title: { rendered: 'Sciatica: causes and treatment' }, slug: 'sciatica' },
        html: '<p>Pain that travels down the leg is common.</p>\n<h2>Causes</h2>\n<p>A slipped disc.</p>\n<h2>Treatment</h2>\n<p>Exercise.</p>',
      },
      {
        post: { title: { rendered: 'Leg pain from the back' }, slug: 'leg-pain-from-the-back' },
        html: '<p>Sciatica is pain that travels down the leg.</p>',
        options: { keyphrase: 'sciatica' },
      },
    ],
    good: [
      {
        post: { title: { rendered: 'Sciatica: causes and treatment' }, slug: 'sciatica' },
        html: '<p>Sciatica is pain that travels down the leg.</p>\n<h2>What causes sciatica</h2>\n<p>A slipped disc.</p>\n<h2>Treatment</h2>\n<p>Exercise.</p>',
      },
      {
        post: { title: { rendered: 'Back Pain Radiating to Legs: Causes, Symptoms, and Treatment' }, slug: 'back-pain-radiating-to-legs-causes-symptoms-and-treatment' },
        html: '<p>Back pain that radiates down into the legs is common.</p>\n<h2>What is back pain radiating to the legs?</h2>\n<p>Nerve pain.</p>',
      },
    ],
    notes: 'An inferred keyphrase is a guess: the messages say so, and setting Yoast\'s focus keyphrase or the option replaces it. With an inferred keyphrase the slug is not checked (it is where the keyphrase came from). A subheading counts when it holds at least half of the keyphrase\'s content words.',
  },
  check({ post, options, analysis, report }) {
    const kp = resolveKeyphrase(post, options.keyphrase)
    if (!kp) return
    const stems = keyphraseStems(kp.text)
    if (!stems.length) return
    const label = `The focus keyphrase "${kp.text}"${kp.from === 'slug' ? ' (inferred from the slug)' : ''}`
    const title = seoTitle(post)
    if (title.text && stemCoverage(stems, title.text) < 1) {
      report({ field: title.fromSeo ? 'meta' : 'title', message: `${label} is not in the ${title.fromSeo ? 'SEO title' : 'title'}: put it near the start of the title` })
    }
    if (kp.from !== 'slug' && post.slug && stemCoverage(stems, post.slug.replace(/-/g, ' ')) < 0.5) {
      report({ field: 'slug', message: `${label} is not in the slug "${post.slug}": use its words in the slug` })
    }
    const intro = analysis.blocks.find((b) => b.kind !== 'heading' && b.kind !== 'pre' && b.text.trim() && !BYLINE.test(b.text.trim()))
    if (intro && stemCoverage(stems, intro.text) < 1) {
      report({ node: intro.node, message: `${label} is not in the first paragraph: say in the opening sentence what the page is about, in the words readers search for` })
    }
    const subheadings = analysis.headings.filter((h) => (h.rank === 2 || h.rank === 3) && h.text.trim())
    if (subheadings.length && !subheadings.some((h) => stemCoverage(stems, h.text) >= 0.5)) {
      report({ node: subheadings[0]!.node, message: `${label} is in none of the ${subheadings.length} subheadings: use it, or a close variant, in at least one h2 or h3` })
    }
  },
})
