/**
 * Words around metric names, for `compound-metric`.
 */

/** Before "index": lookup structures, not metrics ("search index", "B-tree index"). */
export const NOT_A_METRIC_INDEX: readonly string[] = [
  'search', 'database', 'db', 'inverted', 'vector', 'text', 'full-text', 'primary', 'secondary', 'array', 'page',
  'file', 'package', 'table', 'git', 'document', 'spatial', 'lucene', 'elasticsearch', 'opensearch', 'b-tree', 'sql',
  'column', 'composite', 'compound', 'unique', 'sparse', 'partial', 'hash',
];

/** Words between an article and a metric's name that are not part of the name ("our new health score"). */
export const NAME_FILLERS: readonly string[] = [
  'single', 'new', 'same', 'simple', 'overall', 'unified', 'own', 'proposed', 'current', 'one', 'higher', 'lower',
  'better', 'worse', 'greater', 'high', 'low', 'good', 'bad', 'best', 'worst', 'top', 'strong', 'weak', 'rising',
  'falling', 'improved', 'stable', 'average',
];

/** Words that open the noun phrase a metric's name stands in. */
export const NAME_DETERMINERS: readonly string[] = ['a', 'an', 'the', 'our', 'their', 'its', 'this', 'that', 'each', 'every', 'your', 'my'];

/**
 * Words that open the scale a grade or rating is given on, between its name
 * and what it blends: "a grade from A to F that blends…", "a rating out of
 * 10 that weighs…". The scale says how it is shown, not what it measures.
 */
export const SCALE_LEADS: readonly string[] = ['from', 'out of', 'of', 'on a scale of', 'on a scale from', 'between'];
