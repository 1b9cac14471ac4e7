import type { AnyRule } from '../../src/rule.js'
import sourcesCited from '../sources-cited.js'
import authorIdentified from '../author-identified.js'
import medicalReviewer from '../medical-reviewer.js'
import dateModifiedBeforePublished from '../date-modified-before-published.js'
import reviewStaleness from '../review-staleness.js'
import disclosure from '../disclosure.js'
import readingGrade from '../reading-grade.js'
import jargonUnexplained from '../jargon-unexplained.js'
import textLength from '../text-length.js'
import metaDescription from '../meta-description.js'
import excerptAutoTruncated from '../excerpt-auto-truncated.js'
import titleLength from '../title-length.js'
import permalinkPlain from '../permalink-plain.js'
import slugQuality from '../slug-quality.js'
import linksInternalOutbound from '../links-internal-outbound.js'
import imageAlt from '../image-alt.js'
import keyphrasePlacement from '../keyphrase-placement.js'

/** Trust (E-E-A-T, JAMA, HONcode), readability and SEO metadata rules. */
export const catalogMetaRules: readonly AnyRule[] = [
  sourcesCited,
  authorIdentified,
  medicalReviewer,
  dateModifiedBeforePublished,
  reviewStaleness,
  disclosure,
  readingGrade,
  jargonUnexplained,
  textLength,
  metaDescription,
  excerptAutoTruncated,
  titleLength,
  permalinkPlain,
  slugQuality,
  linksInternalOutbound,
  imageAlt,
  keyphrasePlacement,
]
