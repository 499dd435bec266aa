/**
 * Validates XML against an XSD in tests: with xmllint-wasm always (libxml2 compiled to
 * WebAssembly, so CI needs nothing installed) and with the xmllint CLI when the machine has
 * it, as a second opinion from a different libxml2 build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { validateXML, memoryPages } from 'xmllint-wasm';

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

/** Validates `xml` against the schema file at `xsdPath` with xmllint-wasm. */
export async function validateAgainstXsd(xml: string, xsdPath: string): Promise<XsdResult> {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [{ fileName: basename(xsdPath), contents: readFileSync(xsdPath, 'utf8') }],
    // Large projects need more than the default 32 MiB.
    maxMemoryPages: 512 * memoryPages.MiB,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

export const XMLLINT_CLI = '/usr/bin/xmllint';

/** Validates with the xmllint command-line tool; null when it is not installed. */
export function validateWithXmllintCli(xml: string, xsdPath: string): XsdResult | null {
  if (!existsSync(XMLLINT_CLI)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'pilah-xsd-'));
  try {
    const file = join(dir, 'document.xml');
    writeFileSync(file, xml);
    execFileSync(XMLLINT_CLI, ['--noout', '--nonet', '--schema', xsdPath, file], { stdio: 'pipe' });
    return { valid: true, errors: [] };
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? String(err);
    return { valid: false, errors: stderr.split('\n').filter((line) => line.trim() !== '' && !line.endsWith('fails to validate')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
