/** Function words that add length to a slug and carry no topic (Yoast's former URL stop-word check). */
export const SLUG_STOP_WORDS: readonly string[] = ['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'is', 'are', 'your', 'you', 'it', 'its', 'that', 'this']
