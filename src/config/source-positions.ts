import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A data file parsed for checking: its value, and where each part of it was written. */
export interface LocatedSource {
  /** The parsed value, or undefined when the text could not be parsed. */
  value: unknown;
  /** Syntax errors, each with its 1-based line in the file. */
  errors: Array<{ line: number; message: string }>;
  /**
   * The 1-based line where the value at `path` was written: the key's line for an object field,
   * the item's line for a list entry. For a path that is missing (a required field left out), the
   * line of the nearest part that exists, so the author lands where the field belongs.
   */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

export interface YamlOptions {
  /** Lines before the YAML text in its file (frontmatter starts after the opening `---`). */
  lineOffset?: number;
  /**
   * YAML 1.1, like js-yaml, which Astro uses for frontmatter and data files: an unquoted
   * 2026-11-26 is a date and `yes` is true, so the check sees what the build will see.
   */
  version?: '1.1' | '1.2';
}

/** Parses YAML text and keeps each node's position. */
export function locateYaml(text: string, options: YamlOptions = {}): LocatedSource {
  const offset = options.lineOffset ?? 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: options.version ?? '1.1', uniqueKeys: true });
  const lineAt = (position: number) => lineCounter.linePos(position).line + offset;
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  return {
    value: errors.length > 0 ? undefined : doc.toJS(),
    errors,
    lineOf: (path) => lineAt(positionOf(doc.contents, path) ?? 0),
  };
}

/**
 * Parses JSON: JSON.parse decides the value and the syntax errors (what the build itself will
 * do); the same text read as YAML, of which JSON is a subset, gives the positions.
 */
export function locateJson(text: string): LocatedSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "(line 5 column 3)" or "at position 80" for some errors and nothing for others;
    // the YAML parser then finds the spot.
    const position = /at position (\d+)/.exec(message)?.[1];
    const line =
      Number(/\(line (\d+)/.exec(message)?.[1] ?? 0) ||
      (position ? text.slice(0, Number(position)).split('\n').length : 0) ||
      (locateYaml(text, { version: '1.2' }).errors[0]?.line ?? 1);
    return { value: undefined, errors: [{ line, message }], lineOf: () => line };
  }
  const positions = locateYaml(text, { version: '1.2' });
  return { value, errors: [], lineOf: (path) => (positions.errors.length > 0 ? 1 : positions.lineOf(path)) };
}

/** Character offset of the deepest node on `path` that exists. */
function positionOf(root: unknown, path: ReadonlyArray<PropertyKey>): number | undefined {
  let node: unknown = root;
  let found = rangeStart(root);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      // The key's position: for a block mapping that is the line the field is written on.
      found = rangeStart(pair.key) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      found = rangeStart(isPair(item) ? item.key : item) ?? found;
      node = item;
    } else {
      break;
    }
  }
  return found;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
