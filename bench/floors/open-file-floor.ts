/**
 * A bare page, the floor of opening a project file in the app (bundled for Chromium by
 * browser-floors.ts): on the file chooser's `change` it reads the file, unzips it, parses
 * project.qde with the browser's own DOMParser (visiting every element and reading its
 * attributes, as any reader must), decodes every source text, then writes the same rows the
 * app stores into the same IndexedDB tables (same schema, one transaction, bulkAdd) and says
 * so in the page. The rows themselves are handed over before the file is chosen: making them
 * is the app's business; reading the file and storing them is the floor's.
 */
import { Dexie } from 'dexie';
import { unzipSync } from 'fflate';
import { declareSchema } from '../../renderer/db/schema';

interface FloorElement {
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  readonly children: ArrayLike<FloorElement>;
}
interface FloorGlobals {
  document: {
    getElementById(id: string): {
      files?: ArrayLike<{ arrayBuffer(): Promise<ArrayBuffer> }>;
      value: string;
      addEventListener(type: string, fn: () => void): void;
      textContent: string | null;
    };
    body: { setAttribute(name: string, value: string): void };
  };
  DOMParser: new () => { parseFromString(text: string, type: string): { documentElement: FloorElement } };
  /** Table name → rows, set by the bench before the file is chosen. */
  __floorRows?: Record<string, unknown[]>;
}

const w = globalThis as unknown as FloorGlobals;
const TABLES = ['projects', 'codes', 'informants', 'documents', 'segments', 'coders', 'cellSummaries', 'triangulationNotes', 'conclusions', 'comments'];

/** Visits every element and copies its attributes: the least a reader of project.qde does. */
function walk(root: FloorElement): number {
  let count = 0;
  const stack: FloorElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const row: Record<string, string> = {};
    for (let i = 0; i < el.attributes.length; i++) row[el.attributes[i]!.name] = el.attributes[i]!.value;
    count += Object.keys(row).length > 0 ? 1 : 0;
    for (let i = 0; i < el.children.length; i++) stack.push(el.children[i]!);
  }
  return count;
}

let run = 0;
const input = w.document.getElementById('file');
const status = w.document.getElementById('status');
input.addEventListener('change', () => {
  void (async () => {
    const file = input.files![0]!;
    const entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
    const decoder = new TextDecoder();
    const xml = decoder.decode(entries['project.qde']!);
    const elements = walk(new w.DOMParser().parseFromString(xml, 'application/xml').documentElement);
    let characters = 0;
    for (const [name, bytes] of Object.entries(entries)) if (name.startsWith('sources/')) characters += decoder.decode(bytes).length;

    const db = new Dexie(`floor-${run++}`);
    declareSchema(db);
    await db.open();
    const rows = w.__floorRows ?? {};
    await db.transaction('rw', TABLES, async () => {
      for (const table of TABLES) if (rows[table]?.length) await db.table(table).bulkAdd(rows[table]);
    });
    db.close();
    status.textContent = `stored ${elements} elements, ${characters} characters`;
    w.document.body.setAttribute('data-stored', String(run));
    // The same file chosen again must fire `change` again.
    input.value = '';
  })();
});
