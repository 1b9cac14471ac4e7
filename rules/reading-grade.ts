import { defineRule } from '../src/rule.js'
import { readability } from './data/meta-readability.js'
import type { Counting } from './data/meta-readability.js'

const PLAIN =
  '<p>Sciatica is pain that runs from your lower back down one leg. It happens when a nerve in your back gets pressed or hurt. Most people get better in four to six weeks.</p>\n' +
  '<p>Keep moving as much as you can. Walk a little each day and do gentle stretches. Sitting still for a long time can make the pain worse.</p>\n' +
  '<p>You can take pain relief from a pharmacy. Ask the pharmacist which one is right for you. A hot or cold pack on your back may also help.</p>\n' +
  '<p>See a doctor if the pain does not get better after a few weeks. Go to the emergency room now if you cannot control when you pee or poo.</p>'

const DENSE =
  '<p>Lumbosacral radiculopathy, frequently attributable to intervertebral disc herniation or degenerative foraminal stenosis, characteristically manifests as dermatomal radicular pain accompanied by paraesthesia and occasionally by myotomal weakness.</p>\n' +
  '<p>Conservative management, incorporating analgesic pharmacotherapy, graduated physiotherapeutic rehabilitation and activity modification, constitutes the recommended initial intervention, with surgical decompression generally reserved for refractory presentations or progressive neurological deficit.</p>\n' +
  '<p>Epidural corticosteroid administration may provide temporary symptomatic amelioration, although the available evidence regarding its long-term effectiveness remains considerably heterogeneous and methodologically inconsistent.</p>\n' +
  '<p>Individuals experiencing bilateral neurological symptoms, saddle anaesthesia or sphincter dysfunction require immediate specialist evaluation, as these manifestations potentially indicate cauda equina compression necessitating emergency surgical decompression.</p>'

export default defineRule({
  id: 'reading-grade',
  description: 'Text reads at or below the target school grade (Flesch-Kincaid, with SMOG alongside)',
  category: 'readability',
  severity: 'warn',
  recommended: 'warn',
  options: {
    target: { type: 'number', default: 8, min: 1, max: 20, description: 'Highest acceptable US school grade (8: the NIH ceiling; the AMA advises 6).' },
    formula: {
      type: 'string',
      default: 'fk',
      enum: ['fk', 'smog', 'both'] as const,
      description: 'Grade that is compared with the target: Flesch-Kincaid (`fk`), SMOG (`smog`, about 2–3 grades higher on the same text), or either (`both`). Both are always shown.',
    },
    counting: {
      type: 'string',
      default: 'prose',
      enum: ['prose', 'all'] as const,
      description: 'What is counted: `prose` (paragraphs, and bullets written as full sentences; headings and fragment bullets left out) or `all` (every heading and bullet counted as a sentence).',
    },
    minWords: { type: 'number', default: 100, min: 1, integer: true, description: 'Fewest counted words for a grade to be given at all.' },
    minSentences: { type: 'number', default: 30, min: 1, integer: true, description: 'Sentences SMOG needs to be meaningful; with fewer the message says it is only indicative.' },
  },
  docs: {
    what: 'Computes the Flesch-Kincaid grade and the SMOG grade of the content with the `syllable`, `flesch-kincaid`, `smog-formula` and `flesch` packages, and reports when the grade exceeds `target` (a grade of 8.9 is the 8th grade). The message gives both grades, the counting method and the counts, and says when there are too few sentences for SMOG to mean much.',
    why: 'About a third of adults have limited health literacy. Patient materials written above the 8th grade are understood by fewer of the people who need them, so the NIH advises the 8th grade or lower and the AMA the 6th.',
    sources: [
      'Grabeel et al., J Med Libr Assoc 2018 (doi:10.5195/jmla.2018.262): AMA 6th grade, NIH 8th grade; SMOG reads ~3 grades higher than Flesch-Kincaid',
      'McLaughlin 1969, SMOG grading (30-sentence sample); Kincaid et al. 1975, Flesch-Kincaid grade level',
      'CDC Clear Communication Index, item 4 (plain language)',
      'UNMH, "Checking Readability Level": drop headings and fragment bullets, use at least 30 sentences',
    ],
    bad: [{ html: DENSE }, { html: `${PLAIN}\n${DENSE}`, options: { formula: 'smog' } }],
    good: [{ html: PLAIN }, { html: '<p>Short note.</p>' }, { html: PLAIN, options: { counting: 'all' } }],
    notes:
      'Agreement with the reference data (shared readability corpus): the `syllable` package gives the listed count for 4,429 of the 4,430 words of syllable-counts.json (99.98%); on Yoast SEO\'s 229 English syllable test cases it agrees exactly on 180 (78.6%) and within one syllable on 228 (99.6%), 799 syllables in total against Yoast\'s 805; on Yoast\'s four English test papers the Flesch reading ease computed here (counting all text) is 74.7, 73.0, 66.0 and 62.9 against Yoast\'s 79.5, 75.1, 63.5 and 67.0 (2.1 to 4.8 points apart), because Yoast splits sentences and counts syllables its own way. Treat grades as ±1. ' +
      'On the 18 NHS pages (plain-language health content) the default settings flag 5 (28%); two pages are too short to grade. SMOG against the same target would flag 14 of the 16 graded pages, which is why `fk` is the default and SMOG is shown beside it. Numbers are not counted as words (they have no syllables).',
  },
  check({ options, analysis, report }) {
    const counting = options.counting as Counting
    const c = readability(analysis, counting)
    if (c.word < options.minWords || c.sentence === 0) return
    const fk = c.fleschKincaid
    const smog = c.smog
    const over = (g: number) => Number.isFinite(g) && Math.floor(g) > options.target
    const fails = options.formula === 'fk' ? over(fk) : options.formula === 'smog' ? over(smog) : over(fk) || over(smog)
    if (!fails) return
    const method = counting === 'prose' ? 'counting prose only' : 'counting all text, headings and bullets included'
    const smogNote = c.sentence < options.minSentences ? `, only indicative with ${c.sentence} of the ${options.minSentences} sentences it needs` : ''
    const [main, other] =
      options.formula === 'smog'
        ? [`SMOG grade is ${smog.toFixed(1)}${smogNote}`, `Flesch-Kincaid ${fk.toFixed(1)}`]
        : [`Flesch-Kincaid grade is ${fk.toFixed(1)}`, `SMOG ${smog.toFixed(1)}${smogNote}`]
    report({
      message: `${main} (${other}), above the target of grade ${options.target}, ${method} (${c.sentence} sentences, ${c.word} words, ${(c.syllable / c.word).toFixed(2)} syllables per word): use shorter sentences and everyday words`,
    })
  },
})
