import type { AnyRule } from '../src/rule.js'
import headingHierarchy from './heading-hierarchy.js'
import { headlineRules } from './groups/headline.js'
import { catalogContentRules } from './groups/catalog-content.js'
import { catalogMetaRules } from './groups/catalog-meta.js'
import { siteRules } from './groups/site.js'

/** Every rule medlint ships, in the order they run and are listed. */
export const rules: readonly AnyRule[] = [headingHierarchy, ...headlineRules, ...catalogContentRules, ...catalogMetaRules, ...siteRules]
