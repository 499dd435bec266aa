/**
 * For cli/files.test.ts: writes two files into the folder given, then stops before renaming
 * them, says "ready" and waits, so the test can interrupt it with a signal at that moment.
 */
import { join } from 'node:path';
import { writeAll } from '../files';

const [folder] = process.argv.slice(2);
const keepAlive = setInterval(() => undefined, 60_000);
await writeAll(
  [
    { path: join(folder!, 'proyek.qdpx'), bytes: new Uint8Array(64 * 1024).fill(1) },
    { path: join(folder!, 'lampiran.docx'), bytes: new Uint8Array(1024).fill(2) },
  ],
  'en',
  {
    beforeRename: async () => {
      process.stdout.write('ready\n');
      await new Promise(() => undefined);
    },
  },
);
clearInterval(keepAlive);
