// mammoth's own Word reader (mammoth 1.13.0, pinned in package.json): what `convertToHtml` and
// `extractRawText` run after opening the zip, called here with parts already unpacked and checked.
declare module 'mammoth/lib/docx/docx-reader.js' {
  /** The opened archive as mammoth's reader uses it (mammoth/lib/zipfile.js). */
  export interface MammothDocxFile {
    exists(name: string): boolean;
    read(name: string, encoding?: string): Promise<string | Uint8Array>;
  }
  const docxReader: {
    /** The document tree (mammoth/lib/documents.js) with mammoth's warnings. */
    read(docxFile: MammothDocxFile): Promise<{ value: unknown; messages: readonly unknown[] }>;
  };
  export default docxReader;
}
