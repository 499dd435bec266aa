/**
 * Parses untrusted XML into a small element tree with saxes. Elements are known by their
 * LOCAL name whatever their namespace (real files use several namespace spellings, or
 * none). A DOCTYPE is refused outright: REFI-QDA needs none, and DTDs are how entity
 * expansion attacks (billion laughs) and external entities get in.
 */
import { SaxesParser } from 'saxes';
import { ProjectFileError } from './errors';

/**
 * Deepest element nesting read. REFI-QDA needs a few levels around the codebook's tree
 * (itself capped at {@link MAX_CODE_DEPTH}); a file nested thousands deep is damaged or
 * hostile, and refusing it at once keeps parsing linear (namespace lookups walk the open tags).
 */
export const MAX_XML_DEPTH = 128;

/** Deepest code tree Pilah opens: theses use two or three levels. */
export const MAX_CODE_DEPTH = 100;

export interface XmlElement {
  /** Local name ("Project", "TextSource" …), without prefix or namespace. */
  name: string;
  /** Attributes by local name. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text content (text and CDATA directly inside it), joined. */
  text: string;
}

/** Parses a whole document; throws ProjectFileError('unsafe-xml' | 'malformed-xml' | 'too-deep'). */
export function parseXmlTree(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  // The open elements; text is appended to the innermost as it comes (one piece for most).
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  parser.on('doctype', () => {
    throw new ProjectFileError('unsafe-xml', 'the XML declares a DOCTYPE');
  });
  parser.on('opentagstart', () => {
    if (stack.length >= MAX_XML_DEPTH) throw new ProjectFileError('too-deep', `elements nested more than ${MAX_XML_DEPTH} deep`);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      // Namespace declarations are not data.
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = { name: tag.local, attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  const onText = (text: string): void => {
    const open = stack[stack.length - 1];
    if (open) open.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    stack.pop();
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof ProjectFileError) throw err;
    throw new ProjectFileError('malformed-xml', err instanceof Error ? err.message : String(err));
  }
  if (!root) throw new ProjectFileError('malformed-xml', 'no root element');
  return root;
}

/** The children of `element` with the given local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child of `element` with the given local name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** The `item` children of `element`'s `container` child (e.g. Cases → Case); [] when absent. */
export function itemsIn(element: XmlElement, container: string, item: string): XmlElement[] {
  const holder = childNamed(element, container);
  return holder ? childrenNamed(holder, item) : [];
}
