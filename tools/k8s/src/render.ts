// Renders the manifest files as YAML, formatted by the repository's prettier settings (CI checks every file
// with `prettier --check`), and reads YAML back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { Document, isScalar, parseAllDocuments } from 'yaml';
import { manifestFiles, type ManifestDocument, type ManifestFile } from './manifests.js';

/** The repository's root (this file is tools/k8s/src/render.ts, or tools/k8s/dist/render.js). */
export const WORKSPACE_ROOT = join(import.meta.dirname, '..', '..', '..');
export const KUBERNETES_DIR = join(WORKSPACE_ROOT, 'deploy', 'kubernetes');

/** The images' tag: the root package.json's version. */
export function rootVersion(): string {
  return (JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function documentText({ object, comments = [] }: ManifestDocument): string {
  const json = 'toJSON' in object && typeof object.toJSON === 'function' ? object.toJSON() : object;
  const doc = new Document(json);
  for (const { path, text } of comments) {
    const node = doc.getIn(path, true);
    if (!isScalar(node)) throw new Error(`no scalar at ${path.join('.')} to comment on`);
    node.comment = ` ${text}`;
  }
  return doc.toString({ lineWidth: 0 });
}

/** One file's text: a comment header, then its documents separated by `---`. */
export async function renderFile(file: ManifestFile): Promise<string> {
  const header = file.header
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  const text = `${header}\n${file.documents.map(documentText).join('---\n')}`;
  const filepath = join(KUBERNETES_DIR, file.path);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

/** Every generated file: path relative to deploy/kubernetes → text. */
export async function renderAll(version = rootVersion()): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of manifestFiles(version)) files.set(file.path, await renderFile(file));
  return files;
}

/** The objects of a YAML stream (several documents), failing on a syntax error. */
export function parseYamlStream(text: string, source: string): unknown[] {
  return parseAllDocuments(text).map((doc, i) => {
    if (doc.errors.length > 0) throw new Error(`${source}, document ${i + 1}: ${doc.errors[0].message}`);
    return doc.toJS() as unknown;
  });
}
