import type { AnyRule } from '../../src/rule.js'
import categoryDefaultTerm from '../category-default-term.js'
import tagCount from '../tag-count.js'
import tagNearDuplicate from '../tag-near-duplicate.js'
import tagAsKeyword from '../tag-as-keyword.js'
import subheadingDistribution from '../subheading-distribution.js'
import headingManualNumbering from '../heading-manual-numbering.js'
import listLength from '../list-length.js'
import healthClaimRedFlags from '../health-claim-red-flags.js'
import unsubstantiatedEfficacy from '../unsubstantiated-efficacy.js'
import dosageUnsourced from '../dosage-unsourced.js'
import treatmentRisksMissing from '../treatment-risks-missing.js'
import discouragesCare from '../discourages-care.js'
import sentenceLength from '../sentence-length.js'
import paragraphLength from '../paragraph-length.js'

export const catalogContentRules: readonly AnyRule[] = [
  categoryDefaultTerm,
  tagCount,
  tagNearDuplicate,
  tagAsKeyword,
  subheadingDistribution,
  headingManualNumbering,
  listLength,
  healthClaimRedFlags,
  unsubstantiatedEfficacy,
  dosageUnsourced,
  treatmentRisksMissing,
  discouragesCare,
  sentenceLength,
  paragraphLength,
]
