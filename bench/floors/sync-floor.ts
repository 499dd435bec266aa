/**
 * The floors of a first sync from the command line: Node starting and moving the same
 * documents over HTTP with one bare request, nothing else. Credentials from the environment,
 * as `pilah sync` takes them.
 *   node sync-floor.mjs push <db-url> docs.json              — POST _bulk_docs with every document
 *   node sync-floor.mjs pull <db-url> <entries-dir> out.qdpx — GET _all_docs with every document and
 *     attachment, read as JSON, then the project file written: the entries of the .qdpx that
 *     `pilah sync pull` wrote (unpacked beforehand by the bench) deflated as the app deflates
 *     them (Node's zlib, default level) and written out. What the floor does not do is build
 *     the project's XML from the documents: that is the work Pilah is measured on.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const [mode, url, file, out] = process.argv.slice(2) as [string, string, string, string];
const authorization = `Basic ${Buffer.from(`${process.env.PILAH_SYNC_USER}:${process.env.PILAH_SYNC_PASSWORD}`).toString('base64')}`;
if (mode === 'push') {
  const response = await fetch(`${url}/_bulk_docs`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: `{"docs":${readFileSync(file, 'utf8')}}`,
  });
  const results = (await response.json()) as { ok?: boolean; error?: string }[];
  if (!response.ok || results.some((r) => r.error)) throw new Error(`_bulk_docs failed: ${response.status}`);
} else {
  const response = await fetch(`${url}/_all_docs?include_docs=true&attachments=true`, { headers: { authorization, accept: 'application/json' } });
  if (!response.ok) throw new Error(`_all_docs failed: ${response.status}`);
  // Any client has to read the documents it is given before it can write them anywhere.
  const all = (await response.json()) as { rows: { doc?: unknown }[] };
  if (!all.rows.some((row) => row.doc)) throw new Error('_all_docs gave no documents');
  const packed: Uint8Array[] = [];
  for (const name of readdirSync(file, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    const bytes = readFileSync(join(name.parentPath, name.name));
    crc32(bytes);
    packed.push(deflateRawSync(bytes, { level: constants.Z_DEFAULT_COMPRESSION }));
  }
  writeFileSync(out, Buffer.concat(packed));
}
