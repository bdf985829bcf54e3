// PromQL checks on alert expressions: syntax errors (any lezer error node) and the metric names an
// expression reads, taken from the syntax tree rather than by pattern matching on text.
import { parser } from '@prometheus-io/lezer-promql';

export interface PromqlError {
  /** 0-based offset into the expression. */
  offset: number;
  message: string;
}

export function findPromqlError(expr: string): PromqlError | null {
  const tree = parser.parse(expr);
  let error: PromqlError | null = null;
  tree.iterate({
    enter(node) {
      if (error !== null) return false;
      if (node.type.isError) {
        const near = expr.slice(Math.max(0, node.from - 10), node.from + 10).replace(/\s+/g, ' ');
        error = { offset: node.from, message: `syntax error at character ${node.from + 1} near "${near}"` };
        return false;
      }
      return undefined;
    },
  });
  return error;
}

/** Metric names selected by the expression: bare identifiers and {__name__="..."} matchers. */
export function metricNames(expr: string): string[] {
  const tree = parser.parse(expr);
  const names = new Set<string>();
  tree.iterate({
    enter(node) {
      if (node.name === 'VectorSelector') {
        const id = node.node.getChild('Identifier');
        if (id) names.add(expr.slice(id.from, id.to));
        const matchers = node.node.getChild('LabelMatchers');
        if (matchers) {
          for (const m of matchers.getChildren('UnquotedLabelMatcher')) {
            const label = m.getChild('LabelName');
            const op = m.getChild('MatchOp');
            const value = m.getChild('StringLiteral');
            if (label && op && value && expr.slice(label.from, label.to) === '__name__' && expr.slice(op.from, op.to) === '=') {
              names.add(expr.slice(value.from + 1, value.to - 1));
            }
          }
        }
      }
    },
  });
  return [...names].sort();
}
