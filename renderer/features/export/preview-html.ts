/**
 * A rough preview of a built appendix: its first pages as HTML (mammoth), cut after a
 * whole paragraph or table so the student sees the start of the file before saving it.
 */
import mammoth from 'mammoth';

/** About the first few pages of text and tables. */
export const PREVIEW_CHARS = 40_000;

/** The start of `html`, ending after the last block element closed before `limit`. */
export function firstBlocks(html: string, limit = PREVIEW_CHARS): string {
  if (html.length <= limit) return html;
  const head = html.slice(0, limit);
  const end = Math.max(head.lastIndexOf('</table>') + '</table>'.length, head.lastIndexOf('</p>') + '</p>'.length, head.lastIndexOf('</h1>') + '</h1>'.length);
  // A cut inside a table leaves its tags open; the HTML parser closes them.
  return end > 0 ? head.slice(0, end) : head;
}

/**
 * The preview sits under the screen's own title (h1) and the preview's heading (h2): the
 * appendix's headings move two levels down so the screen keeps one h1 and an unbroken outline.
 */
export function demoteHeadings(html: string, by = 2): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + by, 6)}`);
}

/** The first pages of a .docx as HTML (mammoth escapes all text; pictures are left out). */
export async function previewHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.slice().buffer;
  const input = { arrayBuffer, buffer: arrayBuffer } as Parameters<typeof mammoth.convertToHtml>[0];
  const { value } = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
  return demoteHeadings(firstBlocks(value));
}
