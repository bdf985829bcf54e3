// Turns contributor Markdown (mdast nodes from an entry's body) into sanitized HTML.
// Contributor input is untrusted: raw HTML is dropped, then rehype-sanitize removes unsafe URLs and attributes.
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeHighlight from 'rehype-highlight';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';

/** Wraps every <pre> in a figure with a copy button. Runs after sanitizing, so it is trusted output. */
function rehypeCopyButtons() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || parent === undefined || index === undefined) return;
      if (parent.type === 'element' && parent.tagName === 'div' && String(parent.properties?.className) === 'code-block') return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'] },
        children: [
          { type: 'element', tagName: 'button', properties: { type: 'button', className: ['copy-button'], dataCopy: '' }, children: [{ type: 'text', value: 'Copy' }] },
          node,
        ],
      };
      parent.children[index] = wrapper;
    });
  };
}

const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Keep language classes on code so highlighting works; nothing else gains attributes.
  attributes: { ...defaultSchema.attributes, code: [['className', /^language-[a-z0-9+-]+$/]] },
};

const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeHighlight, { detect: false, plainText: ['text', 'txt', 'promql', 'console'] })
  .use(rehypeCopyButtons)
  .use(rehypeStringify);

export function renderMarkdown(nodes: RootContent[]): string {
  const root: MdastRoot = { type: 'root', children: nodes };
  const hast = processor.runSync(root);
  return processor.stringify(hast).trim();
}
