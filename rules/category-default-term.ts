import { defineRule } from '../src/rule.js'
import type { Term } from '../src/types.js'

export default defineRule({
  id: 'category-default-term',
  description: 'The post is filed only under the site\'s default category (id 1, "Uncategorized", even when renamed)',
  category: 'taxonomy',
  severity: 'warn',
  recommended: 'warn',
  options: {
    defaultCategoryIds: {
      type: 'number[]',
      default: [1],
      description: 'Ids of the default category (WordPress creates "Uncategorized" with id 1; set the `default_category` option\'s id if the site changed it).',
    },
    defaultCategorySlugs: {
      type: 'string[]',
      default: ['uncategorized', 'uncategorised', 'general'],
      description: 'Category slugs that mean "not filed" whatever their id.',
    },
  },
  docs: {
    what: 'Reports a post whose only categories are the default term: the category WordPress files a post under when it is saved without one (id 1, created as "Uncategorized"). The term is reported even when it has been renamed, because a renamed default category still collects every post nobody filed.',
    why: 'A post left in the default category lands in an archive that says nothing about it; when the default has been renamed to a real topic (say "diabetes"), unrelated posts (a sciatica article) appear under that topic, which misleads readers and search engines about what the archive covers.',
    sources: [
      'WordPress core wp_install_defaults(): the default category is created with term id 1 and every post saved without a category is assigned to it',
      'Yoast, "Using category and tag pages for your site\'s SEO": do not leave posts as Uncategorized',
    ],
    bad: [
      { post: { categories: [1], class_list: ['post-1001', 'category-diabetes'] } },
      { post: { categories: [7], class_list: ['post-1001', 'category-uncategorized'] } },
    ],
    good: [
      { post: { categories: [12], class_list: ['post-1001', 'category-back-pain'] } },
      { post: { categories: [1, 12], class_list: ['post-1001', 'category-diabetes', 'category-type-2-diabetes'] } },
      { post: { categories: [1], class_list: ['post-1001', 'category-diabetes'] }, options: { defaultCategoryIds: [5] } },
    ],
    notes: 'Only the id and slug are known from a REST post; the name shown comes from `_embedded` or `class_list`. With categories given as ids only and no names, the rule still reports id 1.',
  },
  check({ post, options, report }) {
    const ids = new Set(options.defaultCategoryIds)
    const slugs = new Set(options.defaultCategorySlugs.map((s) => s.toLowerCase()))
    const isDefault = (t: Term) => (t.id !== undefined && ids.has(t.id)) || (t.slug !== '' && slugs.has(t.slug.toLowerCase()))
    const terms = post.categories
    // Ids listed but not matched to a term (class_list gives slugs only).
    const idDefaults = post.categoryIds.filter((id) => ids.has(id))
    const total = Math.max(terms.length, post.categoryIds.length)
    if (total === 0) return
    const everyTermDefault = terms.length > 0 && terms.every(isDefault)
    const onlyDefaultIds = post.categoryIds.length > 0 && post.categoryIds.every((id) => ids.has(id))
    if (!everyTermDefault && !onlyDefaultIds) return
    const named = terms.find((t) => t.name && (isDefault(t) || (onlyDefaultIds && terms.length === 1)))
    const id = named?.id ?? idDefaults[0]
    const name = named?.name
    const idText = id !== undefined ? ` (id ${id})` : ''
    const renamed = name && !slugs.has((named?.slug ?? '').toLowerCase())
    const message = renamed
      ? `The only category is the site's default category${idText}, renamed "${name}": WordPress files every post saved without a category there, so pick the category that fits this post`
      : `The only category is the site's default category${name ? ` "${name}"` : ''}${idText}: file the post under a category that describes its topic`
    report({ field: 'categories', message })
  },
})
