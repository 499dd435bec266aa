/**
 * The floors of a first sync from the command line: Node starting and moving the same
 * documents over HTTP with one bare request, nothing else. Credentials from the environment,
 * as `pilah sync` takes them.
 *   node sync-floor.mjs push <db-url> docs.json   — POST _bulk_docs with every document
 *   node sync-floor.mjs pull <db-url> out.json    — GET _all_docs with every document and attachment
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [mode, url, file] = process.argv.slice(2) as [string, string, string];
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
  writeFileSync(file, await response.text());
}
