/**
 * A small streaming XML writer: elements are opened and closed in order, every value is
 * escaped, and each element's line is appended to the output as one string (V8 concatenates
 * strings without copying them, and flattens the result once when it is encoded; an array of
 * every small piece, joined at the end, cost a third of writing a large project). Only what the REFI-QDA writer needs: no namespaces prefixes, no mixed
 * content; text lives in leaf elements.
 */

export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Record<string, AttributeValue>;

// Characters XML 1.0 cannot carry even as references: C0 controls other than TAB/LF/CR,
// U+FFFE/U+FFFF and unpaired surrogates.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  // A parser folds raw newlines and tabs in attributes into spaces; references survive.
  '\n': '&#10;',
  '\t': '&#9;',
};

// Most values (GUIDs, numbers, dates, plain words) need no escaping; one test skips the work.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes element content; drops characters XML cannot represent at all. */
export function escapeText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes an attribute value for double quotes, keeping newlines and tabs as references. */
export function escapeAttribute(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(NOT_XML, '').replace(/[&<>"\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

const INDENTS = Array.from({ length: 12 }, (_, depth) => '  '.repeat(depth));
const NAME = /^[A-Za-z_][\w.:-]*$/;

export class XmlWriter {
  private out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  private readonly open: string[] = [];

  /** Opens an element; attributes that are null, undefined or '' are left out. */
  start(name: string, attributes: Attributes = {}): this {
    this.out += `${this.indent()}<${checkName(name)}${formatAttributes(attributes)}>\n`;
    this.open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter: end() without an open element');
    this.out += `${this.indent()}</${name}>\n`;
    return this;
  }

  /** An element without children: `<Name a="…"/>`. */
  empty(name: string, attributes: Attributes = {}): this {
    this.out += `${this.indent()}<${checkName(name)}${formatAttributes(attributes)}/>\n`;
    return this;
  }

  /** An element holding only text, written exactly (no indentation inside it). */
  text(name: string, content: string, attributes: Attributes = {}): this {
    this.out += `${this.indent()}<${checkName(name)}${formatAttributes(attributes)}>${escapeText(content)}</${name}>\n`;
    return this;
  }

  /** The document; throws if an element was left open. */
  toString(): string {
    if (this.open.length > 0) throw new Error(`XmlWriter: <${this.open[this.open.length - 1]}> was never closed`);
    return this.out;
  }

  private indent(): string {
    return INDENTS[this.open.length] ?? '  '.repeat(this.open.length);
  }
}

const checkedNames = new Set<string>();

/** Element and attribute names come from code, not data; checking each once catches typos. */
function checkName(name: string): string {
  if (checkedNames.has(name)) return name;
  if (!NAME.test(name)) throw new Error(`XmlWriter: "${name}" is not an XML name`);
  checkedNames.add(name);
  return name;
}

function formatAttributes(attributes: Attributes): string {
  let out = '';
  // `for … in` over the literal's own keys: no [name, value] array per attribute.
  for (const name in attributes) {
    const value = attributes[name];
    if (value === null || value === undefined || value === '') continue;
    // Numbers and booleans never need escaping.
    out += ` ${checkName(name)}="${typeof value === 'string' ? escapeAttribute(value) : String(value)}"`;
  }
  return out;
}
